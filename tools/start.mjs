// `npm start`: runs the built API, which starts the embedded Postgres (unless DATABASE_URL is set),
// migrates, seeds demo data on first start, and serves the portal and GraphQL on one port.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const env = { ...process.env, DATA_DIR: dataDir };
if (!env.JWT_SECRET) {
  // Keep sessions valid across restarts of the demo: a secret generated once, stored with the data.
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  env.JWT_SECRET = readFileSync(file, 'utf8').trim();
}
const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
