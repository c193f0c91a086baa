// Statement capture: Postgres logs every statement of the API's role (log_statement = all, read
// from the server's stderr) for one call of an operation. That gives the exact statements and parameters the API ran —
// their count, and a replay of the same SQL straight through `pg`, the floor the API is compared to.
import pg from 'pg';
import { LOG_PREFIX } from './postgres.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function setLogging(owner, on) {
  await owner.query(`ALTER SYSTEM SET log_statement = '${on ? 'all' : 'none'}'`);
  await owner.query('SELECT pg_reload_conf()');
  // Backends apply the reload before their next command; give the signal a moment.
  await sleep(300);
}

/** Server log records (`<prefix><pid>|<user>|LEVEL:  text`, continuation lines start with a tab). */
function parseLog(text) {
  const records = [];
  for (const chunk of text.split(new RegExp(`\n(?=${LOG_PREFIX})`))) {
    const m = new RegExp(`^${LOG_PREFIX}(\\d+)\\|([^|]*)\\|(\\w+):\\s+([\\s\\S]*)$`).exec(
      chunk.trim(),
    );
    if (m)
      records.push({
        pid: Number(m[1]),
        user: m[2],
        level: m[3],
        text: m[4].replace(/\n\t/g, '\n'),
      });
  }
  return records;
}

function parseParameters(detail) {
  const params = [];
  if (!detail) return params;
  for (const m of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g))
    params[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replace(/''/g, "'");
  return params;
}

/** Runs `work` with statement logging on and returns the API role's statements, in order. */
export async function captureStatements(owner, pgServer, appUser, work) {
  let text = '';
  const unsubscribe = pgServer.onLog((chunk) => (text += chunk));
  let result;
  try {
    await setLogging(owner, true);
    try {
      result = await work();
    } finally {
      await setLogging(owner, false);
    }
  } finally {
    unsubscribe();
  }
  const statements = [];
  for (const rec of parseLog(text)) {
    if (rec.user !== appUser) continue;
    if (rec.level === 'DETAIL') {
      const last = statements.findLast((s) => s.pid === rec.pid);
      if (last && /^parameters:/i.test(rec.text)) last.params = parseParameters(rec.text);
      continue;
    }
    const m = /^(?:statement|execute [^:]+): ([\s\S]*)$/.exec(rec.text);
    if (rec.level === 'LOG' && m) statements.push({ pid: rec.pid, sql: m[1], params: [] });
  }
  return { result, statements };
}

const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i;
const SCOPE = /set_config\('tandem\.scope'/i;

/** Statement counts: everything the API sent, and without transaction control and scope set-up. */
export function countStatements(statements) {
  const data = statements.filter((s) => !CONTROL.test(s.sql) && !SCOPE.test(s.sql));
  return { total: statements.length, data: data.length };
}

/**
 * Replays captured statements with the API's own database role, one connection per API
 * connection seen, in the captured order. Mutations end in ROLLBACK so a replay changes nothing.
 */
export class Replayer {
  clients = new Map();

  constructor(appUrl, statements, { rollback }) {
    this.appUrl = appUrl;
    this.rollback = rollback;
    this.groups = [];
    const byPid = new Map();
    for (const s of statements) {
      if (!byPid.has(s.pid)) {
        const group = [];
        byPid.set(s.pid, group);
        this.groups.push(group);
      }
      byPid.get(s.pid).push(s);
    }
  }

  async client(i) {
    if (!this.clients.has(i)) {
      const c = new pg.Client({ connectionString: this.appUrl });
      await c.connect();
      this.clients.set(i, c);
    }
    return this.clients.get(i);
  }

  async run() {
    for (let i = 0; i < this.groups.length; i++) {
      const client = await this.client(i);
      for (const s of this.groups[i]) {
        const sql = this.rollback && /^\s*COMMIT\b/i.test(s.sql) ? 'ROLLBACK' : s.sql;
        await client.query(sql, s.params.length ? s.params : undefined);
      }
    }
  }

  async close() {
    for (const c of this.clients.values()) await c.end();
  }
}
