// Validates docker/compose.yml with `docker compose config` when a Docker CLI with the compose
// plugin is installed; without one there is nothing to run it with, and the check says so.
import { spawnSync } from 'node:child_process';

const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.log('docker compose is not installed here; skipped validating docker/compose.yml.');
  process.exit(0);
}
const r = spawnSync('docker', ['compose', '-f', 'docker/compose.yml', 'config', '--quiet'], {
  stdio: 'inherit',
});
if (r.status === 0) console.log('docker/compose.yml is valid.');
process.exit(r.status ?? 1);
