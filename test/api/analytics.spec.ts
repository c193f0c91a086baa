/**
 * The metric layer on a hand-built fixture: two partners, two quarters, every metric's exact
 * expected value worked out by hand (comments give the events each number counts), asserted through
 * the API and in the CSV exports.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import {
  DealStatus,
  LeadSource,
  LeadStage,
  Metric,
  METRICS,
  OfferKind,
  OfferStatus,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { lead, offeredLead, registration, stage } from './support/funnel-fixture';

const NOW = new Date('2026-11-23T09:00:00Z'); // FY2026-Q4 is running (fiscal year = calendar year)
const { ACCEPTED, REJECTED, EXPIRED, PENDING } = OfferStatus;
const {
  SUBMITTED,
  APPROVED,
  REJECTED: DR_REJECTED,
  DUPLICATE,
  WON,
  LOST,
  EXPIRED: DR_EXPIRED,
} = DealStatus;

type Values = Record<Metric, string | null>;

/** Partner Alpha, FY2026-Q3 (1 Jul – 1 Oct 2026). */
const ALPHA_Q3: Values = {
  LEADS_RECEIVED: '4', // L1 offered 10 Jul, L2 offered 5 Aug, L3 offered 20 Sep, L4 created 10 Aug
  MQLS: '4', // L1, L2, L3 arrive qualified (offer); L4 MQL 12 Aug
  SQLS: '3', // L1 10 Jul, L4 12 Aug, L3 22 Sep
  OPPORTUNITIES: '1', // L1 1 Aug (L4's is in October)
  LEADS_REJECTED: '1', // L2
  MQL_TO_SQL_RATE: '0.75', // L1, L3, L4 of the 4 MQLs reached SQL
  LEAD_TO_OPPORTUNITY_RATE: '0.6667', // of the 3 SQLs, L1 and L4 became opportunities (so far)
  DEALS_REGISTERED: '4', // D5 15 Jul, D1 2 Aug, D2 20 Aug, D3 1 Sep
  DEALS_APPROVED: '3', // D5, D1, D3
  DEALS_REJECTED: '1', // D2
  DEALS_WON: '0',
  DEALS_LOST: '0',
  DEALS_EXPIRED: '1', // D5 30 Sep
  WIN_RATE: null,
  WIN_LOSS_RATIO: null,
  REVENUE_WON: '0.00',
  REVENUE_WON_MARKETING_SOURCED: '0.00',
  AVERAGE_DEAL_SIZE: null,
  AVERAGE_SALES_CYCLE_DAYS: null,
  SLA_COMPLIANCE: '0.5', // due: L1 (in time), L2 (rejected), L3 (late), L4 rep offer (in time)
  AVERAGE_HOURS_TO_ACCEPT: '17.67', // (4 + 48 + 1) / 3
  REGISTRATION_QUALITY: '0.75', // 3 approved / (3 + 1 rejected)
};

/** Partner Alpha, FY2026-Q4 (1 Oct 2026 – 1 Jan 2027), as of 23 Nov. */
const ALPHA_Q4: Values = {
  LEADS_RECEIVED: '5', // L5 created 2 Oct, L6 10 Oct, L9 20 Oct, L8 1 Nov, L7 20 Nov
  MQLS: '4', // L6, L7, L8, L9 (L5 is a self-sourced lead, never qualified)
  SQLS: '1', // L9
  OPPORTUNITIES: '2', // L4 5 Oct, L9 25 Oct
  LEADS_REJECTED: '0',
  MQL_TO_SQL_RATE: '0.25', // L9 of 4
  LEAD_TO_OPPORTUNITY_RATE: '1', // L9
  DEALS_REGISTERED: '2', // D4 6 Oct, D6 25 Oct
  DEALS_APPROVED: '1', // D4
  DEALS_REJECTED: '1', // D6 duplicate
  DEALS_WON: '2', // D1 12 Oct, D4 10 Nov
  DEALS_LOST: '1', // D3 15 Oct
  DEALS_EXPIRED: '0',
  WIN_RATE: '0.6667',
  WIN_LOSS_RATIO: '2',
  REVENUE_WON: '80000.50', // 50,000.00 + 30,000.50
  REVENUE_WON_MARKETING_SOURCED: '80000.50', // D1 from a vendor-marketing lead, D4 partner-marketing
  AVERAGE_DEAL_SIZE: '40000.25',
  AVERAGE_SALES_CYCLE_DAYS: '53', // (71 + 35) / 2
  SLA_COMPLIANCE: '0.3333', // due: L6 expired, L8 pending past due, L9 in time (L7 not due yet)
  AVERAGE_HOURS_TO_ACCEPT: '2', // L9
  REGISTRATION_QUALITY: '0.5', // D4 approved, D6 duplicate
};

/** Partner Bravo, FY2026-Q3. */
const BRAVO_Q3: Values = {
  LEADS_RECEIVED: '1', // M1
  MQLS: '1',
  SQLS: '1',
  OPPORTUNITIES: '1',
  LEADS_REJECTED: '0',
  MQL_TO_SQL_RATE: '1',
  LEAD_TO_OPPORTUNITY_RATE: '1',
  DEALS_REGISTERED: '1', // D7
  DEALS_APPROVED: '1',
  DEALS_REJECTED: '0',
  DEALS_WON: '1', // D7 15 Sep
  DEALS_LOST: '0',
  DEALS_EXPIRED: '0',
  WIN_RATE: '1',
  WIN_LOSS_RATIO: null, // nothing lost: undefined
  REVENUE_WON: '20000.00',
  REVENUE_WON_MARKETING_SOURCED: '20000.00',
  AVERAGE_DEAL_SIZE: '20000.00',
  AVERAGE_SALES_CYCLE_DAYS: '56', // 21 Jul → 15 Sep
  SLA_COMPLIANCE: '1',
  AVERAGE_HOURS_TO_ACCEPT: '1.5',
  REGISTRATION_QUALITY: '1',
};

/** Partner Bravo, FY2026-Q4. */
const BRAVO_Q4: Values = {
  LEADS_RECEIVED: '1', // M2
  MQLS: '1',
  SQLS: '0',
  OPPORTUNITIES: '0',
  LEADS_REJECTED: '1', // M2
  MQL_TO_SQL_RATE: '0',
  LEAD_TO_OPPORTUNITY_RATE: null,
  DEALS_REGISTERED: '1', // D8
  DEALS_APPROVED: '1',
  DEALS_REJECTED: '0',
  DEALS_WON: '0',
  DEALS_LOST: '1',
  DEALS_EXPIRED: '0',
  WIN_RATE: '0',
  WIN_LOSS_RATIO: '0',
  REVENUE_WON: '0.00',
  REVENUE_WON_MARKETING_SOURCED: '0.00',
  AVERAGE_DEAL_SIZE: null,
  AVERAGE_SALES_CYCLE_DAYS: null,
  SLA_COMPLIANCE: '0', // M2 due and rejected
  AVERAGE_HOURS_TO_ACCEPT: null,
  REGISTRATION_QUALITY: '1',
};

const SCORECARD = `query($p: ID, $period: String!) { partnerScorecard(partnerId: $p, periodCode: $period, trendPeriods: 1) {
  partnerId period { code start end } lines { metric value goal { target status } }
  rejectedByReason { label count } trend { period { code } values { metric value } } } }`;

interface Card {
  partnerId: string;
  period: { code: string };
  lines: {
    metric: Metric;
    value: string | null;
    goal: { target: string; status: string } | null;
  }[];
  rejectedByReason: { label: string; count: number }[];
  trend: { period: { code: string }; values: { metric: Metric; value: string | null }[] }[];
}

async function download(client: ApiClient, path: string) {
  const res = await client.request('GET', path);
  return {
    status: res.status,
    headers: { 'content-type': res.headers.get('content-type') ?? '' },
    text: await res.text(),
  };
}

const asValues = (rows: { metric: Metric; value: string | null }[]) =>
  Object.fromEntries(rows.map((r) => [r.metric, r.value])) as Values;

describe('analytics: the metric layer on a hand-built fixture', () => {
  let t: TestApp;
  let alpha: Partner;
  let bravo: Partner;
  let repA: User;
  let admin: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let adminA: ApiClient;
  let clientRepA: ApiClient;
  let adminB: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    const cm2 = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    alpha = await t.factories.partner({ name: 'Alpha Analytics', channelManagerId: cm.id });
    bravo = await t.factories.partner({ name: 'Bravo Analytics', channelManagerId: cm2.id });
    repA = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: alpha.id });
    const sign = async (role: Role, partnerId: string | null) =>
      t.signedIn((await t.factories.user({ role, partnerId })).email);
    admin = await sign(Role.VENDOR_ADMIN, null);
    manager = await t.signedIn(cm.email);
    otherManager = await t.signedIn(cm2.email);
    adminA = await sign(Role.PARTNER_ADMIN, alpha.id);
    adminB = await sign(Role.PARTNER_ADMIN, bravo.id);
    clientRepA = await t.signedIn(repA.email);
    const r1 = await t.factories.reasonCode(ReasonKind.REJECTION, {
      label: 'Outside our territory',
    });
    const r2 = await t.factories.reasonCode(ReasonKind.REJECTION, { label: 'No capacity' });

    await t.db.asSystem(async (em) => {
      const A = alpha.id;
      const B = bravo.id;
      // ---- Alpha's leads ----
      const L1 = await offeredLead(em, {
        partnerId: A,
        offeredAt: '2026-07-10T10:00:00Z',
        dueAt: '2026-07-11T10:00:00Z',
        status: ACCEPTED,
        decidedAt: '2026-07-10T14:00:00Z', // 4 h, in time
      });
      await stage(em, L1.id, A, LeadStage.OPPORTUNITY, '2026-08-01T12:00:00Z');
      await offeredLead(em, {
        partnerId: A, // L2
        offeredAt: '2026-08-05T09:00:00Z',
        dueAt: '2026-08-06T09:00:00Z',
        status: REJECTED,
        decidedAt: '2026-08-05T12:00:00Z',
        reasonCodeId: r1.id,
      });
      await offeredLead(em, {
        partnerId: A, // L3: accepted a day late (48 h)
        offeredAt: '2026-09-20T09:00:00Z',
        dueAt: '2026-09-21T09:00:00Z',
        status: ACCEPTED,
        decidedAt: '2026-09-22T09:00:00Z',
      });
      // L4: Alpha's own marketing lead, qualified, handed to a rep within the hour.
      const L4 = await lead(em, { source: LeadSource.PARTNER_MARKETING, partnerId: A });
      await stage(em, L4.id, A, LeadStage.LEAD, '2026-08-10T09:00:00Z');
      await stage(em, L4.id, A, LeadStage.MQL, '2026-08-12T09:00:00Z');
      await offeredLead(em, {
        existing: L4,
        kind: OfferKind.PARTNER_TO_REP,
        partnerId: A,
        userId: repA.id,
        offeredAt: '2026-08-12T09:00:00Z',
        dueAt: '2026-08-12T17:00:00Z',
        status: ACCEPTED,
        decidedAt: '2026-08-12T10:00:00Z',
      });
      await stage(em, L4.id, A, LeadStage.OPPORTUNITY, '2026-10-05T12:00:00Z', repA.id);
      // L5: a rep's self-sourced lead, never qualified.
      const L5 = await lead(em, { source: LeadSource.PARTNER_SALES, partnerId: A });
      await stage(em, L5.id, A, LeadStage.LEAD, '2026-10-02T09:00:00Z', repA.id);
      await offeredLead(em, {
        partnerId: A, // L6: expired
        offeredAt: '2026-10-10T09:00:00Z',
        dueAt: '2026-10-11T09:00:00Z',
        status: EXPIRED,
        decidedAt: '2026-10-11T09:00:00Z',
      });
      await offeredLead(em, {
        partnerId: A, // L7: pending, due tomorrow
        offeredAt: '2026-11-20T09:00:00Z',
        dueAt: '2026-11-24T09:00:00Z',
        status: PENDING,
      });
      await offeredLead(em, {
        partnerId: A, // L8: pending, overdue
        offeredAt: '2026-11-01T09:00:00Z',
        dueAt: '2026-11-02T09:00:00Z',
        status: PENDING,
      });
      const L9 = await offeredLead(em, {
        partnerId: A,
        offeredAt: '2026-10-20T09:00:00Z',
        dueAt: '2026-10-21T09:00:00Z',
        status: ACCEPTED,
        decidedAt: '2026-10-20T11:00:00Z', // 2 h
      });
      await stage(em, L9.id, A, LeadStage.OPPORTUNITY, '2026-10-25T12:00:00Z');
      // ---- Alpha's registrations ----
      await registration(em, {
        partnerId: A, // D1, from the vendor-marketing lead L1: 71 days to win
        leadId: L1.id,
        amount: '45000.00',
        finalAmount: '50000.00',
        events: [
          [SUBMITTED, '2026-08-02T12:00:00Z'],
          [APPROVED, '2026-08-03T12:00:00Z'],
          [WON, '2026-10-12T12:00:00Z'],
        ],
      });
      await registration(em, {
        partnerId: A, // D2
        amount: '1000.00',
        events: [
          [SUBMITTED, '2026-08-20T12:00:00Z'],
          [DR_REJECTED, '2026-08-21T12:00:00Z'],
        ],
      });
      await registration(em, {
        partnerId: A, // D3
        amount: '7000.00',
        events: [
          [SUBMITTED, '2026-09-01T12:00:00Z'],
          [APPROVED, '2026-09-02T12:00:00Z'],
          [LOST, '2026-10-15T12:00:00Z'],
        ],
      });
      await registration(em, {
        partnerId: A, // D4, from Alpha's marketing lead L4: 35 days to win
        leadId: L4.id,
        userId: repA.id,
        amount: '30000.00',
        finalAmount: '30000.50',
        events: [
          [SUBMITTED, '2026-10-06T12:00:00Z'],
          [APPROVED, '2026-10-07T12:00:00Z'],
          [WON, '2026-11-10T12:00:00Z'],
        ],
      });
      await registration(em, {
        partnerId: A, // D5
        amount: '5000.00',
        events: [
          [SUBMITTED, '2026-07-15T12:00:00Z'],
          [APPROVED, '2026-07-16T12:00:00Z'],
          [DR_EXPIRED, '2026-09-30T12:00:00Z'],
        ],
      });
      await registration(em, {
        partnerId: A, // D6
        amount: '2000.00',
        events: [
          [SUBMITTED, '2026-10-25T12:00:00Z'],
          [DUPLICATE, '2026-10-26T12:00:00Z'],
        ],
      });
      // ---- Bravo ----
      const M1 = await offeredLead(em, {
        partnerId: B,
        offeredAt: '2026-07-05T09:00:00Z',
        dueAt: '2026-07-06T09:00:00Z',
        status: ACCEPTED,
        decidedAt: '2026-07-05T10:30:00Z', // 1.5 h
      });
      await stage(em, M1.id, B, LeadStage.OPPORTUNITY, '2026-07-20T12:00:00Z');
      await registration(em, {
        partnerId: B, // D7: 56 days to win
        leadId: M1.id,
        amount: '20000.00',
        finalAmount: '20000.00',
        events: [
          [SUBMITTED, '2026-07-21T12:00:00Z'],
          [APPROVED, '2026-07-22T12:00:00Z'],
          [WON, '2026-09-15T12:00:00Z'],
        ],
      });
      await offeredLead(em, {
        partnerId: B, // M2
        offeredAt: '2026-11-03T09:00:00Z',
        dueAt: '2026-11-04T09:00:00Z',
        status: REJECTED,
        decidedAt: '2026-11-03T10:00:00Z',
        reasonCodeId: r2.id,
      });
      await registration(em, {
        partnerId: B, // D8
        amount: '9000.00',
        events: [
          [SUBMITTED, '2026-11-05T12:00:00Z'],
          [APPROVED, '2026-11-06T12:00:00Z'],
          [LOST, '2026-11-15T12:00:00Z'],
        ],
      });
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  const card = async (client: ApiClient, partnerId: string | null, period: string) => {
    const res = await client.gql<{ partnerScorecard: Card }>(SCORECARD, { p: partnerId, period });
    expect(res.errors).toBeUndefined();
    return res.data!.partnerScorecard;
  };

  it.each([
    ['Alpha', 'FY2026-Q3', () => alpha, ALPHA_Q3],
    ['Alpha', 'FY2026-Q4', () => alpha, ALPHA_Q4],
    ['Bravo', 'FY2026-Q3', () => bravo, BRAVO_Q3],
    ['Bravo', 'FY2026-Q4', () => bravo, BRAVO_Q4],
  ])('%s %s: every metric as worked out by hand', async (_name, period, partner, expected) => {
    const c = await card(admin, partner().id, period);
    expect(asValues(c.lines)).toEqual(expected);
  });

  it('the trend of the fourth quarter carries the third quarter’s exact figures', async () => {
    const c = await card(admin, alpha.id, 'FY2026-Q4');
    expect(c.trend.map((p) => p.period.code)).toEqual(['FY2026-Q3']);
    expect(asValues(c.trend[0].values)).toEqual(ALPHA_Q3);
  });

  it('partners, their channel manager and the vendor all see the same numbers', async () => {
    const mine = await card(adminA, null, 'FY2026-Q4');
    expect(mine.partnerId).toBe(alpha.id);
    expect(asValues(mine.lines)).toEqual(ALPHA_Q4);
    expect(asValues((await card(manager, alpha.id, 'FY2026-Q4')).lines)).toEqual(ALPHA_Q4);
    expect(asValues((await card(adminB, null, 'FY2026-Q3')).lines)).toEqual(BRAVO_Q3);
  });

  it('rejections by reason', async () => {
    expect((await card(admin, alpha.id, 'FY2026-Q3')).rejectedByReason).toEqual([
      { label: 'Outside our territory', count: 1 },
    ]);
    expect((await card(adminB, null, 'FY2026-Q4')).rejectedByReason).toEqual([
      { label: 'No capacity', count: 1 },
    ]);
  });

  it('a partner asking for another partner’s scorecard gets NOT_FOUND, as does a foreign channel manager', async () => {
    const res = await adminA.gql(SCORECARD, { p: bravo.id, period: 'FY2026-Q4' });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const cm = await otherManager.gql(SCORECARD, { p: alpha.id, period: 'FY2026-Q4' });
    expect(cm.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('a bad period gets a message a person can act on', async () => {
    const res = await admin.gql(SCORECARD, { p: alpha.id, period: 'Q4 2026' });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('FY2026-Q1');
  });

  it('the scorecard CSV has exactly the numbers the API gives', async () => {
    for (const [partner, period, expected] of [
      [alpha, 'FY2026-Q3', ALPHA_Q3],
      [alpha, 'FY2026-Q4', ALPHA_Q4],
      [bravo, 'FY2026-Q3', BRAVO_Q3],
      [bravo, 'FY2026-Q4', BRAVO_Q4],
    ] as const) {
      const res = await download(
        admin,
        `/api/analytics/scorecard.csv?period=${period}&partnerId=${partner.id}`,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const rows: string[][] = parse(res.text);
      expect(rows[0]).toEqual(['Metric', 'Value', 'Goal', 'Owner', 'Progress', 'Status']);
      const byLabel = new Map(rows.slice(1).map((r) => [r[0], r[1]]));
      for (const metric of Object.keys(expected) as Metric[])
        expect([metric, byLabel.get(METRICS[metric].label)]).toEqual([
          metric,
          expected[metric] ?? '',
        ]);
    }
  });

  it('the scorecard CSV can carry the trend columns the screen shows', async () => {
    const res = await download(
      admin,
      `/api/analytics/scorecard.csv?period=FY2026-Q4&partnerId=${alpha.id}&trend=1`,
    );
    const rows: string[][] = parse(res.text);
    expect(rows[0].slice(6)).toEqual(['FY2026-Q3']);
    for (const metric of Object.keys(ALPHA_Q3) as Metric[]) {
      const row = rows.find((r) => r[0] === METRICS[metric].label);
      expect([metric, row?.[1], row?.[6]]).toEqual([
        metric,
        ALPHA_Q4[metric] ?? '',
        ALPHA_Q3[metric] ?? '',
      ]);
    }
    const bad = await download(admin, `/api/analytics/scorecard.csv?period=FY2026-Q4&trend=99`);
    expect(bad.status).toBe(400);
    // A region no screen offers is refused with a message naming the regions, not an empty file.
    const region = await download(
      admin,
      `/api/analytics/leaderboard.csv?period=FY2026-Q4&region=emea`,
    );
    expect(region.status).toBe(400);
    expect(JSON.parse(region.text).errors[0].message).toBe(
      'Unknown region "emea": use NA, LATAM, EMEA, APAC.',
    );
  });

  it('the leaderboard ranks by a metric and its CSV matches it row for row', async () => {
    const res = await admin.gql<{
      partnerLeaderboard: {
        total: number;
        items: {
          rank: number;
          partner: { name: string };
          values: { metric: Metric; value: string | null }[];
        }[];
      };
    }>(
      `query { partnerLeaderboard(periodCode: "FY2026-Q4", sort: REVENUE_WON, filter: { search: "Analytics" }) {
         total items { rank partner { name } values { metric value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const board = res.data!.partnerLeaderboard;
    expect(board.total).toBe(2);
    expect(board.items.map((i) => [i.rank, i.partner.name])).toEqual([
      [1, 'Alpha Analytics'],
      [2, 'Bravo Analytics'],
    ]);
    expect(asValues(board.items[0].values)).toEqual(ALPHA_Q4);
    expect(asValues(board.items[1].values)).toEqual(BRAVO_Q4);
    const csv = await download(
      admin,
      '/api/analytics/leaderboard.csv?period=FY2026-Q4&sort=REVENUE_WON&search=Analytics',
    );
    const rows: string[][] = parse(csv.text);
    const header = rows[0];
    expect(header.slice(0, 2)).toEqual(['Rank', 'Partner']);
    for (const [i, expected] of [ALPHA_Q4, BRAVO_Q4].entries()) {
      const row = rows[i + 1];
      expect(row[1]).toBe(board.items[i].partner.name);
      for (const metric of Object.keys(expected) as Metric[])
        expect([metric, row[header.indexOf(METRICS[metric].label)]]).toEqual([
          metric,
          expected[metric] ?? '',
        ]);
    }
    // Ascending by SLA compliance puts Bravo (0) first.
    const asc = await admin.gql<{ partnerLeaderboard: { items: { partner: { name: string } }[] } }>(
      `query { partnerLeaderboard(periodCode: "FY2026-Q4", sort: SLA_COMPLIANCE, descending: false,
         filter: { search: "Analytics" }) { items { partner { name } } } }`,
    );
    expect(asc.data?.partnerLeaderboard.items.map((i) => i.partner.name)).toEqual([
      'Bravo Analytics',
      'Alpha Analytics',
    ]);
  });

  it('the leaderboard is for vendor users only; a channel manager sees only their partners', async () => {
    const q = `query { partnerLeaderboard(periodCode: "FY2026-Q4", filter: { search: "Analytics" }) { total items { partner { name } } } }`;
    expect((await adminA.gql(q)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const res = await manager.gql<{
      partnerLeaderboard: { items: { partner: { name: string } }[] };
    }>(q);
    expect(res.data?.partnerLeaderboard.items.map((i) => i.partner.name)).toEqual([
      'Alpha Analytics',
    ]);
  });

  it('the channel funnel adds the selection up from the same events', async () => {
    const res = await admin.gql<{
      channelFunnel: {
        partners: number;
        stages: { metric: Metric; count: number }[];
        values: { metric: Metric; value: string | null }[];
      };
    }>(
      `query($ids: [ID!]) { channelFunnel(periodCode: "FY2026-Q4", filter: { partnerIds: $ids }) {
         partners stages { metric count } values { metric value } } }`,
      { ids: [alpha.id, bravo.id] },
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.channelFunnel;
    expect(f.partners).toBe(2);
    expect(f.stages.map((s) => [s.metric, s.count])).toEqual([
      [Metric.LEADS_RECEIVED, 6],
      [Metric.MQLS, 5],
      [Metric.SQLS, 1],
      [Metric.OPPORTUNITIES, 2],
      [Metric.DEALS_WON, 2],
    ]);
    const v = asValues(f.values);
    expect(v.MQL_TO_SQL_RATE).toBe('0.2'); // 1 of 5, not an average of the partners' rates
    expect(v.WIN_RATE).toBe('0.5'); // 2 won, 2 lost
    expect(v.REVENUE_WON).toBe('80000.50');
    expect(v.SLA_COMPLIANCE).toBe('0.25'); // 1 in time of 4 due
    const csv = await download(
      admin,
      `/api/analytics/funnel.csv?period=FY2026-Q4&partnerId=${alpha.id},${bravo.id}`,
    );
    const rows: string[][] = parse(csv.text);
    expect(rows.find((r) => r[0] === METRICS.REVENUE_WON.label)?.[1]).toBe('80000.50');
    expect(rows.find((r) => r[0] === METRICS.MQL_TO_SQL_RATE.label)?.[1]).toBe('0.2');
  });

  it('the closed loop follows the quarter’s leads to the revenue they brought, by source', async () => {
    const res = await admin.gql<{ closedLoop: Record<string, unknown>[] }>(
      `query($ids: [ID!]) { closedLoop(periodCode: "FY2026-Q3", groupBy: SOURCE, filter: { partnerIds: $ids }) {
         key label leads sqls opportunities dealsWon revenueWon } }`,
      { ids: [alpha.id, bravo.id] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.closedLoop).toEqual([
      {
        key: LeadSource.VENDOR_MARKETING, // L1, L2, L3 and M1; L1 → D1 (50,000), M1 → D7 (20,000)
        label: 'Vendor marketing',
        leads: 4,
        sqls: 3,
        opportunities: 2,
        dealsWon: 2,
        revenueWon: '70000.00',
      },
      {
        key: LeadSource.PARTNER_MARKETING, // L4 → D4
        label: 'Partner marketing',
        leads: 1,
        sqls: 1,
        opportunities: 1,
        dealsWon: 1,
        revenueWon: '30000.50',
      },
    ]);
    const csv = await download(
      admin,
      `/api/analytics/closed-loop.csv?period=FY2026-Q3&groupBy=SOURCE&partnerId=${alpha.id},${bravo.id}`,
    );
    expect(parse(csv.text)).toEqual([
      ['Group', 'Leads', 'SQLs', 'Opportunities', 'Deals won', 'Revenue won'],
      ['Vendor marketing', '4', '3', '2', '2', '70000.00'],
      ['Partner marketing', '1', '1', '1', '1', '30000.50'],
    ]);
  });

  it('the SLA detail report agrees with the metric layer', async () => {
    for (const [period, from, to, expected] of [
      ['FY2026-Q3', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z', ALPHA_Q3],
      ['FY2026-Q4', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z', ALPHA_Q4],
    ] as const) {
      const res = await admin.gql<{
        leadSlaCompliance: {
          userId: string | null;
          acceptCompliance: number | null;
          averageHoursToAccept: number | null;
        }[];
      }>(
        `query($p: ID, $f: DateTime!, $t: DateTime!) { leadSlaCompliance(partnerId: $p, from: $f, to: $t) { userId acceptCompliance averageHoursToAccept } }`,
        { p: alpha.id, f: from, t: to },
      );
      const total = res.data!.leadSlaCompliance.find((r) => r.userId === null)!;
      expect([period, String(total.acceptCompliance), String(total.averageHoursToAccept)]).toEqual([
        period,
        expected.SLA_COMPLIANCE,
        expected.AVERAGE_HOURS_TO_ACCEPT,
      ]);
    }
  });

  it('reports resolved side by side in one request keep their numbers and the caller’s scope', async () => {
    const set = await admin.gql(
      `mutation($p: ID!) { setGoal(input: { partnerId: $p, periodCode: "FY2026-Q4", metric: LEADS_RECEIVED, target: "10" }) { id } }`,
      { p: alpha.id },
    );
    expect(set.errors).toBeUndefined();
    const res = await adminA.gql<{
      partnerScorecard: Card;
      teamScorecard: { userId: string }[];
      partnerGoals: { goals: { metric: Metric; actual: string | null }[] };
      other: { totalCount: number };
    }>(
      `query { partnerScorecard(periodCode: "FY2026-Q4") { lines { metric value goal { actual } } }
               teamScorecard(periodCode: "FY2026-Q4") { userId }
               partnerGoals(periodCode: "FY2026-Q4") { goals { metric actual } }
               other: leads(filter: { partnerId: "${bravo.id}" }) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const line = res.data!.partnerScorecard.lines.find((l) => l.metric === Metric.LEADS_RECEIVED);
    expect(line).toMatchObject({ value: '5', goal: { actual: '5' } });
    expect(res.data!.partnerGoals.goals).toContainEqual({
      metric: Metric.LEADS_RECEIVED,
      actual: '5',
    });
    // The partner's own reads in the same request stay inside its scope.
    expect(res.data!.other.totalCount).toBe(0);
  });

  it('a sales rep sees only their own figures in the team scorecard', async () => {
    const q = `query($p: ID) { teamScorecard(periodCode: "FY2026-Q4", partnerId: $p) { userId name values { metric value } } }`;
    const mine = await clientRepA.gql<{
      teamScorecard: { userId: string; values: { metric: Metric; value: string | null }[] }[];
    }>(q, {});
    expect(mine.data?.teamScorecard.map((r) => r.userId)).toEqual([repA.id]);
    const v = asValues(mine.data!.teamScorecard[0].values);
    expect([v.OPPORTUNITIES, v.DEALS_WON, v.REVENUE_WON]).toEqual(['1', '1', '30000.50']);
    const all = await adminA.gql<{ teamScorecard: { userId: string }[] }>(q, {});
    expect(all.data?.teamScorecard.map((r) => r.userId)).toContain(repA.id);
  });
});
