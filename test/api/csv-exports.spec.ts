import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { parse } from 'csv-parse/sync';
import { Metric, Role } from '@tandem/shared-domain';
import type { Partner, User } from '@tandem/api-directory';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

const LEADS = `query($f: LeadFilterInput, $p: PageInput) { leads(filter: $f, page: $p) {
  totalCount hasMore items { id } } }`;
const DEALS = `query($f: DealFilterInput, $p: PageInput) { dealRegistrations(filter: $f, page: $p) {
  totalCount hasMore items { id number } } }`;
const GOALS = `query($p: ID, $period: String!) { partnerGoals(partnerId: $p, periodCode: $period) {
  goals { metric target actual progress status } } }`;
const SET_GOAL = `mutation($i: SetGoalInput!) { setGoal(input: $i) { id } }`;
const DOWNLOADS = `query($f: DownloadFilterInput, $p: PageInput) { contentDownloads(filter: $f, page: $p) {
  totalCount items { id itemTitle } } }`;

interface Download {
  status: number;
  headers: Headers;
  text: string;
  rows: string[][];
}

async function download(client: ApiClient, path: string): Promise<Download> {
  const res = await client.request('GET', path);
  // Response.text() would drop a byte-order mark; decode by hand to see what was sent.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  const csv = res.status === 200 && text.startsWith('\uFEFF') ? text.slice(1) : text;
  return {
    status: res.status,
    headers: res.headers,
    text,
    rows: res.status === 200 ? (parse(csv) as string[][]) : [],
  };
}

/** Every id the GraphQL list returns for a filter, page by page (the screen's view of the data). */
async function listIds(
  client: ApiClient,
  query: string,
  key: 'leads' | 'dealRegistrations',
  filter: Record<string, unknown>,
  field: 'id' | 'number' = 'id',
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const res = await client.gql<
      Record<string, { hasMore: boolean; items: Record<string, unknown>[] }>
    >(query, { f: filter, p: { offset, limit: 100 } });
    const page = res.data?.[key];
    if (!page) throw new Error(JSON.stringify(res.errors));
    ids.push(...page.items.map((i) => String(i[field])));
    if (!page.hasMore) return ids;
  }
}

const dr = (n: string) => `DR-${n.padStart(6, '0')}`;

describe('streamed CSV exports', () => {
  let t: TestApp;
  let alpha: Partner;
  let bravo: Partner;
  let alphaRep: User;
  let admin: ApiClient;
  let manager: ApiClient;
  let alphaAdmin: ApiClient;
  let alphaRepClient: ApiClient;
  let bravoAdmin: ApiClient;
  let vendorMarketer: ApiClient;
  let partnerMarketer: ApiClient;

  // alpha: 2,400 leads (the large set), bravo: 150, plus 30 in the vendor pool.
  const ALPHA_LEADS = 2400;

  beforeAll(async () => {
    t = await startTestApp();
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    alpha = await t.factories.partner({ name: 'Alpha Exports', channelManagerId: cm.id });
    bravo = await t.factories.partner({ name: 'Bravo Exports' });
    alphaRep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: alpha.id });
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    manager = await t.signedIn(cm.email);
    alphaAdmin = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: alpha.id })).email,
    );
    alphaRepClient = await t.signedIn(alphaRep.email);
    bravoAdmin = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: bravo.id })).email,
    );
    vendorMarketer = await t.signedIn(
      (await t.factories.user({ role: Role.VENDOR_MARKETER })).email,
    );
    partnerMarketer = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: alpha.id })).email,
    );

    await t.db.asSystem(async (em) => {
      const stages = ['LEAD', 'MQL', 'SQL', 'OPPORTUNITY', 'WON', 'LOST'];
      const sources = ['VENDOR_MARKETING', 'PARTNER_MARKETING', 'PARTNER_SALES'];
      const insert = (partner: string | null, count: number, handoff: string, prefix: string) =>
        em.query(
          `INSERT INTO lead (partner_id, origin_partner_id, assigned_user_id, source, stage,
              stage_changed_at, handoff, contact_name, email, company, created_by_label)
           SELECT $1::uuid, NULL, CASE WHEN i % 4 = 0 THEN $2::uuid END,
                  ($3::text[])[1 + i % 3], ($4::text[])[1 + i % 6],
                  timestamptz '2026-11-01T00:00:00Z' + i * interval '1 minute', $5,
                  $6 || ' contact ' || i, lower($6) || '-' || i || '@buyer.example',
                  $6 || CASE WHEN i % 10 = 0 THEN ' Tenth' ELSE '' END || ' Co ' || i, 'Seed'
           FROM generate_series(1, $7::int) AS i`,
          [
            partner,
            partner === alpha.id ? alphaRep.id : null,
            sources,
            stages,
            handoff,
            prefix,
            count,
          ],
        );
      await insert(alpha.id, ALPHA_LEADS, 'ACCEPTED', 'Alpha');
      await insert(bravo.id, 150, 'ACCEPTED', 'Bravo');
      await insert(null, 30, 'POOL', 'Pool');

      const dealStatuses = ['SUBMITTED', 'APPROVED', 'WON', 'LOST', 'REJECTED'];
      const deals = (partner: string, count: number, prefix: string, userId: string | null) =>
        em.query(
          `INSERT INTO deal_registration (partner_id, registered_by_user_id, registered_by_label,
              status, company_name, normalized_name, domain, country, amount, has_conflicts,
              submitted_at, updated_at)
           SELECT $1::uuid, CASE WHEN i % 3 = 0 THEN $5::uuid END, 'Seed', ($2::text[])[1 + i % 5],
                  $3 || ' Customer ' || i, lower($3) || ' customer ' || i,
                  lower($3) || i || '.example', 'US', (i * 100)::numeric, i % 7 = 0,
                  timestamptz '2026-10-01T00:00:00Z', timestamptz '2026-11-01T00:00:00Z' + i * interval '1 minute'
           FROM generate_series(1, $4::int) AS i`,
          [partner, dealStatuses, prefix, count, userId],
        );
      await deals(alpha.id, 120, 'Alpha', alphaRep.id);
      await deals(bravo.id, 40, 'Bravo', null);
    });
  });
  afterAll(() => t.close());

  describe('leads.csv', () => {
    it('streams a few thousand rows in batches, chunked, with a dated attachment name', async () => {
      const before = t.db.statementCount;
      const res = await download(admin, `/api/exports/leads.csv?partnerId=${alpha.id}`);
      const statements = t.db.statementCount - before;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-length')).toBeNull();
      expect(res.headers.get('transfer-encoding')).toBe('chunked');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(res.text.startsWith('\uFEFF')).toBe(true);
      expect(res.rows[0].slice(0, 5)).toEqual([
        'Lead ID',
        'Contact name',
        'Email',
        'Phone',
        'Job title',
      ]);
      expect(res.rows).toHaveLength(ALPHA_LEADS + 1);
      // 2,400 rows come through a cursor, 1,000 at a time: three FETCHes, never one big SELECT.
      expect(statements).toBeGreaterThanOrEqual(3 + 2);
      const header = res.rows[0];
      const partnerCol = header.indexOf('Partner');
      expect(new Set(res.rows.slice(1).map((r) => r[partnerCol]))).toEqual(
        new Set(['Alpha Exports']),
      );
    });

    it('releases its connection when the browser goes away mid-download', async () => {
      // More aborted downloads than the pool (5) has connections: a leaked transaction would
      // starve the next request.
      for (let i = 0; i < 7; i++) {
        const abort = new AbortController();
        const res = await fetch(`${t.url}/api/exports/leads.csv`, {
          headers: { cookie: `tandem_at=${admin.cookie('tandem_at') ?? ''}` },
          signal: abort.signal,
        });
        expect(res.status).toBe(200);
        const body = res.body;
        if (!body) throw new Error('The export has no body');
        const reader = body.getReader();
        await reader.read();
        abort.abort();
        await reader.closed.catch(() => undefined);
      }
      const after = await download(admin, `/api/exports/leads.csv?partnerId=${bravo.id}`);
      expect(after.rows).toHaveLength(151);
    });

    it('holds exactly the rows, in the order, of the leads list for the same filter', async () => {
      const filters: [string, Record<string, unknown>][] = [
        [
          `stage=MQL,SQL&source=PARTNER_MARKETING&partnerId=${alpha.id}`,
          { stages: ['MQL', 'SQL'], sources: ['PARTNER_MARKETING'], partnerId: alpha.id },
        ],
        ['search=tenth&view=WORKING', { search: 'tenth', view: 'WORKING' }],
        ['view=POOL', { view: 'POOL' }],
      ];
      for (const [qs, filter] of filters) {
        const res = await download(admin, `/api/exports/leads.csv?${qs}`);
        expect(res.status).toBe(200);
        const expected = await listIds(admin, LEADS, 'leads', filter);
        expect(expected.length).toBeGreaterThan(0);
        expect(res.rows.slice(1).map((r) => r[0])).toEqual(expected);
      }
    });

    it('gives a partner only its own rows, a rep only theirs, a manager only their partners', async () => {
      const own = await download(alphaAdmin, '/api/exports/leads.csv');
      expect(own.rows.slice(1).map((r) => r[0])).toEqual(
        await listIds(alphaAdmin, LEADS, 'leads', {}),
      );
      expect(own.rows).toHaveLength(ALPHA_LEADS + 1);
      // Asking for another partner's leads filters to nothing; it never widens the scope.
      const other = await download(alphaAdmin, `/api/exports/leads.csv?partnerId=${bravo.id}`);
      expect(other.rows).toHaveLength(1);
      const bravoOwn = await download(bravoAdmin, '/api/exports/leads.csv');
      expect(bravoOwn.rows).toHaveLength(151);
      expect(bravoOwn.text).not.toContain('Alpha');

      const rep = await download(alphaRepClient, '/api/exports/leads.csv');
      expect(rep.rows).toHaveLength(ALPHA_LEADS / 4 + 1);
      expect(rep.rows.slice(1).map((r) => r[0])).toEqual(
        await listIds(alphaRepClient, LEADS, 'leads', {}),
      );

      const cm = await download(manager, '/api/exports/leads.csv');
      expect(cm.text).not.toContain('Bravo');
      expect(cm.rows).toHaveLength(ALPHA_LEADS + 30 + 1);

      const vendor = await download(admin, '/api/exports/leads.csv');
      expect(vendor.rows).toHaveLength(ALPHA_LEADS + 150 + 30 + 1);
    });

    it('refuses anonymous callers and invalid filters before sending a file', async () => {
      expect((await download(t.client(), '/api/exports/leads.csv')).status).toBe(401);
      const bad = await admin.request('GET', '/api/exports/leads.csv?stage=NOPE');
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as {
        errors: { extensions: { fields: { field: string }[] } }[];
      };
      expect(body.errors[0].extensions.fields[0].field).toBe('stages');
      const badPartner = await admin.request('GET', '/api/exports/leads.csv?partnerId=nope');
      expect(badPartner.status).toBe(400);
    });
  });

  describe('registrations.csv', () => {
    it('matches the registrations list for the same filter', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['', {}],
        [
          `status=APPROVED,WON&partnerId=${alpha.id}`,
          { statuses: ['APPROVED', 'WON'], partnerId: alpha.id },
        ],
        ['conflictsOnly=true&search=customer 1', { conflictsOnly: true, search: 'customer 1' }],
        ['view=QUEUE', { view: 'QUEUE' }],
      ];
      for (const [qs, filter] of cases) {
        const res = await download(admin, `/api/exports/registrations.csv?${qs}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toMatch(
          /registrations-\d{4}-\d{2}-\d{2}\.csv/,
        );
        const expected = await listIds(admin, DEALS, 'dealRegistrations', filter, 'number');
        expect(expected.length).toBeGreaterThan(0);
        expect(res.rows.slice(1).map((r) => r[0])).toEqual(expected.map(dr));
      }
    });

    it('gives each partner its own registrations only, a rep their own', async () => {
      const a = await download(alphaAdmin, '/api/exports/registrations.csv');
      expect(a.rows).toHaveLength(121);
      expect(a.text).not.toContain('Bravo');
      const b = await download(bravoAdmin, '/api/exports/registrations.csv');
      expect(b.rows).toHaveLength(41);
      expect(b.text).not.toContain('Alpha');
      const rep = await download(alphaRepClient, '/api/exports/registrations.csv');
      expect(rep.rows.slice(1).map((r) => r[0])).toEqual(
        (await listIds(alphaRepClient, DEALS, 'dealRegistrations', {}, 'number')).map(dr),
      );
      expect(rep.rows).toHaveLength(41);
    });

    it('refuses a conflictsOnly that is not true or false instead of ignoring it', async () => {
      const bad = await admin.request('GET', '/api/exports/registrations.csv?conflictsOnly=yes');
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as {
        errors: { extensions: { fields: { field: string }[] } }[];
      };
      expect(body.errors[0].extensions.fields[0].field).toBe('conflictsOnly');
    });

    it('is refused to roles that cannot read registrations', async () => {
      expect((await download(vendorMarketer, '/api/exports/registrations.csv')).status).toBe(403);
      expect((await download(partnerMarketer, '/api/exports/registrations.csv')).status).toBe(403);
      expect((await download(t.client(), '/api/exports/registrations.csv')).status).toBe(401);
    });
  });

  describe('downloads.csv', () => {
    beforeAll(async () => {
      const asset = await t.factories.asset();
      await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO content_download (asset_id, item_title, user_id, user_label, partner_id, at)
           SELECT $1::uuid, 'Deck ' || i, $2::uuid, 'Seed',
                  CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END,
                  timestamptz '2026-10-01T00:00:00Z' + i * interval '1 day'
           FROM generate_series(1, 40) AS i`,
          [asset.id, alphaRep.id, alpha.id, bravo.id],
        ),
      );
    });

    it('matches the download report for the same dates, each partner seeing its own', async () => {
      const qs = 'from=2026-10-05T00:00:00.000Z&to=2026-10-25T00:00:00.000Z';
      const vendor = await download(admin, `/api/exports/downloads.csv?${qs}`);
      expect(vendor.status).toBe(200);
      expect(vendor.rows[0]).toEqual(['Downloaded at', 'Item', 'Kind', 'Downloaded by', 'Partner']);
      const list = await admin.gql<{ contentDownloads: { items: { itemTitle: string }[] } }>(
        DOWNLOADS,
        {
          f: { from: '2026-10-05T00:00:00.000Z', to: '2026-10-25T00:00:00.000Z' },
          p: { limit: 100 },
        },
      );
      expect(vendor.rows.slice(1).map((r) => r[1])).toEqual(
        list.data?.contentDownloads.items.map((i) => i.itemTitle),
      );
      expect(vendor.rows).toHaveLength(21);

      const own = await download(alphaAdmin, `/api/exports/downloads.csv?${qs}`);
      expect(new Set(own.rows.slice(1).map((r) => r[4]))).toEqual(new Set(['Alpha Exports']));
      expect(own.rows).toHaveLength(11);
      expect((await download(admin, '/api/exports/downloads.csv?from=yesterday')).status).toBe(400);
      expect((await download(t.client(), '/api/exports/downloads.csv')).status).toBe(401);
    });
  });

  describe('goals.csv', () => {
    beforeAll(async () => {
      for (const [partner, target] of [
        [alpha, '40'],
        [bravo, '25'],
      ] as const) {
        for (const metric of [Metric.LEADS_RECEIVED, Metric.DEALS_WON]) {
          const res = await admin.gql(SET_GOAL, {
            i: { partnerId: partner.id, periodCode: 'FY2026-Q4', metric, target },
          });
          expect(res.errors).toBeUndefined();
        }
      }
    });

    it('lists the goals of every partner in scope with the progress the goals screen shows', async () => {
      const res = await download(admin, '/api/exports/goals.csv?period=FY2026-Q4');
      expect(res.status).toBe(200);
      expect(res.rows[0]).toEqual([
        'Partner',
        'Metric',
        'Target',
        'Owner',
        'Objective',
        'Actual',
        'Expected by now',
        'Progress',
        'Status',
        'Note',
      ]);
      expect(res.rows.slice(1).map((r) => r[0])).toEqual([
        'Alpha Exports',
        'Alpha Exports',
        'Bravo Exports',
        'Bravo Exports',
      ]);
      const screen = await admin.gql<{
        partnerGoals: {
          goals: { target: string; actual: string | null; progress: number | null }[];
        };
      }>(GOALS, { p: alpha.id, period: 'FY2026-Q4' });
      const goals = screen.data?.partnerGoals.goals ?? [];
      expect(res.rows.slice(1, 3).map((r) => [r[2], r[5], r[7]])).toEqual(
        goals.map((g) => [g.target, g.actual ?? '', g.progress === null ? '' : String(g.progress)]),
      );
      // Vendor staff narrow partners like the overview screen does.
      const one = await download(
        admin,
        `/api/exports/goals.csv?period=FY2026-Q4&partnerId=${bravo.id}`,
      );
      expect(one.rows.slice(1).map((r) => r[0])).toEqual(['Bravo Exports', 'Bravo Exports']);
    });

    it('gives a partner and a channel manager only the partners they may see', async () => {
      const own = await download(
        bravoAdmin,
        `/api/exports/goals.csv?period=FY2026-Q4&partnerId=${alpha.id}`,
      );
      expect(own.rows.slice(1).map((r) => r[0])).toEqual(['Bravo Exports', 'Bravo Exports']);
      const cm = await download(manager, '/api/exports/goals.csv?period=FY2026-Q4');
      expect(cm.rows.slice(1).map((r) => r[0])).toEqual(['Alpha Exports', 'Alpha Exports']);
      expect((await download(admin, '/api/exports/goals.csv?period=someday')).status).toBe(400);
      expect((await download(admin, '/api/exports/goals.csv')).status).toBe(400);
      expect((await download(t.client(), '/api/exports/goals.csv?period=FY2026-Q4')).status).toBe(
        401,
      );
    });
  });
  describe('concurrency', () => {
    let charlie: Partner;
    beforeAll(async () => {
      charlie = await t.factories.partner({ name: 'Charlie Exports' });
      // About 20 MB of CSV: far more than the sockets buffer, so a client that stops reading
      // keeps its export (and its database connection) busy.
      await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO lead (partner_id, source, stage, stage_changed_at, handoff, contact_name,
              email, company, created_by_label)
           SELECT $1::uuid, 'PARTNER_SALES', 'LEAD', now(), 'ACCEPTED', 'Charlie ' || i,
                  'charlie-' || i || '@buyer.example', repeat('Charlie Company ', 40) || i, 'Seed'
           FROM generate_series(1, 30000) AS i`,
          [charlie.id],
        ),
      );
    });

    it('runs at most half the connection pool as exports at once, and frees the slots', async () => {
      const stalled = () =>
        new Promise<{ req: ClientRequest; res: IncomingMessage }>((resolve, reject) => {
          const req = httpRequest(
            `${t.url}/api/exports/leads.csv?partnerId=${charlie.id}`,
            { headers: { cookie: `tandem_at=${admin.cookie('tandem_at') ?? ''}` } },
            (res) => {
              res.pause();
              resolve({ req, res });
            },
          );
          req.on('error', reject);
          req.end();
        });
      // The test app's pool has 5 connections, so two exports may run.
      const first = await stalled();
      const second = await stalled();
      expect([first.res.statusCode, second.res.statusCode]).toEqual([200, 200]);
      const third = await admin.request('GET', '/api/exports/registrations.csv');
      expect(third.status).toBe(429);
      expect(
        ((await third.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          .extensions.code,
      ).toBe('TOO_MANY_REQUESTS');
      // The rest of the API still has connections.
      expect((await admin.gql(LEADS, { f: {}, p: { limit: 1 } })).errors).toBeUndefined();

      first.req.destroy();
      second.req.destroy();
      let status = 0;
      for (let i = 0; i < 50 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const res = await admin.request('GET', `/api/exports/leads.csv?partnerId=${bravo.id}`);
        status = res.status;
        await res.arrayBuffer();
      }
      expect(status).toBe(200);
    });
  });
});
