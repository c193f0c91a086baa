/**
 * Goals, objectives, tier templates and plan from revenue. The plan fixture's right answers are
 * worked out by hand in the comments (prior weight 10, program medians over partners with history).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DealStatus,
  LeadStage,
  Metric,
  OfferStatus,
  PartnerStatus,
  Role,
} from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { offeredLead, registration, stage } from './support/funnel-fixture';

const NOW = new Date('2026-11-23T09:00:00Z');

const PLAN = `query($i: RevenuePlanInput!) { revenuePlan(input: $i) {
  steps { metric needed startBy } assumptions { key partnerValue partnerSample programMedian weight used }
  lagDays { key days fromProgram } maxLeadsInAPeriod exceedsHistory warnings } }`;
const GOALS = `query($p: ID, $period: String!) { partnerGoals(partnerId: $p, periodCode: $period) {
  goals { id metric target side adjusted templateId actual progress status expected objectiveId version }
  objectives { id title progress keyResults { metric } } } }`;
const SET = `mutation($i: SetGoalInput!) { setGoal(input: $i) { id metric target adjusted version status progress } }`;

interface PlanResult {
  steps: { metric: Metric; needed: number; startBy: string }[];
  assumptions: {
    key: string;
    partnerValue: number | null;
    partnerSample: number;
    programMedian: number | null;
    weight: number;
    used: number;
  }[];
  lagDays: { key: string; days: number; fromProgram: boolean }[];
  maxLeadsInAPeriod: number;
  exceedsHistory: boolean;
  warnings: string[];
}

interface GoalRow {
  id: string;
  metric: Metric;
  target: string;
  side: string;
  adjusted: boolean;
  templateId: string | null;
  actual: string | null;
  progress: number | null;
  status: string;
  expected: string | null;
  objectiveId: string | null;
  version: number;
}

/**
 * A partner's history, all in August 2026 (FY2026-Q3): `offered` vendor leads, of which `sql` are
 * accepted a day later and `opp` of those become opportunities two days after that; `won` and
 * `lost` registrations decided 30 days after submission, each won one worth `size`.
 */
async function history(
  t: TestApp,
  partnerId: string,
  h: { offered: number; sql: number; opp: number; won: number; lost: number; size: string },
) {
  await t.db.asSystem(async (em) => {
    for (let i = 0; i < h.offered; i++) {
      const day = String(1 + (i % 20)).padStart(2, '0');
      const accepted = i < h.sql;
      const l = await offeredLead(em, {
        partnerId,
        offeredAt: `2026-08-${day}T09:00:00Z`,
        dueAt: `2026-08-${day}T17:00:00Z`,
        status: accepted ? OfferStatus.ACCEPTED : OfferStatus.REJECTED,
        decidedAt: accepted
          ? `2026-08-${String(2 + (i % 20)).padStart(2, '0')}T09:00:00Z`
          : `2026-08-${day}T10:00:00Z`,
      });
      if (i < h.opp)
        await stage(
          em,
          l.id,
          partnerId,
          LeadStage.OPPORTUNITY,
          `2026-08-${String(4 + (i % 20)).padStart(2, '0')}T09:00:00Z`,
        );
    }
    for (let i = 0; i < h.won + h.lost; i++) {
      const won = i < h.won;
      await registration(em, {
        partnerId,
        amount: h.size,
        finalAmount: won ? h.size : undefined,
        events: [
          [DealStatus.SUBMITTED, '2026-08-01T12:00:00Z'],
          [DealStatus.APPROVED, '2026-08-02T12:00:00Z'],
          [won ? DealStatus.WON : DealStatus.LOST, '2026-08-31T12:00:00Z'],
        ],
      });
    }
  });
}

describe('goals, templates and plan from revenue', () => {
  let t: TestApp;
  let gold: Tier;
  let p1: Partner;
  let p2: Partner;
  let p3: Partner;
  let fresh: Partner;
  let foreign: Partner;
  let admin: ApiClient;
  let manager: ApiClient;
  let partnerAdmin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    gold = await t.factories.tier({ name: 'Gold (goals test)', rank: 7 });
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    const other = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    p1 = await t.factories.partner({ name: 'Plan One', channelManagerId: cm.id, tierId: gold.id });
    p2 = await t.factories.partner({ name: 'Plan Two', channelManagerId: cm.id, tierId: gold.id });
    p3 = await t.factories.partner({ name: 'Plan Three', channelManagerId: other.id });
    fresh = await t.factories.partner({ name: 'Plan New', channelManagerId: cm.id });
    foreign = await t.factories.partner({
      name: 'Plan Foreign',
      channelManagerId: other.id,
      tierId: gold.id,
    });
    await t.factories.partner({
      name: 'Plan Suspended',
      channelManagerId: cm.id,
      tierId: gold.id,
      status: PartnerStatus.SUSPENDED,
    });
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    manager = await t.signedIn(cm.email);
    partnerAdmin = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: p1.id })).email,
    );
    // Rates per partner (x / n):         MQL→SQL    SQL→opp   win rate   deal size
    await history(t, p1.id, { offered: 20, sql: 10, opp: 5, won: 4, lost: 4, size: '10000.00' }); // 0.5 0.5 0.5 10,000
    await history(t, p2.id, { offered: 10, sql: 8, opp: 2, won: 1, lost: 3, size: '30000.00' }); //  0.8 0.25 0.25 30,000
    await history(t, p3.id, { offered: 10, sql: 4, opp: 2, won: 2, lost: 2, size: '20000.00' }); //  0.4 0.5 0.5 20,000
    // Program medians: MQL→SQL 0.5, SQL→opp 0.5, win rate 0.5, deal size 20,000, MQLs per lead 1.
  });

  afterAll(async () => {
    await t?.close();
  });

  const plan = async (client: ApiClient, partnerId: string, revenueTarget = '100000') => {
    const res = await client.gql<{ revenuePlan: PlanResult }>(PLAN, {
      i: { partnerId, periodCode: 'FY2027-Q1', revenueTarget },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.revenuePlan;
  };

  it('plans from the partner’s own rates blended with the program median', async () => {
    const p = await plan(manager, p1.id);
    // Deal size (40,000 + 10 × 20,000) / (4 + 10) = 17,142.86 → 100,000 needs 6 deals won;
    // win rate (4 + 10 × 0.5) / (8 + 10) = 0.5 → 12 opportunities; SQL→opp (5 + 5) / 20 = 0.5 →
    // 24 SQLs; MQL→SQL (10 + 5) / 30 = 0.5 → 48 MQLs; MQLs per lead (20 + 10) / 30 = 1 → 48 leads.
    expect(p.steps.map((s) => [s.metric, s.needed])).toEqual([
      [Metric.LEADS_RECEIVED, 48],
      [Metric.MQLS, 48],
      [Metric.SQLS, 24],
      [Metric.OPPORTUNITIES, 12],
      [Metric.DEALS_WON, 6],
    ]);
    const size = p.assumptions.find((a) => a.key === 'averageDealSize');
    expect(size).toEqual({
      key: 'averageDealSize',
      partnerValue: 10000,
      partnerSample: 4,
      programMedian: 20000,
      weight: 0.2857, // 4 / 14
      used: 17142.8571,
    });
    expect(p.assumptions.find((a) => a.key === 'mqlToSql')).toMatchObject({
      partnerValue: 0.5,
      partnerSample: 20,
      programMedian: 0.5,
      weight: 0.6667,
      used: 0.5,
    });
    // Lags: accepted a day after the offer, opportunity two days later, won 30 days after registering.
    expect(p.lagDays).toEqual([
      { key: 'leadToMql', days: 0, fromProgram: false },
      { key: 'mqlToSql', days: 1, fromProgram: false },
      { key: 'sqlToOpportunity', days: 2, fromProgram: false },
      { key: 'salesCycle', days: 30, fromProgram: false },
    ]);
    // Won by the end of FY2027-Q1 (31 March 2027): registered 30 days before (1 March), SQLs two
    // days before that (27 February), MQLs and leads a day before (26 February).
    expect(p.steps.map((s) => s.startBy.slice(0, 10))).toEqual([
      '2027-02-26',
      '2027-02-26',
      '2027-02-27',
      '2027-03-01',
      '2027-03-31',
    ]);
    // The most it ever received in a quarter is 20 (all in Q3): 48 is flagged.
    expect(p.maxLeadsInAPeriod).toBe(20);
    expect(p.exceedsHistory).toBe(true);
    expect(p.warnings[0]).toContain('48 leads');
  });

  it('a partner with no history starts from the program median', async () => {
    const p = await plan(admin, fresh.id);
    // 100,000 / 20,000 = 5 won; / 0.5 = 10 opportunities; / 0.5 = 20 SQLs; / 0.5 = 40 MQLs = 40 leads.
    expect(p.steps.map((s) => s.needed)).toEqual([40, 40, 20, 10, 5]);
    expect(p.assumptions.every((a) => a.weight === 0 && a.partnerValue === null)).toBe(true);
    expect(p.lagDays.every((l) => l.fromProgram)).toBe(true);
    expect(p.lagDays.map((l) => l.days)).toEqual([0, 1, 2, 30]);
    expect(p.maxLeadsInAPeriod).toBe(0);
    expect(p.warnings.join(' ')).toContain('program median');
  });

  it('a revenue plan becomes goals in one step', async () => {
    const res = await manager.gql<{ applyRevenuePlan: { metric: Metric; target: string }[] }>(
      `mutation($i: RevenuePlanInput!) { applyRevenuePlan(input: $i) { metric target } }`,
      { i: { partnerId: p1.id, periodCode: 'FY2027-Q1', revenueTarget: '100000' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyRevenuePlan.map((g) => [g.metric, g.target])).toEqual([
      [Metric.LEADS_RECEIVED, '48'],
      [Metric.MQLS, '48'],
      [Metric.SQLS, '24'],
      [Metric.OPPORTUNITIES, '12'],
      [Metric.DEALS_WON, '6'],
      [Metric.REVENUE_WON, '100000'],
    ]);
    const seen = await partnerAdmin.gql<{ partnerGoals: { goals: GoalRow[] } }>(GOALS, {
      period: 'FY2027-Q1',
    });
    expect(seen.data?.partnerGoals.goals.map((g) => [g.metric, g.status])).toContainEqual([
      Metric.REVENUE_WON,
      'UPCOMING',
    ]);
  });

  it('plans need a target above zero and a partner in the caller’s scope', async () => {
    const bad = await manager.gql(PLAN, {
      i: { partnerId: p1.id, periodCode: 'FY2027-Q1', revenueTarget: '-5' },
    });
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('revenueTarget');
    const foreignPlan = await manager.gql(PLAN, {
      i: { partnerId: p3.id, periodCode: 'FY2027-Q1', revenueTarget: '1000' },
    });
    expect(foreignPlan.code).toBe('NOT_FOUND');
    const partnerTry = await partnerAdmin.gql(PLAN, {
      i: { partnerId: p1.id, periodCode: 'FY2027-Q1', revenueTarget: '1000' },
    });
    expect(partnerTry.code).toBe('FORBIDDEN');
  });

  it('a goal shows progress and pace from the metric layer', async () => {
    // Q3 is over: p1 received 20 leads against 25 → missed; won 4 deals against 4 → achieved.
    for (const [metric, target] of [
      [Metric.LEADS_RECEIVED, '25'],
      [Metric.DEALS_WON, '4'],
      [Metric.WIN_RATE, '0.6'],
    ] as const) {
      const res = await manager.gql(SET, {
        i: { partnerId: p1.id, periodCode: 'FY2026-Q3', metric, target },
      });
      expect(res.errors).toBeUndefined();
    }
    const res = await partnerAdmin.gql<{ partnerGoals: { goals: GoalRow[] } }>(GOALS, {
      period: 'FY2026-Q3',
    });
    const by = new Map(res.data!.partnerGoals.goals.map((g) => [g.metric, g]));
    expect(by.get(Metric.LEADS_RECEIVED)).toMatchObject({
      actual: '20',
      progress: 0.8,
      status: 'MISSED',
      side: 'MARKETING',
    });
    expect(by.get(Metric.DEALS_WON)).toMatchObject({
      actual: '4',
      progress: 1,
      status: 'ACHIEVED',
    });
    expect(by.get(Metric.WIN_RATE)).toMatchObject({ actual: '0.5', status: 'MISSED' });
    // In the running quarter (23 Nov 09:00 = 53.375 of 92 days) a target of 10 leads expects 5.80.
    const running = await manager.gql<{ setGoal: GoalRow }>(SET, {
      i: { partnerId: p1.id, periodCode: 'FY2026-Q4', metric: Metric.LEADS_RECEIVED, target: '10' },
    });
    expect(running.data?.setGoal).toMatchObject({ status: 'AT_RISK', progress: 0 });
    const q4 = await manager.gql<{ partnerGoals: { goals: GoalRow[] } }>(GOALS, {
      p: p1.id,
      period: 'FY2026-Q4',
    });
    expect(q4.data?.partnerGoals.goals[0].expected).toBe('5.80');
  });

  it('the goal overview shows each partner in scope by status, the ones at risk first', async () => {
    const q = `query { goalOverview(periodCode: "FY2026-Q3") { total items { partner { name } goals achieved missed atRisk averageProgress } } }`;
    const res = await manager.gql<{
      goalOverview: { total: number; items: Record<string, unknown>[] };
    }>(q);
    expect(res.errors).toBeUndefined();
    // The manager's partners: p1 (three Q3 goals: 20/25 leads missed, 4/4 won achieved, win rate
    // 0.5/0.6 missed → progress 0.8, 1 and 0.8333), p2, the new one and the suspended one.
    expect(res.data?.goalOverview.total).toBe(4);
    expect(res.data?.goalOverview.items[0]).toEqual({
      partner: { name: 'Plan One' },
      goals: 3,
      achieved: 1,
      missed: 2,
      atRisk: 0,
      averageProgress: 0.8778,
    });
    const forbidden = await partnerAdmin.gql(q);
    expect(forbidden.code).toBe('FORBIDDEN');
    const csv = await manager.request('GET', '/api/analytics/goal-overview.csv?period=FY2026-Q3');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'Partner,Goals,At risk,Missed,On track,Achieved,Not started,Average progress',
    );
    expect(lines[1]).toBe('Plan One,3,0,2,0,1,0,0.8778');
    expect(lines).toHaveLength(5);
    const partnerCsv = await partnerAdmin.request(
      'GET',
      '/api/analytics/goal-overview.csv?period=FY2026-Q3',
    );
    expect(partnerCsv.status).toBe(403);
  });

  it('targets are checked against their metric, and stale edits are refused', async () => {
    const cases: [Metric, string, string][] = [
      [Metric.WIN_RATE, '35', 'between 0 and 1'],
      [Metric.SQLS, '2.5', 'whole numbers'],
      [Metric.REVENUE_WON, '10.555', 'two decimals'],
      [Metric.AVERAGE_HOURS_TO_ACCEPT, '0', 'above zero'],
    ];
    for (const [metric, target, message] of cases) {
      const res = await manager.gql(SET, {
        i: { partnerId: p2.id, periodCode: 'FY2026-Q4', metric, target },
      });
      expect([metric, res.errors?.[0]?.message]).toEqual([
        metric,
        expect.stringContaining(message),
      ]);
    }
    const first = await manager.gql<{ setGoal: GoalRow }>(SET, {
      i: { partnerId: p2.id, periodCode: 'FY2026-Q4', metric: Metric.SQLS, target: '10' },
    });
    const version = first.data!.setGoal.version;
    await manager.gql(SET, {
      i: {
        partnerId: p2.id,
        periodCode: 'FY2026-Q4',
        metric: Metric.SQLS,
        target: '11',
        expectedVersion: version,
      },
    });
    const stale = await manager.gql(SET, {
      i: {
        partnerId: p2.id,
        periodCode: 'FY2026-Q4',
        metric: Metric.SQLS,
        target: '12',
        expectedVersion: version,
      },
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('concurrent first goals for the same metric make one goal, never two', async () => {
    const results = await Promise.all(
      ['5', '6', '7', '8'].map((target) =>
        manager.gql(SET, {
          i: { partnerId: p2.id, periodCode: '2026-11', metric: Metric.DEALS_WON, target },
        }),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await t.db.asSystem((em) =>
      em.query(
        `SELECT count(*)::int AS n FROM goal WHERE partner_id = $1 AND period_code = '2026-11'`,
        [p2.id],
      ),
    );
    expect(rows[0].n).toBe(1);
  });

  it('a tier template sets goals for every partner of the tier in scope, keeping hand-adjusted ones', async () => {
    const saved = await admin.gql<{ saveGoalTemplate: { id: string } }>(
      `mutation($i: GoalTemplateInput!) { saveGoalTemplate(input: $i) { id } }`,
      {
        i: {
          name: 'Gold quarter',
          tierId: gold.id,
          periodKind: 'QUARTER',
          items: [
            { metric: Metric.LEADS_RECEIVED, target: '30' },
            { metric: Metric.REVENUE_WON, target: '150000', side: 'JOINT' },
          ],
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const templateId = saved.data!.saveGoalTemplate.id;
    const apply = `mutation($i: ApplyGoalTemplateInput!) { applyGoalTemplate(input: $i) { partners created updated skipped } }`;
    // The channel manager's Gold partners: p1 and p2 (not the foreign one, not the suspended one).
    const first = await manager.gql<{ applyGoalTemplate: Record<string, number> }>(apply, {
      i: { templateId, periodCode: 'FY2027-Q2' },
    });
    expect(first.data?.applyGoalTemplate).toEqual({
      partners: 2,
      created: 4,
      updated: 0,
      skipped: 0,
    });
    // Adjust p1's revenue goal by hand; applying again keeps it.
    const adjusted = await manager.gql<{ setGoal: GoalRow }>(SET, {
      i: {
        partnerId: p1.id,
        periodCode: 'FY2027-Q2',
        metric: Metric.REVENUE_WON,
        target: '180000',
      },
    });
    expect(adjusted.data?.setGoal.adjusted).toBe(true);
    const again = await manager.gql<{ applyGoalTemplate: Record<string, number> }>(apply, {
      i: { templateId, periodCode: 'FY2027-Q2' },
    });
    expect(again.data?.applyGoalTemplate).toEqual({
      partners: 2,
      created: 0,
      updated: 3,
      skipped: 1,
    });
    const goals = await manager.gql<{ partnerGoals: { goals: GoalRow[] } }>(GOALS, {
      p: p1.id,
      period: 'FY2027-Q2',
    });
    expect(
      goals.data?.partnerGoals.goals.find((g) => g.metric === Metric.REVENUE_WON)?.target,
    ).toBe('180000');
    // The vendor admin applies it to every Gold partner, foreign one included.
    const all = await admin.gql<{ applyGoalTemplate: Record<string, number> }>(apply, {
      i: { templateId, periodCode: 'FY2027-Q2', overwriteAdjusted: true },
    });
    expect(all.data?.applyGoalTemplate).toEqual({
      partners: 3,
      created: 2,
      updated: 4,
      skipped: 0,
    });
    const foreignGoals = await admin.gql<{ partnerGoals: { goals: GoalRow[] } }>(GOALS, {
      p: foreign.id,
      period: 'FY2027-Q2',
    });
    expect(foreignGoals.data?.partnerGoals.goals).toHaveLength(2);
    // A quarterly template cannot be applied to a month.
    const wrong = await manager.gql(apply, { i: { templateId, periodCode: '2027-01' } });
    expect(wrong.errors?.[0]?.message).toContain('quarter');
  });

  it('an objective averages its key results, capped at 100% each, with at most four', async () => {
    const save = `mutation($i: ObjectiveInput!) { saveObjective(input: $i) { id title progress keyResults { metric progress } } }`;
    const res = await manager.gql<{
      saveObjective: {
        id: string;
        progress: number;
        keyResults: { metric: Metric; progress: number }[];
      };
    }>(save, {
      i: {
        partnerId: p1.id,
        periodCode: 'FY2026-Q3',
        title: 'Marketing pipeline = sales quota',
        side: 'JOINT',
        keyResults: [
          { metric: Metric.SQLS, target: '5' }, // 10 of 5 → 200%, counts as 100%
          { metric: Metric.DEALS_LOST, target: '2' }, // lower is better: 2 / 4 lost = 50%
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveObjective.progress).toBe(0.75);
    const tooMany = await manager.gql(save, {
      i: {
        partnerId: p1.id,
        periodCode: 'FY2026-Q3',
        title: 'Too much',
        side: 'JOINT',
        keyResults: [
          Metric.MQLS,
          Metric.SQLS,
          Metric.OPPORTUNITIES,
          Metric.DEALS_WON,
          Metric.WIN_RATE,
        ].map((metric) => ({ metric, target: '1' })),
      },
    });
    expect(tooMany.errors?.[0]?.message).toContain('between one and 4 key results');
    const monthly = await manager.gql(save, {
      i: {
        partnerId: p1.id,
        periodCode: '2026-08',
        title: 'Monthly',
        side: 'SALES',
        keyResults: [{ metric: Metric.SQLS, target: '1' }],
      },
    });
    expect(monthly.errors?.[0]?.message).toContain('quarter');
  });

  it('partners read their goals but cannot set them; channel managers only for their partners', async () => {
    const own = await partnerAdmin.gql(SET, {
      i: { partnerId: p1.id, periodCode: 'FY2026-Q4', metric: Metric.SQLS, target: '1' },
    });
    expect(own.code).toBe('FORBIDDEN');
    const foreignGoal = await manager.gql(SET, {
      i: { partnerId: p3.id, periodCode: 'FY2026-Q4', metric: Metric.SQLS, target: '1' },
    });
    expect(foreignGoal.code).toBe('NOT_FOUND');
    const peek = await partnerAdmin.gql(GOALS, { p: p2.id, period: 'FY2026-Q4' });
    expect(peek.code).toBe('NOT_FOUND');
  });

  it('changing the fiscal year start is refused while quarterly goals use the calendar', async () => {
    const res = await admin.gql(
      `mutation { updateAnalyticsSettings(input: { fiscalYearStartMonth: 7 }) { fiscalYearStartMonth } }`,
    );
    expect(res.errors?.[0]?.message).toContain('delete them before moving');
  });
});
