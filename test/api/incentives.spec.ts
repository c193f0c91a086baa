/**
 * Shared incentives on a fixture worked out by hand: live accruals from the metric layer (the same
 * numbers as the scorecard), the period closing by itself, review with adjustments and holds, the
 * finance export.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DealStatus, LeadStage, OfferStatus, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { offeredLead, registration, stage } from './support/funnel-fixture';

const NOW = new Date('2026-11-23T09:00:00Z'); // FY2026-Q4 runs
const EARNINGS = `query($plan: ID!, $p: ID) { incentiveEarnings(planId: $plan, partnerId: $p) {
  partnerId partnerName revenue pool attainment factor earned marketing sales atTarget toTarget frozen
  measures { metric target actual progress } payout { id status approvedAmount version } } }`;

interface Earning {
  partnerId: string;
  revenue: string;
  pool: string;
  attainment: number;
  factor: number;
  earned: string;
  marketing: string;
  sales: string;
  toTarget: string;
  frozen: boolean;
  measures: { metric: string; target: string | null; actual: string | null; progress: number }[];
  payout: { id: string; status: string; approvedAmount: string | null; version: number } | null;
}

describe('shared incentives', () => {
  let t: TestApp;
  let gold: Tier;
  let a: Partner;
  let b: Partner;
  let c: Partner;
  let admin: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let adminA: ApiClient;
  let adminC: ApiClient;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    gold = await t.factories.tier({ name: 'Gold (incentives)', rank: 9 });
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    const cm2 = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    a = await t.factories.partner({
      name: 'Incentive A',
      tierId: gold.id,
      channelManagerId: cm.id,
    });
    b = await t.factories.partner({
      name: 'Incentive B',
      tierId: gold.id,
      channelManagerId: cm.id,
    });
    c = await t.factories.partner({ name: 'Incentive C', channelManagerId: cm2.id });
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    manager = await t.signedIn(cm.email);
    otherManager = await t.signedIn(cm2.email);
    adminA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: a.id })).email,
    );
    adminC = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: c.id })).email,
    );
    await t.db.asSystem(async (em) => {
      // A this quarter: 60,000 won from a vendor-marketing lead, 40,000 won on its own;
      // SLA: one offer accepted in time, one rejected → 0.5.
      const lead = await offeredLead(em, {
        partnerId: a.id,
        offeredAt: '2026-10-10T09:00:00Z',
        dueAt: '2026-10-11T09:00:00Z',
        status: OfferStatus.ACCEPTED,
        decidedAt: '2026-10-10T10:00:00Z',
      });
      await stage(em, lead.id, a.id, LeadStage.OPPORTUNITY, '2026-10-12T09:00:00Z');
      await offeredLead(em, {
        partnerId: a.id,
        offeredAt: '2026-10-19T09:00:00Z',
        dueAt: '2026-10-20T09:00:00Z',
        status: OfferStatus.REJECTED,
        decidedAt: '2026-10-19T10:00:00Z',
      });
      for (const [leadId, amount, won] of [
        [lead.id, '60000.00', '2026-10-15T12:00:00Z'],
        [null, '40000.00', '2026-11-01T12:00:00Z'],
      ] as const)
        await registration(em, {
          partnerId: a.id,
          leadId,
          amount,
          finalAmount: amount,
          events: [
            [DealStatus.SUBMITTED, '2026-10-13T12:00:00Z'],
            [DealStatus.APPROVED, '2026-10-14T12:00:00Z'],
            [DealStatus.WON, won],
          ],
        });
    });
    // A's joint goals for the quarter.
    for (const [metric, target] of [
      ['REVENUE_WON_MARKETING_SOURCED', '80000'],
      ['SLA_COMPLIANCE', '0.5'],
    ])
      await manager.gql(`mutation($i: SetGoalInput!) { setGoal(input: $i) { id } }`, {
        i: { partnerId: a.id, periodCode: 'FY2026-Q4', metric, target, side: 'JOINT' },
      });
  });

  afterAll(async () => {
    await t?.close();
  });

  const earnings = async (client: ApiClient, p?: string) => {
    const res = await client.gql<{ incentiveEarnings: Earning[] }>(EARNINGS, { plan: planId, p });
    expect(res.errors).toBeUndefined();
    return res.data!.incentiveEarnings;
  };

  it('a vendor admin defines a plan on joint goals and publishes it', async () => {
    const res = await admin.gql<{ saveIncentivePlan: { id: string; status: string } }>(
      `mutation($i: IncentivePlanInput!) { saveIncentivePlan(input: $i) { id status } }`,
      {
        i: {
          name: 'Smarketing bonus Q4',
          periodCode: 'FY2026-Q4',
          eligibility: 'TIERS',
          tierIds: [gold.id],
          measures: [
            { metric: 'REVENUE_WON_MARKETING_SOURCED', weight: 3 },
            { metric: 'SLA_COMPLIANCE', weight: 1 },
          ],
          poolKind: 'PERCENT_OF_REVENUE',
          poolPercent: '5',
          thresholdPercent: 80,
          capPercent: 150,
          marketingSharePercent: 40,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    planId = res.data!.saveIncentivePlan.id;
    // Partners do not see a draft.
    expect(
      (await adminA.gql<{ incentivePlans: unknown[] }>(`{ incentivePlans { id } }`)).data,
    ).toEqual({ incentivePlans: [] });
    const active = await admin.gql<{ activateIncentivePlan: { status: string } }>(
      `mutation($id: ID!) { activateIncentivePlan(id: $id) { status } }`,
      { id: planId },
    );
    expect(active.data?.activateIncentivePlan.status).toBe('ACTIVE');
    expect(
      (await adminA.gql<{ incentivePlans: { id: string }[] }>(`{ incentivePlans { id } }`)).data
        ?.incentivePlans,
    ).toEqual([{ id: planId }]);
  });

  it('accrues live from the same numbers as the scorecard', async () => {
    const [mine] = await earnings(adminA);
    // Attainment: marketing revenue 60,000 / 80,000 = 0.75 (weight 3), SLA 0.5 / 0.5 = 1 (weight 1)
    // → 0.8125. Pool 5% of 100,000 = 5,000; paid 81.25% = 4,062.50, marketing 40% = 1,625.00,
    // sales 2,437.50; 937.50 more at 100%.
    expect(mine).toMatchObject({
      partnerId: a.id,
      revenue: '100000.00',
      pool: '5000.00',
      attainment: 0.8125,
      factor: 0.8125,
      earned: '4062.50',
      marketing: '1625.00',
      sales: '2437.50',
      toTarget: '937.50',
      frozen: false,
    });
    const card = await adminA.gql<{
      partnerScorecard: { lines: { metric: string; value: string | null }[] };
    }>(`{ partnerScorecard(periodCode: "FY2026-Q4") { lines { metric value } } }`);
    const value = (m: string) =>
      card.data!.partnerScorecard.lines.find((l) => l.metric === m)?.value;
    expect(mine.revenue).toBe(value('REVENUE_WON'));
    for (const m of mine.measures)
      expect([m.metric, m.actual]).toEqual([m.metric, value(m.metric)]);
  });

  it('a partner sees only its own earnings; an ineligible partner sees no plan', async () => {
    expect((await earnings(adminA)).map((e) => e.partnerId)).toEqual([a.id]);
    const peek = await adminA.gql(EARNINGS, { plan: planId, p: b.id });
    expect(peek.code).toBe('NOT_FOUND');
    expect(
      (await adminC.gql<{ incentivePlans: unknown[] }>(`{ incentivePlans { id } }`)).data
        ?.incentivePlans,
    ).toEqual([]);
    expect((await adminC.gql(EARNINGS, { plan: planId })).code).toBe('NOT_FOUND');
    // The channel manager sees both of their Gold partners; B has no activity and earns nothing.
    const all = await earnings(manager);
    expect(all.map((e) => [e.partnerId, e.earned])).toEqual([
      [a.id, '4062.50'],
      [b.id, '0.00'],
    ]);
    expect(await earnings(otherManager)).toEqual([]);
  });

  it('cannot be closed early; it freezes itself when the period ends', async () => {
    const early = await admin.gql(`mutation($id: ID!) { closeIncentivePlan(id: $id) { id } }`, {
      id: planId,
    });
    expect(early.code).toBe('CONFLICT');
    t.clock.set(new Date('2027-01-01T00:00:01Z'));
    await t.jobs.runDue();
    // A late-recorded win inside the quarter no longer changes what was frozen.
    await t.db.asSystem((em) =>
      registration(em, {
        partnerId: a.id,
        amount: '99999.00',
        finalAmount: '99999.00',
        events: [
          [DealStatus.SUBMITTED, '2026-12-01T12:00:00Z'],
          [DealStatus.WON, '2026-12-30T12:00:00Z'],
        ],
      }),
    );
    const frozen = await earnings(manager);
    expect(frozen.map((e) => [e.partnerId, e.earned, e.frozen, e.payout?.status])).toEqual([
      [a.id, '4062.50', true, 'PENDING'],
      [b.id, '0.00', true, 'PENDING'],
    ]);
  });

  it('the channel manager approves, adjusts with a reason, or holds; every change audited', async () => {
    const [pa, pb] = await earnings(manager);
    const approve = `mutation($id: ID!, $amount: String, $reason: String) {
      approveIncentivePayout(id: $id, amount: $amount, reason: $reason) { status approvedAmount approvedMarketing approvedSales reason } }`;
    const ok = await manager.gql<{ approveIncentivePayout: Record<string, string> }>(approve, {
      id: pa.payout!.id,
    });
    expect(ok.data?.approveIncentivePayout).toEqual({
      status: 'APPROVED',
      approvedAmount: '4062.50',
      approvedMarketing: '1625.00',
      approvedSales: '2437.50',
      reason: '',
    });
    const noReason = await manager.gql(approve, { id: pb.payout!.id, amount: '100.00' });
    expect(noReason.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reason');
    const held = await manager.gql<{ holdIncentivePayout: { status: string } }>(
      `mutation($id: ID!) { holdIncentivePayout(id: $id, reason: "Waiting for the claim audit") { status } }`,
      { id: pb.payout!.id },
    );
    expect(held.data?.holdIncentivePayout.status).toBe('HELD');
    const adjusted = await manager.gql<{ approveIncentivePayout: Record<string, string> }>(
      approve,
      {
        id: pb.payout!.id,
        amount: '100.00',
        reason: 'Goodwill for the co-marketing event',
      },
    );
    expect(adjusted.data?.approveIncentivePayout).toMatchObject({
      approvedAmount: '100.00',
      approvedMarketing: '40.00',
      approvedSales: '60.00',
    });
    const foreign = await otherManager.gql(approve, { id: pa.payout!.id });
    expect(foreign.code).toBe('NOT_FOUND');
    const partner = await adminA.gql(approve, { id: pa.payout!.id });
    expect(partner.code).toBe('FORBIDDEN');
    const audit: { action: string }[] = await t.db.asSystem((em) =>
      em.query(
        `SELECT action FROM audit_entry WHERE entity_type = 'incentive_payout' ORDER BY at, id`,
      ),
    );
    expect(audit.map((r) => r.action).sort()).toEqual(
      ['incentive-payout.adjust', 'incentive-payout.approve', 'incentive-payout.hold'].sort(),
    );
  });

  it('exports the approved payouts for the finance system', async () => {
    const res = await admin.request('GET', `/api/incentives/payouts.csv?planId=${planId}`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'Plan,Period,Partner,Amount,Marketing,Sales,Plan pays,Reason,Approved by,Approved at',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 8).join(','))).toEqual([
      'Smarketing bonus Q4,FY2026-Q4,Incentive A,4062.50,1625.00,2437.50,4062.50,',
      'Smarketing bonus Q4,FY2026-Q4,Incentive B,100.00,40.00,60.00,0.00,Goodwill for the co-marketing event',
    ]);
    const partnerTry = await adminA.request('GET', `/api/incentives/payouts.csv?planId=${planId}`);
    expect(partnerTry.status).toBe(403);
  });

  it('checks a plan’s rule with messages a person can act on', async () => {
    const res = await admin.gql(
      `mutation($i: IncentivePlanInput!) { saveIncentivePlan(input: $i) { id } }`,
      {
        i: {
          name: 'Broken',
          periodCode: 'FY2027-Q1',
          eligibility: 'ALL',
          measures: [{ metric: 'SQLS', weight: 1 }],
          poolKind: 'PERCENT_OF_REVENUE',
          poolPercent: '250',
        },
      },
    );
    expect(res.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      field: 'poolPercent',
      message: 'Enter a percentage of revenue, e.g. 5 or 2.5.',
    });
  });
});

describe('an incentive plan across a restart', () => {
  it('freezes a plan whose period ended while the API was stopped, once', async () => {
    const { createTestDatabase } = await import('@tandem/api-testing');
    const { migrate } = await import('../../apps/api/src/database/prepare-database');
    const database = await createTestDatabase((url) => migrate(url));
    try {
      const first = await startTestApp({ database });
      first.clock.set(NOW);
      await first.factories.partner({ name: 'Restart Co' });
      const admin = await first.signedIn(
        (await first.factories.user({ role: Role.VENDOR_ADMIN })).email,
      );
      const saved = await admin.gql<{ saveIncentivePlan: { id: string } }>(
        `mutation($i: IncentivePlanInput!) { saveIncentivePlan(input: $i) { id } }`,
        {
          i: {
            name: 'Restart bonus',
            periodCode: 'FY2026-Q4',
            eligibility: 'ALL',
            measures: [{ metric: 'SQLS', weight: 1 }],
            poolKind: 'FIXED',
            poolAmount: '1000',
          },
        },
      );
      const planId = saved.data!.saveIncentivePlan.id;
      await admin.gql(`mutation($id: ID!) { activateIncentivePlan(id: $id) { id } }`, {
        id: planId,
      });
      await first.close();

      const second = await startTestApp({ database });
      try {
        second.clock.set(new Date('2027-01-02T00:00:00Z'));
        await second.jobs.runDue();
        await second.jobs.runDue();
        const rows: { status: string; payouts: number }[] = await second.db.asSystem((em) =>
          em.query(
            `SELECT p.status, (SELECT count(*)::int FROM incentive_payout o WHERE o.plan_id = p.id) AS payouts
             FROM incentive_plan p WHERE p.id = $1`,
            [planId],
          ),
        );
        expect(rows).toEqual([{ status: 'CLOSED', payouts: 1 }]);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});
