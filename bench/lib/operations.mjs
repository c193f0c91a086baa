// The GraphQL operations the benchmark sends are the portal's own documents, read from the feature
// libraries' `graphql(`…`)` blocks with the fragments they spread, so the benchmark asks exactly
// what the screens ask.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './postgres.mjs';

const SOURCES = [
  'libs/portal/analytics/src/graphql/analytics.graphql.ts',
  'libs/portal/leads/src/graphql/leads.graphql.ts',
  'libs/portal/deals/src/graphql/deals.graphql.ts',
];

function documents() {
  const out = new Map();
  for (const file of SOURCES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      const body = m[1];
      const name = /\b(?:query|mutation|fragment)\s+(\w+)/.exec(body)?.[1];
      if (name) out.set(name, body.trim());
    }
  }
  return out;
}

/** The operation's text followed by every fragment it uses, transitively. */
export function portalOperation(name) {
  const docs = documents();
  const main = docs.get(name);
  if (!main) throw new Error(`No portal operation named ${name}`);
  const seen = new Set();
  const parts = [main];
  const queue = [main];
  while (queue.length) {
    const text = queue.pop();
    for (const m of text.matchAll(/\.\.\.(\w+)/g)) {
      if (seen.has(m[1])) continue;
      seen.add(m[1]);
      const fragment = docs.get(m[1]);
      if (!fragment) throw new Error(`Fragment ${m[1]} not found`);
      parts.push(fragment);
      queue.push(fragment);
    }
  }
  return parts.join('\n');
}
