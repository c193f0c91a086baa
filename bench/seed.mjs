// `npm run bench:seed -- --size=xs|s|m`: a fresh, migrated database under bench/.data/<size> with
// a realistic, skewed channel generated inside Postgres (INSERT … SELECT generate_series), so even
// size m (1M leads) is written without shipping rows through Node.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { apiLib, connect, dataDirFor, migrate, parseArgs, startPostgres } from './lib/postgres.mjs';
import { BENCH_PASSWORD, SIZE_PARAMS, recentQuarters } from './lib/sizes.mjs';

const args = parseArgs();
const size = args.size;
const p = SIZE_PARAMS[size];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (m) => console.log(`[seed ${size} ${elapsed()}] ${m}`);

const dataDir = dataDirFor(size);
rmSync(join(dataDir, 'pg'), { recursive: true, force: true });
say(`fresh Postgres in ${dataDir}`);
const pgServer = await startPostgres(size);
try {
  migrate(pgServer);
  say('migrations applied');
  const { PasswordHasher } = apiLib('api/core/src');
  const passwordHash = await new PasswordHasher().hash(BENCH_PASSWORD);
  const db = await connect(pgServer.ownerUrl());
  try {
    await seed(db, passwordHash);
  } finally {
    await db.end();
  }
  say(`done: ${p.partners} partners, ${p.leads} leads, ${p.deals} registrations`);
} finally {
  await pgServer.stop();
}

async function seed(db, passwordHash) {
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    say(`${label}: ${r.rowCount ?? ''} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  const P = p.partners;
  const TOP = Math.max(1, Math.floor(P / 5));
  const L = p.leads;
  const C = Math.max(1000, Math.floor(L / 3));
  const CMS = Math.max(2, Math.floor(P / 25));
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SELECT setseed(0.2026)`);
  // Bulk load: foreign keys are right by construction, so skip their per-row triggers, and build
  // the big tables' secondary indexes once at the end instead of row by row.
  await db.query(`SET session_replication_role = replica`);
  const BIG = [
    'lead',
    'lead_stage_event',
    'lead_offer',
    'deal_registration',
    'deal_line',
    'deal_event',
    'lead_milestone',
  ];
  const { rows: deferred } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BIG],
  );
  for (const ix of deferred) await db.query(`DROP INDEX "${ix.indexname}"`);

  // Names from syllables: 40^3 × 12 distinct companies, so trigram similarity behaves like real
  // names (numbered names would all look alike to pg_trgm).
  await db.query(`CREATE FUNCTION pg_temp.syl(i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['ka','ro','mel','tan','vi','sor','bel','dun','fir','gal','hex','in','jol','kor',
      'lum','mar','nov','ost','pra','qui','ral','sen','tor','ul','ver','wen','xan','yor','zet','ab',
      'cor','del','en','fo','gri','hal','is','jun','kel','lo'])[i % 40 + 1] $$`);
  await db.query(`CREATE FUNCTION pg_temp.word(i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['Analytics','Logistics','Foods','Robotics','Energy','Health','Media','Labs',
      'Systems','Motors','Textiles','Pharma'])[i % 12 + 1] $$`);
  await db.query(`CREATE FUNCTION pg_temp.stem(c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.syl(c) || pg_temp.syl(c / 40) || pg_temp.syl(c / 1600) $$`);
  // Display name ("Karomel Analytics Inc"), normalized name ("karomel analytics") and domain.
  await db.query(`CREATE FUNCTION pg_temp.company(c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT initcap(pg_temp.stem(c)) || ' ' || pg_temp.word(c / 64000)
      || CASE c % 3 WHEN 0 THEN ' Inc' WHEN 1 THEN ' Ltd' ELSE '' END $$`);
  await db.query(`CREATE FUNCTION pg_temp.normalized(c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.stem(c) || ' ' || lower(pg_temp.word(c / 64000)) $$`);
  await db.query(`CREATE FUNCTION pg_temp.domain(c bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.stem(c) || lower(pg_temp.word(c / 64000)) || '.com' $$`);
  // A fifth of the partners hold three quarters of the activity, skewed again inside that fifth.
  await db.query(`CREATE FUNCTION pg_temp.skewed(r1 float8, r2 float8) RETURNS int LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN r1 < 0.75 OR ${P} = ${TOP} THEN floor(${TOP} * r2 * r2)
                ELSE ${TOP} + floor(${P - TOP} * r2) END::int $$`);

  await step(
    'tiers and partner types',
    `WITH t AS (INSERT INTO tier (name, rank, description) VALUES
       ('Platinum', 1, 'Top partners'), ('Gold', 2, ''), ('Silver', 3, ''), ('Registered', 4, '')
       RETURNING id)
     INSERT INTO partner_type (name, description) VALUES ('Reseller', ''),
       ('Managed service provider', ''), ('Referral partner', ''), ('Distributor', '')`,
  );
  await step(
    'products',
    `INSERT INTO product (sku, name, list_price)
     SELECT 'BENCH-' || g, 'Bench product ' || g, 1000 * g FROM generate_series(1, 10) g`,
  );
  await step(
    'vendor users',
    `INSERT INTO app_user (email, name, role, status, password_hash)
     SELECT 'admin@bench.tandem', 'Bench Admin', 'VENDOR_ADMIN', 'ACTIVE', $1
     UNION ALL SELECT 'marketer@bench.tandem', 'Bench Marketer', 'VENDOR_MARKETER', 'ACTIVE', $1
     UNION ALL SELECT 'cm' || g || '@bench.tandem', 'Channel Manager ' || g, 'CHANNEL_MANAGER',
       'ACTIVE', $1 FROM generate_series(1, ${CMS}) g`,
    [passwordHash],
  );
  await db.query(`CREATE TEMP TABLE cm AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS k, id
    FROM app_user WHERE role = 'CHANNEL_MANAGER'`);
  await db.query(`CREATE TEMP TABLE bp AS SELECT g - 1 AS idx, gen_random_uuid() AS id,
      (ARRAY['US','GB','DE','FR','NL','SE','AU','CA','ES','IT'])[(g - 1) % 10 + 1]::char(2) AS country
    FROM generate_series(1, ${P}) g`);
  await step(
    'partners',
    `INSERT INTO partner (id, name, legal_name, website_domains, country, region, time_zone, type_id,
       tier_id, status, channel_manager_id, created_at)
     SELECT bp.id, 'Partner ' || lpad(bp.idx::text, 5, '0') || ' ' || pg_temp.word(bp.idx),
       'Partner ' || bp.idx || ' Ltd', ARRAY['partner' || bp.idx || '.example'], bp.country,
       CASE WHEN bp.country IN ('US', 'CA') THEN 'NA' WHEN bp.country = 'AU' THEN 'APAC' ELSE 'EMEA' END,
       CASE bp.country WHEN 'US' THEN 'America/New_York' WHEN 'CA' THEN 'America/Toronto'
         WHEN 'AU' THEN 'Australia/Sydney' WHEN 'GB' THEN 'Europe/London' ELSE 'Europe/Berlin' END,
       (SELECT id FROM partner_type ORDER BY name OFFSET bp.idx % 4 LIMIT 1),
       (SELECT id FROM tier ORDER BY rank OFFSET CASE WHEN bp.idx < ${TOP} / 4 THEN 0
          WHEN bp.idx < ${TOP} THEN 1 WHEN bp.idx < ${TOP} * 3 THEN 2 ELSE 3 END LIMIT 1),
       'ACTIVE', cm.id, now() - interval '3 years'
     FROM bp JOIN cm ON cm.k = bp.idx % ${CMS}`,
  );
  // Each partner: an admin, two marketers and seven sales reps (k = 3..9).
  await db.query(`CREATE TEMP TABLE bu AS SELECT bp.idx AS pidx, k, gen_random_uuid() AS id,
      bp.id AS partner_id FROM bp CROSS JOIN generate_series(0, ${p.usersPerPartner - 1}) k`);
  await db.query(`CREATE UNIQUE INDEX ON bu (pidx, k)`);
  await step(
    'partner users',
    `INSERT INTO app_user (id, email, name, role, partner_id, status, password_hash)
     SELECT id,
       CASE WHEN k = 0 THEN 'admin' WHEN k <= 2 THEN 'marketer' || k ELSE 'rep' || (k - 2) END
         || '.p' || pidx || '@bench.tandem',
       CASE WHEN k = 0 THEN 'Admin ' WHEN k <= 2 THEN 'Marketer ' || k || ' ' ELSE 'Rep ' || (k - 2) || ' ' END
         || 'of partner ' || pidx,
       CASE WHEN k = 0 THEN 'PARTNER_ADMIN' WHEN k <= 2 THEN 'PARTNER_MARKETER' ELSE 'PARTNER_SALES_REP' END,
       partner_id, 'ACTIVE', $1
     FROM bu`,
    [passwordHash],
  );
  const REPS = p.usersPerPartner - 3;

  // One row per lead with its whole story decided up front; the real tables are filled from it.
  await step(
    'lead plan',
    `CREATE UNLOGGED TABLE bench_lead AS
     WITH r AS (
       SELECT n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
       FROM generate_series(1, ${L}) n
     ), s AS (
       SELECT n, r6, pg_temp.skewed(r1, r2) AS pidx, floor(r6 * ${C})::bigint AS c,
         CASE WHEN r3 < 0.4 THEN 'VENDOR_MARKETING' WHEN r3 < 0.75 THEN 'PARTNER_MARKETING'
              ELSE 'PARTNER_SALES' END AS source,
         CASE WHEN r4 < 0.28 THEN 'LEAD' WHEN r4 < 0.36 THEN 'OFFER' WHEN r4 < 0.46 THEN 'DISQ'
              WHEN r4 < 0.80 THEN 'SQL' WHEN r4 < 0.86 THEN 'OPP' WHEN r4 < 0.93 THEN 'WON'
              ELSE 'LOST' END AS outcome,
         r5
       FROM r
     ), t AS (
       SELECT s.*, CASE WHEN outcome = 'OFFER' THEN now() - r5 * interval '72 hours'
                        ELSE now() - interval '1 day' - r5 * interval '449 days' END AS t0
       FROM s
     )
     SELECT t.n, gen_random_uuid() AS id, t.pidx, t.c, t.source, t.outcome, t.r6,
       bp.id AS partner_id, bp.country,
       rep.id AS rep_id, mk.id AS marketer_id,
       t.t0,
       t.t0 + CASE WHEN t.outcome = 'OFFER' THEN interval '0' ELSE interval '1 day' END AS t_mql,
       least(now() - interval '1 hour', t.t0 + interval '1 day' + (1 + t.r6 * 30) * interval '1 hour') AS t_sql,
       least(now() - interval '1 hour', t.t0 + interval '12 days') AS t_opp,
       least(now() - interval '1 hour', t.t0 + interval '45 days') AS t_close,
       least(now() - interval '1 hour', t.t0 + interval '4 days') AS t_disq
     FROM t JOIN bp ON bp.idx = t.pidx
     -- Half of the largest partner's open offers go to its first rep: the benchmark's inbox.
     JOIN bu rep ON rep.pidx = t.pidx AND rep.k = CASE
       WHEN t.pidx = 0 AND t.outcome = 'OFFER' AND t.n % 2 = 0 THEN 3 ELSE 3 + t.n % ${REPS} END
     JOIN bu mk ON mk.pidx = t.pidx AND mk.k = 1`,
  );
  await step(
    'leads',
    `INSERT INTO lead (id, origin_partner_id, partner_id, assigned_user_id, source, stage,
       stage_changed_at, handoff, priority, contact_name, email, title, company, domain, country,
       company_size, consent, mql_score, created_by_user_id, created_by_label, created_at, updated_at)
     SELECT id,
       CASE WHEN source = 'VENDOR_MARKETING' THEN NULL ELSE partner_id END,
       CASE WHEN outcome = 'LEAD' AND source = 'VENDOR_MARKETING' THEN NULL ELSE partner_id END,
       CASE WHEN outcome IN ('LEAD', 'DISQ') THEN NULL ELSE rep_id END,
       source,
       CASE outcome WHEN 'LEAD' THEN 'LEAD' WHEN 'OFFER' THEN 'MQL' WHEN 'DISQ' THEN 'DISQUALIFIED'
         WHEN 'OPP' THEN 'OPPORTUNITY' ELSE outcome END,
       CASE outcome WHEN 'LEAD' THEN t0 WHEN 'OFFER' THEN t_mql WHEN 'DISQ' THEN t_disq
         WHEN 'SQL' THEN t_sql WHEN 'OPP' THEN t_opp ELSE t_close END,
       CASE WHEN outcome = 'LEAD' AND source = 'VENDOR_MARKETING' THEN 'POOL'
         WHEN outcome = 'LEAD' THEN 'PARTNER_QUEUE' WHEN outcome = 'OFFER' THEN 'OFFERED'
         WHEN outcome IN ('SQL', 'OPP') THEN 'ACCEPTED' ELSE 'CLOSED' END,
       CASE WHEN n % 10 = 0 THEN 'HOT' ELSE 'NORMAL' END,
       'Contact ' || n, 'contact' || n || '@' || pg_temp.domain(c),
       (ARRAY['IT Director', 'CIO', 'Head of Operations', 'CFO', 'Procurement lead'])[n % 5 + 1],
       pg_temp.company(c), pg_temp.domain(c), country, 50 + (c % 40) * 50, true,
       CASE WHEN outcome = 'LEAD' THEN NULL ELSE 60 + (n % 40) END,
       CASE source WHEN 'PARTNER_MARKETING' THEN marketer_id WHEN 'PARTNER_SALES' THEN rep_id END,
       CASE source WHEN 'VENDOR_MARKETING' THEN 'Vendor marketing' ELSE 'Bench seed' END,
       t0, t0
     FROM bench_lead`,
  );
  // Stage events in order (seq follows insertion). Before a vendor lead is routed it has no partner.
  await step(
    'lead stage events',
    `INSERT INTO lead_stage_event (lead_id, partner_id, user_id, stage, from_stage, occurred_at, actor_label)
     SELECT b.id,
       CASE WHEN b.source = 'VENDOR_MARKETING' AND e.ord <= 2 THEN NULL ELSE b.partner_id END,
       CASE WHEN e.ord >= 3 THEN b.rep_id END,
       e.stage, b.stages[e.ord - 1], b.times[e.ord],
       CASE WHEN e.ord >= 3 THEN 'Rep of partner ' || b.pidx ELSE 'Bench seed' END
     FROM (
       SELECT bl.*,
         CASE outcome WHEN 'LEAD' THEN ARRAY['LEAD'] WHEN 'OFFER' THEN ARRAY['LEAD', 'MQL']
           WHEN 'DISQ' THEN ARRAY['LEAD', 'MQL', 'DISQUALIFIED'] WHEN 'SQL' THEN ARRAY['LEAD', 'MQL', 'SQL']
           WHEN 'OPP' THEN ARRAY['LEAD', 'MQL', 'SQL', 'OPPORTUNITY']
           ELSE ARRAY['LEAD', 'MQL', 'SQL', 'OPPORTUNITY', outcome] END AS stages,
         ARRAY[t0, t_mql, CASE WHEN outcome = 'DISQ' THEN t_disq ELSE t_sql END, t_opp, t_close] AS times
       FROM bench_lead bl
     ) b CROSS JOIN LATERAL unnest(b.stages) WITH ORDINALITY AS e(stage, ord)`,
  );
  // Hand-off offers: pending ones fill the reps' inboxes; accepted ones carry SLA outcomes.
  await step(
    'lead offers',
    `INSERT INTO lead_offer (lead_id, kind, partner_id, user_id, status, offered_at, offered_by_label,
       accept_due_at, contact_due_at, decided_at, decided_by_label, contacted_at, accept_breached,
       contact_breached)
     SELECT id, CASE WHEN source = 'VENDOR_MARKETING' THEN 'VENDOR_TO_PARTNER' ELSE 'PARTNER_TO_REP' END,
       partner_id, rep_id,
       CASE WHEN outcome = 'OFFER' THEN 'PENDING' ELSE 'ACCEPTED' END,
       t_mql, 'Tandem (routing)',
       CASE WHEN outcome = 'OFFER' THEN now() + (1 + r6 * 47) * interval '1 hour'
         ELSE t_mql + interval '24 hours' END,
       CASE WHEN outcome = 'OFFER' THEN now() + (49 + r6 * 47) * interval '1 hour'
         ELSE t_sql + interval '48 hours' END,
       CASE WHEN outcome = 'OFFER' THEN NULL ELSE t_sql END,
       CASE WHEN outcome = 'OFFER' THEN NULL ELSE 'Rep of partner ' || pidx END,
       CASE WHEN outcome = 'OFFER' OR n % 7 = 0 THEN NULL ELSE t_sql + interval '5 hours' END,
       outcome <> 'OFFER' AND t_sql > t_mql + interval '24 hours',
       outcome <> 'OFFER' AND n % 7 = 0
     FROM bench_lead WHERE outcome NOT IN ('LEAD', 'DISQ')`,
  );

  // Registrations: one per lead that became an opportunity, the rest registered without a lead.
  await step(
    'registration plan',
    `CREATE UNLOGGED TABLE bench_deal AS
     WITH linked AS (
       SELECT id AS lead_id, pidx, partner_id, rep_id, country, c, r6,
         CASE outcome WHEN 'OPP' THEN CASE WHEN r6 < 0.2 THEN 'SUBMITTED' ELSE 'APPROVED' END
           ELSE outcome END AS status,
         t_opp AS submitted_at, t_close AS closed_at
       FROM bench_lead WHERE outcome IN ('OPP', 'WON', 'LOST')
     ), free AS (
       SELECT NULL::uuid AS lead_id, x.pidx, bp.id AS partner_id, rep.id AS rep_id, bp.country,
         x.c, x.r6,
         CASE WHEN x.r3 < 0.10 THEN 'SUBMITTED' WHEN x.r3 < 0.45 THEN 'APPROVED' WHEN x.r3 < 0.55 THEN 'REJECTED'
           WHEN x.r3 < 0.75 THEN 'WON' WHEN x.r3 < 0.90 THEN 'LOST' ELSE 'EXPIRED' END AS status,
         x.t0 AS submitted_at, least(now() - interval '1 hour', x.t0 + interval '40 days') AS closed_at
       FROM (
         SELECT n, pg_temp.skewed(random(), random()) AS pidx, floor(random() * ${C})::bigint AS c,
           random() AS r6, random() AS r3,
           now() - interval '2 days' - random() * interval '448 days' AS t0
         FROM generate_series(1, greatest(0, ${p.deals} - (SELECT count(*) FROM bench_lead
           WHERE outcome IN ('OPP', 'WON', 'LOST')))) n
       ) x JOIN bp ON bp.idx = x.pidx
       JOIN bu rep ON rep.pidx = x.pidx AND rep.k = 3 + x.n % ${REPS}
     )
     SELECT gen_random_uuid() AS id, u.*,
       CASE WHEN u.status = 'SUBMITTED' THEN NULL
         ELSE least(now() - interval '1 hour', u.submitted_at + interval '1 day') END AS decided_at,
       round((2000 + u.r6 * u.r6 * 198000)::numeric, 2) AS amount
     FROM (SELECT * FROM linked UNION ALL SELECT * FROM free) u`,
  );
  // Approved registrations whose 90-day protection has run out are expired, as the job would do.
  await db.query(`UPDATE bench_deal SET status = 'EXPIRED', closed_at = decided_at + interval '90 days'
    WHERE status = 'APPROVED' AND decided_at + interval '90 days' < now()`);
  await step(
    'registrations',
    `INSERT INTO deal_registration (id, partner_id, registered_by_user_id, registered_by_label, status,
       company_name, normalized_name, website, domain, country, contact_name, contact_email, currency,
       amount, expected_close_on, lead_id, submitted_at, decision_due_at, decided_at, approved_at,
       expires_at, closed_at, final_amount, closed_on, created_at, updated_at)
     SELECT id, partner_id, rep_id, 'Rep of partner ' || pidx, status,
       pg_temp.company(c), pg_temp.normalized(c), 'https://www.' || pg_temp.domain(c),
       pg_temp.domain(c), country, 'Buyer ' || c, 'buyer' || c || '@' || pg_temp.domain(c), 'USD',
       amount, (submitted_at + interval '60 days')::date, lead_id, submitted_at,
       submitted_at + interval '1 day', decided_at,
       CASE WHEN status IN ('APPROVED', 'WON', 'LOST', 'EXPIRED') THEN decided_at END,
       CASE WHEN status IN ('APPROVED', 'WON', 'LOST', 'EXPIRED') THEN decided_at + interval '90 days' END,
       CASE WHEN status IN ('WON', 'LOST', 'EXPIRED') THEN greatest(closed_at, decided_at) END,
       CASE WHEN status = 'WON' THEN amount END,
       CASE WHEN status IN ('WON', 'LOST') THEN greatest(closed_at, decided_at)::date END,
       submitted_at, coalesce(greatest(closed_at, decided_at), submitted_at)
     FROM bench_deal`,
  );
  await step(
    'registration lines',
    `INSERT INTO deal_line (deal_id, partner_id, product_id, quantity, amount, position)
     SELECT d.id, d.partner_id, pr.id, 1 + floor(d.r6 * 20)::int, d.amount, 0
     FROM bench_deal d JOIN (SELECT id, (row_number() OVER (ORDER BY sku) - 1)::int AS k FROM product) pr
       ON pr.k = d.c % 10`,
  );
  await step(
    'registration events',
    `INSERT INTO deal_event (deal_id, partner_id, from_status, to_status, at, actor_label)
     SELECT d.id, d.partner_id, d.path[e.ord - 1], e.status,
       CASE e.ord WHEN 1 THEN d.submitted_at WHEN 2 THEN d.submitted_at WHEN 3 THEN d.decided_at
         ELSE greatest(d.closed_at, d.decided_at) END,
       CASE WHEN e.ord = 3 THEN 'Channel manager' ELSE 'Rep of partner ' || d.pidx END
     FROM (
       SELECT bd.*, CASE WHEN status = 'SUBMITTED' THEN ARRAY['DRAFT', 'SUBMITTED']
           WHEN status IN ('APPROVED', 'REJECTED') THEN ARRAY['DRAFT', 'SUBMITTED', status]
           ELSE ARRAY['DRAFT', 'SUBMITTED', 'APPROVED', status] END AS path
       FROM bench_deal bd
     ) d CROSS JOIN LATERAL unnest(d.path) WITH ORDINALITY AS e(status, ord)
     WHERE e.ord > 1`,
  );
  await step(
    "vendor's customer list",
    `INSERT INTO account_list_entry (kind, company_name, normalized_name, domain, country, match_key)
     SELECT 'CUSTOMER', pg_temp.company(c), pg_temp.normalized(c), pg_temp.domain(c), 'US',
       'd:' || pg_temp.domain(c)
     FROM (SELECT DISTINCT ${C} + g AS c FROM generate_series(1, ${Math.max(100, P * 5)}) g) x`,
  );
  // Goals for four quarters: every partner, six metrics, targets in proportion to its size.
  const quarters = recentQuarters(new Date(), 4);
  await step(
    'goals',
    `INSERT INTO goal (partner_id, period_code, metric, target, side, updated_by_label)
     SELECT bp.id, q.code, m.metric,
       round((m.base * CASE WHEN bp.idx < ${TOP} THEN ${(L * 0.75) / TOP / 5000} ELSE ${(L * 0.25) / Math.max(1, P - TOP) / 5000} END
         * (0.8 + 0.4 * random()))::numeric, m.scale),
       m.side, 'Bench seed'
     FROM bp CROSS JOIN unnest($1::text[]) AS q(code)
     CROSS JOIN (VALUES ('MQLS', 'MARKETING', 800.0, 0), ('SQLS', 'SALES', 400.0, 0),
       ('DEALS_REGISTERED', 'SALES', 120.0, 0), ('DEALS_WON', 'SALES', 60.0, 0),
       ('REVENUE_WON', 'JOINT', 3000000.0, 2), ('WIN_RATE', 'SALES', 0.5, 4)) AS m(metric, side, base, scale)`,
    [quarters.map((q) => q.code)],
  );
  await db.query(`UPDATE goal SET target = 0.5 WHERE metric = 'WIN_RATE'`);
  await db.query(`DROP TABLE bench_lead, bench_deal`);
  // The bulk load skipped the triggers that keep lead milestones; build them in one pass.
  const tm = Date.now();
  const { rows: built } = await db.query(`SELECT tandem_rebuild_lead_milestones() AS n`);
  say(`lead milestones: ${built[0].n} rows in ${((Date.now() - tm) / 1000).toFixed(1)} s`);
  const td = Date.now();
  const { rows: days } = await db.query(`SELECT tandem_rebuild_partner_funnel_days() AS n`);
  say(`partner funnel days: ${days[0].n} rows in ${((Date.now() - td) / 1000).toFixed(1)} s`);
  const tk = Date.now();
  const { rows: keys } = await db.query(`SELECT tandem_rebuild_account_keys() AS n`);
  say(`account keys: ${keys[0].n} rows in ${((Date.now() - tk) / 1000).toFixed(1)} s`);
  await db.query(`SET session_replication_role = DEFAULT`);
  const ti = Date.now();
  for (const ix of deferred) await db.query(ix.indexdef);
  say(`${deferred.length} indexes rebuilt in ${((Date.now() - ti) / 1000).toFixed(1)} s`);
  await db.query(
    `SELECT setval('deal_registration_number_seq', (SELECT max(number) FROM deal_registration))`,
  );
  const t = Date.now();
  await db.query('VACUUM ANALYZE');
  say(`VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
