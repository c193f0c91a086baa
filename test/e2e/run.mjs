// Browser end-to-end runner: starts the built API (which also serves the built portal) on free
// ports with a throwaway data dir, runs every *.e2e.mjs file, and always cleans up.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const apiMain = join(root, 'dist/api/apps/api/src/main.js');
const portalDist = join(root, 'dist/portal');

if (!existsSync(apiMain) || !existsSync(join(portalDist, 'index.html'))) {
  console.error(
    'Build first: the browser tests need dist/api and dist/portal.\n' +
      '  npx nx run api:build && npx nx run portal:build',
  );
  process.exit(2);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const port = await freePort();
let pgPort = await freePort();
while (pgPort === port) pgPort = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
// Embedded Postgres may run initdb as an unprivileged user when we are root; let it in.
chmodSync(dataDir, 0o755);
const baseUrl = `http://localhost:${port}`;

const server = spawn(process.execPath, [apiMain], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: dataDir,
    PORTAL_DIST_DIR: portalDist,
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    JOBS_POLL_MS: '500',
  },
});
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});

let cleanedUp = false;
async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  if (!serverExited) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + 15_000;
    while (!serverExited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (!serverExited) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void cleanup().then(() => process.exit(130));
  });
}

async function waitForReady() {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error('The API exited before it became ready.');
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The API did not become ready within 90 s.');
}

let status = 1;
try {
  await waitForReady();
  // `node test/e2e/run.mjs leads deals` runs only the files whose names contain one of the words.
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
    .sort()
    .map((f) => join(here, f));
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_URL: baseUrl,
      // The schema owner of the embedded database (see libs/api/core/src/database), so a test can
      // move a deadline into the past instead of waiting for it.
      E2E_DATABASE_URL: `postgres://postgres:tandem-owner-local@127.0.0.1:${pgPort}/tandem`,
    },
  });
  status = await new Promise((r) => tests.on('exit', (code) => r(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await cleanup();
}
process.exit(status);
