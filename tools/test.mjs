// `npm test`: every check and test suite, in order, stopping at nothing so one run shows everything.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  TZ: 'UTC',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  FORCE_COLOR: '0',
};
const steps = [
  [
    'lint and type checks',
    'npx nx run-many -t lint typecheck --projects=api,portal --parallel=2 --outputStyle=static',
  ],
  ['formatting (prettier)', 'npx prettier --check .'],
  ['generated GraphQL types are current', 'npx nx run portal:codegen-check --outputStyle=static'],
  ['portal unit tests (vitest)', 'npx nx run portal:test --outputStyle=static'],
  ['API unit, integration and authorization tests (jest, real Postgres)', 'npm run test:api'],
  ['build API and portal', 'npx nx run-many -t build --projects=api,portal --outputStyle=static'],
  ['portal first download within 250 KB (gzip)', 'node tools/portal-weight.mjs --max=250'],
  ['browser tests (Chromium)', 'node test/e2e/run.mjs'],
  [
    'benchmark smoke run (size xs; the full benchmark is `npm run bench`)',
    'node bench/seed.mjs --size=xs && node bench/run.mjs --size=xs --iterations=5 --skip-load --skip-browser --no-save',
  ],
  ['docker compose file', 'node tools/compose-check.mjs'],
];

const results = [];
for (const [name, command] of steps) {
  process.stdout.write(`\n=== ${name}: ${command}\n`);
  const started = Date.now();
  const r = spawnSync(command, { stdio: 'inherit', shell: true, env });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  process.stdout.write(`=== ${ok ? 'passed' : 'FAILED'}: ${name} (${results.at(-1).seconds}s)\n`);
}
process.stdout.write('\nSummary\n');
for (const r of results)
  process.stdout.write(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds}s)\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`steps: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
