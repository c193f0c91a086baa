import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const TEMPLATE = 'tandem_template';
const LOCK_KEY = 4242_0001;

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Connection strings of the server the test run started (see test/api/support/global-setup.mjs). */
export function testServerUrls(): { owner: string; app: string } {
  const owner = process.env['TEST_DATABASE_OWNER_URL'];
  const app = process.env['TEST_DATABASE_APP_URL'];
  if (!owner || !app) throw new Error('The API test global setup did not start Postgres');
  return { owner, app };
}

/**
 * A fresh database for one test file, cloned from a template that is migrated once per run
 * (the first file to arrive builds it under an advisory lock). Cloning takes tens of milliseconds.
 */
export async function createTestDatabase(
  migrate: (ownerUrl: string) => Promise<void>,
): Promise<TestDatabase> {
  const urls = testServerUrls();
  const admin = new Client({ connectionString: urls.owner });
  await admin.connect();
  const name = `test_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount === 0) {
        await admin.query(`CREATE DATABASE ${TEMPLATE}`);
        await migrate(withDatabase(urls.owner, TEMPLATE));
      }
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  } finally {
    await admin.end();
  }
  return {
    name,
    ownerUrl: withDatabase(urls.owner, name),
    appUrl: withDatabase(urls.app, name),
    drop: async () => {
      const c = new Client({ connectionString: urls.owner });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
