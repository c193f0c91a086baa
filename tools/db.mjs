// Database chores: `migrate`, `generate <Name>`, `reset`. Uses the embedded Postgres under
// ./.data unless DATABASE_URL points at an external server.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const [command, name] = process.argv.slice(2);
const main = 'dist/api/apps/api/src/main.js';
const run = (args) => {
  const r = spawnSync(process.execPath, [main, ...args], {
    stdio: 'inherit',
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', JOBS_ENABLED: 'false' },
  });
  process.exit(r.status ?? 1);
};

switch (command) {
  case 'migrate':
    run(['--migrate-only']);
    break;
  case 'generate':
    if (!name) {
      console.error('Usage: npm run db:migration:generate -- <PascalCaseName>');
      process.exit(2);
    }
    run([`--generate-migration=${name}`]);
    break;
  case 'reset': {
    if (process.env.DATABASE_URL) {
      console.error(
        'DATABASE_URL is set: reset refuses to touch an external database. Drop and recreate it yourself.',
      );
      process.exit(2);
    }
    const dir = resolve(process.env.DATA_DIR ?? '.data', 'pg');
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    console.log(`Removed ${dir}. The next \`npm start\` creates a fresh database with demo data.`);
    break;
  }
  default:
    console.error('Usage: node tools/db.mjs migrate | generate <Name> | reset');
    process.exit(2);
}
