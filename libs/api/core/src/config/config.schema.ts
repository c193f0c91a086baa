import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting Tandem reads from the environment. Validated once at boot; the rest of the code
 * reads the typed result through ConfigService and never touches process.env.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_OWNER_URL: z.string().url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
    DATA_DIR: z.string().default('.data'),
    PORTAL_DIST_DIR: z.string().default('dist/portal'),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(14),
    COOKIE_SECURE: bool.optional(),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default('Tandem <no-reply@tandem.local>'),
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool.default(true),
    CONTENT_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(5000).default(100),
    JOBS_POLL_MS: z.coerce.number().int().min(100).default(2000),
    JOBS_ENABLED: bool.default(true),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    DEMO_SEED: bool.default(true),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(8),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(2000),
    /** Lets single sign-on talk to an http:// identity provider (tests and local development). */
    SSO_ALLOW_INSECURE_ISSUER: bool.optional(),
    /** Lets webhook endpoints use http:// and private or loopback addresses (default outside production). */
    WEBHOOKS_ALLOW_INSECURE_URLS: bool.optional(),
    /** Encrypts webhook signing secrets at rest (AES-256-GCM); without it they are stored as is. */
    WEBHOOK_SECRET_KEY: z
      .string()
      .min(32, 'WEBHOOK_SECRET_KEY must be at least 32 characters')
      .optional(),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.STORAGE_DRIVER === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!cfg[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} is required when STORAGE_DRIVER=s3`,
          });
      }
    }
    if (cfg.NODE_ENV === 'production' && cfg.SSO_ALLOW_INSECURE_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['SSO_ALLOW_INSECURE_ISSUER'],
        message: 'SSO_ALLOW_INSECURE_ISSUER may not be set in production',
      });
    }
    if (cfg.NODE_ENV === 'production' && !cfg.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'JWT_SECRET is required in production',
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): RawConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigValidationError(
      result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return result.data;
}
