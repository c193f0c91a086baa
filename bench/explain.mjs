// `node bench/explain.mjs <size>`: EXPLAIN (ANALYZE, BUFFERS) of the heavy statements the API runs
// for the leaderboard, the scorecard and the inbox, captured and replayed as the benchmark does (for follow-up work).
import pg from 'pg';
import { BENCH_PASSWORD, BENCH_USERS, recentQuarters } from './lib/sizes.mjs';
import { startPostgres, connect } from './lib/postgres.mjs';
import { startApi, Session } from './lib/api.mjs';
import { captureStatements } from './lib/capture.mjs';
import { portalOperation } from './lib/operations.mjs';
const size = process.argv[2] ?? 's';
const pgs = await startPostgres(size);
const api = await startApi(pgs);
const owner = await connect(pgs.ownerUrl());
const pa = await Session.signIn(api.baseUrl, BENCH_USERS.partnerAdmin, BENCH_PASSWORD);
const rep = await Session.signIn(api.baseUrl, BENCH_USERS.salesRep, BENCH_PASSWORD);
const vendor = await Session.signIn(api.baseUrl, BENCH_USERS.vendorAdmin, BENCH_PASSWORD);
const ops = {
  leaderboard: () =>
    vendor.gql(portalOperation('AnalyticsLeaderboard'), {
      periodCode: recentQuarters(new Date(), 1)[0].code,
      sort: 'REVENUE_WON',
      descending: true,
      page: { offset: 0, limit: 25 },
    }),
  scorecard: () =>
    pa.gql(portalOperation('AnalyticsScorecard'), {
      periodCode: recentQuarters(new Date(), 1)[0].code,
    }),
  inbox: () =>
    rep.gql(portalOperation('LeadList'), {
      filter: { view: 'INBOX' },
      page: { offset: 0, limit: 25 },
    }),
};
for (const [name, call] of Object.entries(ops)) {
  await call();
  const { statements } = await captureStatements(owner, pgs, 'tandem_app', call);
  const byPid = new Map();
  for (const s of statements) {
    if (!byPid.has(s.pid)) byPid.set(s.pid, []);
    byPid.get(s.pid).push(s);
  }
  for (const group of byPid.values()) {
    const c = new pg.Client({ connectionString: pgs.appUrl() });
    await c.connect();
    for (const s of group) {
      const heavy = /funnel_event|lead_milestone|FROM "lead" "l"/.test(s.sql);
      if (heavy) {
        const r = await c.query(
          'EXPLAIN (ANALYZE, BUFFERS) ' + s.sql,
          s.params.length ? s.params : undefined,
        );
        console.log(
          `\n=== ${name}: ${s.sql.replace(/\s+/g, ' ').slice(0, 200)}\n` +
            r.rows
              .map((x) => x['QUERY PLAN'])
              .filter((l) => /actual time|Execution|Planning/.test(l))
              .slice(0, 40)
              .join('\n'),
        );
      } else
        await c.query(
          s.sql.replace(/^\s*COMMIT\b/i, 'ROLLBACK'),
          s.params.length ? s.params : undefined,
        );
    }
    await c.end();
  }
}
await owner.end();
await api.stop();
await pgs.stop();
process.exit(0);
