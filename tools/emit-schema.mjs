// Writes apps/api/schema.gql from the running code (the API boots against the embedded database).
import { spawnSync } from 'node:child_process';

const run = spawnSync(
  process.execPath,
  ['dist/api/apps/api/src/main.js', '--emit-schema=apps/api/schema.gql'],
  {
    stdio: 'inherit',
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO_SEED: 'false', JOBS_ENABLED: 'false' },
  },
);
process.exit(run.status ?? 1);
