// The portal's initial JavaScript: the entry script and every module it preloads, gzip-compressed
// as a server would send them. `--max=<KB>` fails when it is heavier (the budget is 250 KB).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist/portal');

/** { files: [{ file, bytes, gzip, gzipDefault }], bytes, gzip (level 9), gzipDefault } for the built portal. */
export function portalWeight(dir = dist) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(scripts)].map((file) => {
    const body = readFileSync(join(dir, file));
    return {
      file,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      gzipDefault: gzipSync(body).length,
    };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    gzipDefault: files.reduce((s, f) => s + f.gzipDefault, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const max = Number(process.argv.find((a) => a.startsWith('--max='))?.slice(6) ?? NaN);
  const weight = portalWeight();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of weight.files.slice(0, 8)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  console.log(
    `Initial JavaScript: ${kb(weight.gzip)} gzip (${kb(weight.bytes)} raw) in ${weight.files.length} files.`,
  );
  if (Number.isFinite(max) && weight.gzip > max * 1024) {
    console.error(`Over the ${max} KB budget: load more of it on demand (see bench/README.md).`);
    process.exit(1);
  }
}
