import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { RawConfig, parseConfig } from './config.schema';

/** The typed, validated configuration. Inject it anywhere; never read process.env directly. */
export class AppConfig {
  readonly env: RawConfig['NODE_ENV'];
  readonly port: number;
  readonly publicUrl: string;
  readonly database: {
    /** Connection the API uses (a role that does not own the tables). Filled in at boot when embedded. */
    url?: string;
    /** Connection that owns the schema and runs migrations. */
    ownerUrl?: string;
    poolSize: number;
    embeddedPort: number;
  };
  readonly dataDir: string;
  readonly portalDistDir: string;
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    cookieSecure: boolean;
    loginMaxFailures: number;
    loginLockMinutes: number;
  };
  readonly mail: { smtpUrl?: string; from: string };
  readonly jobs: { pollMs: number; enabled: boolean };
  /** Uploaded content lives under dataDir/content (local disk). */
  readonly content: {
    maxUploadBytes: number;
    storageDir: string;
    driver: 'local' | 's3';
    s3: {
      endpoint?: string;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };
  };
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly demoSeed: boolean;
  readonly graphql: { maxDepth: number; maxComplexity: number };
  /** Single sign-on: whether identity providers may be reached over plain http. */
  readonly sso: { allowInsecureIssuer: boolean };
  readonly webhooks: { allowInsecureUrls: boolean; secretKey?: string };

  constructor(raw: RawConfig) {
    this.env = raw.NODE_ENV;
    this.port = raw.PORT;
    this.publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
    this.database = {
      url: raw.DATABASE_URL,
      ownerUrl: raw.DATABASE_OWNER_URL ?? raw.DATABASE_URL,
      poolSize: raw.DATABASE_POOL_SIZE,
      embeddedPort: raw.EMBEDDED_PG_PORT,
    };
    this.dataDir = resolve(raw.DATA_DIR);
    this.portalDistDir = resolve(raw.PORTAL_DIST_DIR);
    this.auth = {
      // Outside production a per-process secret is acceptable: sessions simply end on restart.
      jwtSecret: raw.JWT_SECRET ?? randomBytes(32).toString('hex'),
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: raw.REFRESH_TOKEN_TTL_DAYS,
      cookieSecure: raw.COOKIE_SECURE ?? raw.NODE_ENV === 'production',
      loginMaxFailures: raw.LOGIN_MAX_FAILURES,
      loginLockMinutes: raw.LOGIN_LOCK_MINUTES,
    };
    this.mail = { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM };
    this.jobs = { pollMs: raw.JOBS_POLL_MS, enabled: raw.JOBS_ENABLED };
    this.content = {
      maxUploadBytes: raw.CONTENT_MAX_UPLOAD_MB * 1024 * 1024,
      storageDir: resolve(raw.DATA_DIR, 'content'),
      driver: raw.STORAGE_DRIVER,
      s3: {
        endpoint: raw.S3_ENDPOINT,
        region: raw.S3_REGION,
        bucket: raw.S3_BUCKET ?? '',
        accessKeyId: raw.S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: raw.S3_SECRET_ACCESS_KEY ?? '',
        forcePathStyle: raw.S3_FORCE_PATH_STYLE,
      },
    };
    this.logLevel = raw.LOG_LEVEL;
    this.demoSeed = raw.DEMO_SEED;
    this.graphql = { maxDepth: raw.GRAPHQL_MAX_DEPTH, maxComplexity: raw.GRAPHQL_MAX_COMPLEXITY };
    this.sso = { allowInsecureIssuer: raw.SSO_ALLOW_INSECURE_ISSUER ?? raw.NODE_ENV === 'test' };
    this.webhooks = {
      allowInsecureUrls: raw.WEBHOOKS_ALLOW_INSECURE_URLS ?? raw.NODE_ENV !== 'production',
      secretKey: raw.WEBHOOK_SECRET_KEY,
    };
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }

  /** Returns a copy with the database URLs resolved (used once the embedded server is up). */
  withDatabase(url: string, ownerUrl: string): AppConfig {
    const copy = Object.create(AppConfig.prototype) as AppConfig;
    Object.assign(copy, this, { database: { ...this.database, url, ownerUrl } });
    return copy;
  }

  static fromEnv(env: Record<string, string | undefined> = process.env): AppConfig {
    return new AppConfig(parseConfig(env));
  }
}
