// `npm run bench -- --size=xs|s|m [--iterations=N] [--skip-load] [--skip-browser]`: the API over
// HTTP on loopback against a database seeded by `npm run bench:seed`, each operation compared with
// the same SQL run directly through `pg`; then a mixed read load, the API's memory, the portal's
// initial JavaScript and the partner home page in Chromium. Prints a table, writes bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { startApi, Session } from './lib/api.mjs';
import { captureStatements, countStatements, Replayer } from './lib/capture.mjs';
import { portalOperation } from './lib/operations.mjs';
import { browserCheck, portalWeight } from './lib/portal.mjs';
import { mixedWorkload } from './lib/load.mjs';
import { apiLib, connect, parseArgs, ROOT, startPostgres } from './lib/postgres.mjs';
import { BENCH_PASSWORD, BENCH_USERS, recentQuarters, SIZE_PARAMS } from './lib/sizes.mjs';

const args = parseArgs();
const size = args.size;
const ITERATIONS = Number(args.iterations ?? (size === 'm' ? 40 : 60));
const MAX_SECONDS_PER_OP = Number(args['max-seconds'] ?? 45);
const say = (m) => console.log(`[bench ${size}] ${m}`);

// Targets from issue 9 (they are stated for size m).
const TARGET_P95_MS = {
  baseline: null,
  leaderboard: 300,
  scorecard: 100,
  inbox: 50,
  registerDeal: 100,
  engaged: 30,
  acceptOffer: null,
};

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const timed = async (fn) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const round = (n, d = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : null);

const pgServer = await startPostgres(size);
const { APP_USER } = apiLib('api/core/src');
const owner = await connect(pgServer.ownerUrl());
let api;
const results = {
  size,
  data: SIZE_PARAMS[size],
  startedAt: new Date().toISOString(),
  machine: machine(),
  operations: [],
};
try {
  const { rows: counts } = await owner.query(
    `SELECT (SELECT count(*) FROM partner)::int AS partners, (SELECT count(*) FROM app_user)::int AS users,
       (SELECT count(*) FROM lead)::int AS leads, (SELECT count(*) FROM lead_stage_event)::int AS stage_events,
       (SELECT count(*) FROM deal_registration)::int AS registrations, (SELECT count(*) FROM goal)::int AS goals`,
  );
  results.rows = counts[0];
  if (!results.rows.leads)
    throw new Error(`No data: run npm run bench:seed -- --size=${size} first`);
  say(`data: ${JSON.stringify(results.rows)}`);

  api = await startApi(pgServer);
  say(`API pid ${api.pid} at ${api.baseUrl}`);
  const vendor = await Session.signIn(api.baseUrl, BENCH_USERS.vendorAdmin, BENCH_PASSWORD);
  const partnerAdmin = await Session.signIn(api.baseUrl, BENCH_USERS.partnerAdmin, BENCH_PASSWORD);
  const rep = await Session.signIn(api.baseUrl, BENCH_USERS.salesRep, BENCH_PASSWORD);

  const periodCode = recentQuarters(new Date(), 1)[0].code;
  const { rows: refs } = await owner.query(
    `SELECT (SELECT id FROM product ORDER BY sku LIMIT 1) AS product_id,
       (SELECT array_agg(x) FROM (SELECT company_name || '|' || domain || '|' || country AS x
          FROM deal_registration WHERE status IN ('SUBMITTED', 'APPROVED') ORDER BY number LIMIT 500) s) AS active`,
  );
  const productId = refs[0].product_id;
  const activeDeals = (refs[0].active ?? []).map((x) => {
    const [companyName, domain, country] = x.split('|');
    return { companyName, domain, country };
  });
  // Half the checks hit an engaged account, half a brand-new one (both paths of the search).
  let seq = 0;
  const account = () => {
    seq += 1;
    if (seq % 2 === 0 && activeDeals.length) return activeDeals[seq % activeDeals.length];
    const tag = `${Date.now().toString(36)}${seq}`;
    return { companyName: `Benchnew ${tag} Ltd`, domain: `benchnew-${tag}.io`, country: 'US' };
  };

  const LEADERBOARD = portalOperation('AnalyticsLeaderboard');
  const SCORECARD = portalOperation('AnalyticsScorecard');
  const LEADS = portalOperation('LeadList');
  const REGISTER = portalOperation('RegisterDeal');
  const ENGAGED = portalOperation('DealAccountEngaged');
  const ACCEPT = portalOperation('AcceptLeadOffer');

  // Leads the rep can accept: the inbox itself, in the order the rep sees it.
  const inbox = await rep.gql(LEADS, {
    filter: { view: 'INBOX' },
    page: { offset: 0, limit: 100 },
  });
  const acceptable = inbox.leads.items.map((l) => l.id);
  say(`rep inbox: ${inbox.leads.totalCount} pending offers`);

  const operations = [
    {
      // Not a target: what any request costs (session check, transaction, GraphQL) — for context.
      key: 'baseline',
      label: 'Baseline: `{ me { id } }` (fixed cost of a request)',
      call: () => rep.gql('{ me { id } }'),
    },
    {
      key: 'leaderboard',
      label: 'Vendor leaderboard (quarter, all partners, every metric)',
      list: true,
      call: () =>
        vendor.gql(LEADERBOARD, {
          periodCode,
          sort: 'REVENUE_WON',
          descending: true,
          page: { offset: 0, limit: 25 },
        }),
    },
    {
      key: 'scorecard',
      label: "Partner's scorecard (quarter, with 4-quarter trend)",
      call: () => partnerAdmin.gql(SCORECARD, { periodCode }),
    },
    {
      key: 'inbox',
      label: "Sales rep's lead inbox, first page (25)",
      list: true,
      call: () => rep.gql(LEADS, { filter: { view: 'INBOX' }, page: { offset: 0, limit: 25 } }),
    },
    {
      key: 'engaged',
      label: '"Already engaged?" check',
      call: () => {
        const a = account();
        return rep.gql(ENGAGED, {
          website: a.domain,
          companyName: a.companyName,
          country: a.country,
        });
      },
    },
    {
      key: 'registerDeal',
      label: 'Register a deal with the conflict check',
      mutation: true,
      call: () => {
        const a = account();
        return rep.gql(REGISTER, {
          input: {
            companyName: a.companyName,
            website: a.domain,
            country: a.country,
            contactName: 'Bench Buyer',
            contactEmail: `buyer@${a.domain}`,
            lines: [{ productId, quantity: 2, amount: '24000.00' }],
          },
        });
      },
    },
    {
      key: 'acceptOffer',
      label: 'Accept a lead offer',
      mutation: true,
      consumes: acceptable,
      call: () => {
        const leadId = acceptable.shift();
        if (!leadId) throw new Error('no pending offers left to accept');
        return rep.gql(ACCEPT, { leadId });
      },
    },
  ];

  for (const op of operations) {
    if (op.consumes && op.consumes.length < 6) {
      say(`${op.key}: skipped, only ${op.consumes.length} pending offers left (seed again)`);
      results.operations.push({ key: op.key, label: op.label, skipped: 'too few pending offers' });
      continue;
    }
    say(`${op.key}…`);
    // Warm up (plans, caches, JIT); an operation that takes seconds is warm after one call.
    const warmups = op.consumes ? 2 : 3;
    for (let i = 0; i < warmups; i++) if ((await timed(op.call)) > 2000) break;
    const { statements } = await captureStatements(owner, pgServer, APP_USER, op.call);
    const apiMs = [];
    const deadline = Date.now() + MAX_SECONDS_PER_OP * 1000;
    for (let i = 0; i < ITERATIONS && Date.now() < deadline; i++) {
      if (op.consumes && !op.consumes.length) break;
      apiMs.push(await timed(op.call));
    }
    // The floor: the same statements with the same parameters, straight through pg.
    const replay = new Replayer(pgServer.appUrl(), statements, { rollback: Boolean(op.mutation) });
    const floorMs = [];
    let floorError = null;
    try {
      // Operations that take seconds just ran the same statements: the caches are warm.
      const slow = percentile(apiMs, 50) > 10_000;
      for (let i = 0; i < (slow ? 0 : 2); i++) if ((await timed(() => replay.run())) > 2000) break;
      const floorDeadline = Date.now() + MAX_SECONDS_PER_OP * 1000;
      for (let i = 0; i < ITERATIONS && Date.now() < floorDeadline; i++)
        floorMs.push(await timed(() => replay.run()));
    } catch (err) {
      floorError = String(err.message ?? err);
    } finally {
      await replay.close();
    }
    const p50 = percentile(apiMs, 50);
    const p95 = percentile(apiMs, 95);
    const f50 = percentile(floorMs, 50);
    const f95 = percentile(floorMs, 95);
    const row = {
      key: op.key,
      label: op.label,
      samples: apiMs.length,
      p50Ms: round(p50),
      p95Ms: round(p95),
      floorSamples: floorMs.length,
      floorP50Ms: round(f50),
      floorP95Ms: round(f95),
      ratioP50: round(p50 / f50, 2),
      ratioP95: round(p95 / f95, 2),
      statements: countStatements(statements),
      listScreen: Boolean(op.list),
      targetP95Ms: TARGET_P95_MS[op.key],
      floorError,
      sql: statements.map((s) => s.sql.replace(/\s+/g, ' ').slice(0, 300)),
    };
    results.operations.push(row);
    say(
      `${op.key}: p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms; floor p50 ${row.floorP50Ms} ms; ` +
        `${row.statements.total} statements (${row.statements.data} data)` +
        (floorError ? `; floor failed: ${floorError}` : ''),
    );
  }

  results.portal = portalWeight();
  say(`portal initial JS: ${results.portal.initialGzipKb} KB gzip`);
  if (!args['skip-browser']) {
    try {
      results.browser = await browserCheck(api.baseUrl, BENCH_USERS.partnerAdmin, BENCH_PASSWORD);
      say(`partner home page: ${JSON.stringify(results.browser)}`);
    } catch (err) {
      results.browser = { error: String(err.message ?? err).split('\n')[0] };
      say(`browser check failed: ${results.browser.error}`);
    }
  }
  if (!args['skip-load']) {
    const inboxCall = {
      session: rep,
      body: {
        query: LEADS,
        variables: { filter: { view: 'INBOX' }, page: { offset: 0, limit: 25 } },
      },
    };
    const workingCall = {
      session: rep,
      body: {
        query: LEADS,
        variables: { filter: { view: 'WORKING' }, page: { offset: 0, limit: 25 } },
      },
    };
    const engagedCalls = [
      { website: 'benchnew-load.io', companyName: 'Benchnew Load', country: 'US' },
      ...activeDeals
        .slice(0, 1)
        .map((a) => ({ website: a.domain, companyName: a.companyName, country: a.country })),
    ].map((variables) => ({ session: rep, body: { query: ENGAGED, variables } }));
    const analyticsCalls = [
      { session: partnerAdmin, body: { query: SCORECARD, variables: { periodCode } } },
      {
        session: vendor,
        body: {
          query: LEADERBOARD,
          variables: {
            periodCode,
            sort: 'REVENUE_WON',
            descending: true,
            page: { offset: 0, limit: 25 },
          },
        },
      },
    ];
    // Lists and checks first: the analytics mix can wedge the API (see bench/README.md).
    say('mixed reads without analytics: 50 connections for 20 s…');
    results.mixedLists = await mixedWorkload(api.baseUrl, [
      inboxCall,
      ...engagedCalls,
      workingCall,
    ]);
    say(`mixed (lists): ${JSON.stringify(results.mixedLists)}`);
    say('mixed reads with scorecards and the leaderboard: 50 connections for 20 s…');
    results.mixed = await mixedWorkload(api.baseUrl, [
      inboxCall,
      ...engagedCalls,
      analyticsCalls[0],
      workingCall,
      analyticsCalls[1],
    ]);
    say(`mixed (all): ${JSON.stringify(results.mixed)}`);
    results.mixed.apiAnswersAfter = await fetch(`${api.baseUrl}/health/ready`, {
      signal: AbortSignal.timeout(5000),
    })
      .then((r) => r.ok)
      .catch(() => false);
  }
  results.memory = api.memory();
  say(`API memory: ${JSON.stringify(results.memory)}`);
} finally {
  if (api) await api.stop();
  await owner.end();
  await pgServer.stop();
}

results.finishedAt = new Date().toISOString();
results.loadAfter = loadavg();
const table = render(results);
console.log(`\n${table}`);
// `--no-save`: the smoke run in `npm test` checks that the benchmark still works, nothing more.
if (!args['no-save']) {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${size}-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, `latest-${size}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, `latest-${size}.md`), `${table}\n`);
  say(`wrote bench/results/latest-${size}.json and .md`);
}

function machine() {
  const list = cpus();
  return {
    nproc: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    freeMemoryGbAtStart: round(freemem() / 1024 ** 3, 1),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
    node: process.version,
  };
}

function render(r) {
  const mark = (ok) => (ok === null ? '' : ok ? 'met' : 'MISSED');
  const lines = [
    `Tandem benchmark — size ${r.size} (${r.rows.partners} partners, ${r.rows.users} users, ${r.rows.leads} leads, ${r.rows.stage_events} stage events, ${r.rows.registrations} registrations, ${r.rows.goals} goals)`,
    `${r.startedAt} · ${r.machine.nproc} × ${r.machine.cpuModel} · ${r.machine.memoryGb} GB · load average at start ${r.machine.loadAverageAtStart.join(' / ')}`,
    '',
    '| operation | n | p50 ms | p95 ms | SQL floor p50 / p95 ms | API ÷ SQL (p50) | SQL statements (data) | p95 target (m) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const o of r.operations) {
    if (o.skipped) {
      lines.push(`| ${o.label} | skipped: ${o.skipped} | | | | | | |`);
      continue;
    }
    const target = o.targetP95Ms ? `< ${o.targetP95Ms} ms: ${mark(o.p95Ms < o.targetP95Ms)}` : '—';
    lines.push(
      `| ${o.label} | ${o.samples} | ${o.p50Ms} | ${o.p95Ms} | ${o.floorError ? 'failed' : `${o.floorP50Ms} / ${o.floorP95Ms}`} | ${o.ratioP50 ?? '—'}× | ${o.statements.total} (${o.statements.data}) | ${target} |`,
    );
  }
  lines.push('');
  const mixedLine = (title, m) =>
    `${title} (autocannon, ${m.connections} connections, ${m.durationSeconds} s): ${m.requests} requests, ${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, errors ${m.errors} (timeouts ${m.timeouts}, HTTP non-2xx ${m.non2xx}, GraphQL errors ${m.graphqlErrors})${m.apiAnswersAfter === false ? ', API no longer answering afterwards' : ''} — target zero errors: ${mark(m.errors + m.non2xx + m.graphqlErrors === 0)}`;
  if (r.mixedLists)
    lines.push(mixedLine('- Mixed reads: inbox, working list, engaged checks', r.mixedLists));
  if (r.mixed)
    lines.push(mixedLine('- Mixed reads: the same plus scorecard and leaderboard', r.mixed));
  lines.push(
    `- API peak resident memory (VmHWM): ${round(r.memory.peakRssMb)} MB — target < 500 MB: ${mark(r.memory.peakRssMb < 500)}`,
  );
  lines.push(
    `- Portal initial JavaScript: ${r.portal.initialGzipKb} KB gzip -9 (${r.portal.initialGzipDefaultLevelKb} KB at gzip's default level) in ${r.portal.files.length} files (${r.portal.initialRawKb} KB raw; CSS not counted) — target < 250 KB: ${mark(r.portal.initialGzipKb < 250)}`,
  );
  if (r.browser)
    lines.push(
      r.browser.error
        ? `- Partner home page in Chromium: failed (${r.browser.error})`
        : `- Partner home page in Chromium: ${r.browser.loadMs} ms cold to the first goal card rendered, ${r.browser.warmLoadMs} ms warm (median of 3); cold DOMContentLoaded ${r.browser.domContentLoadedMs} ms, load ${r.browser.loadEventMs} ms; ${r.browser.graphqlRequests} GraphQL requests`,
    );
  lines.push(`- Load average after: ${r.loadAfter.map((l) => round(l, 2)).join(' / ')}`);
  return lines.join('\n');
}
