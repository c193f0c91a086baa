// `npm run dev`: the API rebuilt on change and restarted, the portal served by Vite with hot reload
// (open http://localhost:5173; it proxies /graphql and /auth to the API on :3000).
import concurrently from 'concurrently';
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx nx run api:build --outputStyle=static', {
  stdio: 'inherit',
  shell: true,
});
if (build.status !== 0) process.exit(build.status ?? 1);
const { result } = concurrently(
  [
    {
      name: 'swc',
      command:
        "swc apps/api/src libs/api libs/shared -d dist/api --config-file .swcrc --ignore '**/*.spec.ts' --watch --quiet",
    },
    {
      name: 'api',
      command: 'node --watch-path=dist/api tools/start.mjs --schema-file=apps/api/schema.gql',
      env: { PUBLIC_URL: 'http://localhost:5173' },
    },
    { name: 'portal', command: 'vite --config apps/portal/vite.config.ts' },
  ],
  { killOthers: ['failure'], prefixColors: ['gray', 'blue', 'green'] },
);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
