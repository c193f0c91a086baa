/**
 * Market development funds: budgets and allocations, requests that reserve funds (never
 * over-committed, even in parallel), claims with proof that never exceed what was approved, budget
 * figures that always add up, and each funded activity's return.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DealStatus, LeadStage, OfferStatus, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { offeredLead, registration, stage } from './support/funnel-fixture';

const NOW = new Date('2026-11-23T09:00:00Z');
const FIGURES = `allocated reserved claimed paid remaining`;

interface Figures {
  allocated: string;
  reserved: string;
  claimed: string;
  paid: string;
  remaining: string;
}

describe('market development funds', () => {
  let t: TestApp;
  let gold: Tier;
  let a: Partner;
  let b: Partner;
  let c: Partner;
  let admin: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let marketerA: ApiClient;
  let marketerB: ApiClient;
  let repA: ApiClient;
  let budgetId: string;
  let campaignId: string;
  let firstRequest: string;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    gold = await t.factories.tier({ name: 'Gold (mdf)', rank: 11 });
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    const cm2 = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    a = await t.factories.partner({ name: 'MDF A', tierId: gold.id, channelManagerId: cm.id });
    b = await t.factories.partner({ name: 'MDF B', tierId: gold.id, channelManagerId: cm.id });
    c = await t.factories.partner({ name: 'MDF C', channelManagerId: cm2.id });
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    manager = await t.signedIn(cm.email);
    otherManager = await t.signedIn(cm2.email);
    const sign = async (role: Role, partnerId: string) =>
      t.signedIn((await t.factories.user({ role, partnerId })).email);
    marketerA = await sign(Role.PARTNER_MARKETER, a.id);
    marketerB = await sign(Role.PARTNER_MARKETER, b.id);
    repA = await sign(Role.PARTNER_SALES_REP, a.id);
    campaignId = (await t.factories.campaign({ name: 'MDF webinar series', partnerId: a.id })).id;
  });

  afterAll(async () => {
    await t?.close();
  });

  const allocation = async (client: ApiClient, partner: Partner): Promise<Figures> => {
    const res = await client.gql<{ mdfAllocations: (Figures & { partnerId: string })[] }>(
      `query($b: ID!) { mdfAllocations(budgetId: $b) { partnerId ${FIGURES} } }`,
      { b: budgetId },
    );
    expect(res.errors).toBeUndefined();
    const row = res.data!.mdfAllocations.find((r) => r.partnerId === partner.id)!;
    const { partnerId: _omit, ...figures } = row;
    void _omit;
    return figures;
  };
  const addsUp = (f: Figures) =>
    ['reserved', 'claimed', 'paid', 'remaining'].reduce(
      (s, k) => s + Math.round(Number(f[k as keyof Figures]) * 100),
      0,
    ) === Math.round(Number(f.allocated) * 100);

  const REQUEST = `mutation($i: MdfRequestInput!) { saveMdfRequest(input: $i) { id status requestedAmount } }`;
  const request = (extra: Record<string, unknown> = {}) => ({
    budgetId,
    activityType: 'WEBINAR',
    title: 'Security webinar for CFOs',
    startsOn: '2026-11-01',
    endsOn: '2026-11-30',
    plannedCost: '12000',
    requestedAmount: '8000',
    expectedLeads: 40,
    campaignId,
    ...extra,
  });
  const DECIDE = `mutation($id: ID!, $d: MdfDecision!, $amount: String, $reason: String) {
    decideMdfRequest(id: $id, decision: $d, amount: $amount, reason: $reason) { id status approvedAmount decisionReason } }`;

  it('a vendor admin sets a budget and allocates it by partner and by tier, never beyond the total', async () => {
    const saved = await admin.gql<{ saveMdfBudget: { id: string } }>(
      `mutation { saveMdfBudget(input: { name: "Q4 MDF", periodCode: "FY2026-Q4", total: "50000" }) { id } }`,
    );
    expect(saved.errors).toBeUndefined();
    budgetId = saved.data!.saveMdfBudget.id;
    const allocate = `mutation($i: MdfAllocationsInput!) { allocateMdf(input: $i) { partnerId allocated } }`;
    const res = await admin.gql<{ allocateMdf: { partnerId: string; allocated: string }[] }>(
      allocate,
      {
        i: {
          budgetId,
          entries: [
            { tierId: gold.id, amount: '10000' },
            { partnerId: a.id, amount: '20000' },
          ],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(
      Object.fromEntries(res.data!.allocateMdf.map((r) => [r.partnerId, r.allocated])),
    ).toEqual({
      [a.id]: '20000.00',
      [b.id]: '10000.00',
    });
    const over = await admin.gql(allocate, {
      i: { budgetId, entries: [{ partnerId: c.id, amount: '30000' }] },
    });
    expect(over.errors?.[0]?.message).toBe('That allocates 60000.00 of a 50000.00 budget.');
    const partnerTry = await marketerA.gql(allocate, {
      i: { budgetId, entries: [{ partnerId: a.id, amount: '1' }] },
    });
    expect(partnerTry.code).toBe('FORBIDDEN');
  });

  it('a partner marketer requests funds; the request is checked and others cannot see it', async () => {
    const tooMuch = await marketerA.gql(REQUEST, { i: request({ requestedAmount: '13000' }) });
    expect(tooMuch.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      field: 'requestedAmount',
      message: 'Ask for at most the planned cost of the activity.',
    });
    const res = await marketerA.gql<{ saveMdfRequest: { id: string; status: string } }>(REQUEST, {
      i: request(),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.saveMdfRequest.status).toBe('SUBMITTED');
    firstRequest = res.data!.saveMdfRequest.id;
    expect((await repA.gql(REQUEST, { i: request() })).code).toBe('FORBIDDEN');
    const noAllocation = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: c.id })).email,
    );
    const none = await noAllocation.gql(REQUEST, { i: request() });
    expect(none.code).toBe('NOT_FOUND');
    const seen = await marketerB.gql<{ mdfRequests: unknown[] }>(
      `{ mdfRequests { request { id } } }`,
    );
    expect(seen.data?.mdfRequests).toEqual([]);
    expect(
      (
        await marketerB.gql(`query($id: ID!) { mdfRequest(id: $id) { request { id } } }`, {
          id: firstRequest,
        })
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('the channel manager approves less than asked, which reserves it; others cannot decide', async () => {
    expect((await otherManager.gql(DECIDE, { id: firstRequest, d: 'APPROVE' })).code).toBe(
      'NOT_FOUND',
    );
    const res = await manager.gql<{ decideMdfRequest: Record<string, string> }>(DECIDE, {
      id: firstRequest,
      d: 'APPROVE',
      amount: '6000',
    });
    expect(res.data?.decideMdfRequest).toMatchObject({
      status: 'APPROVED',
      approvedAmount: '6000.00',
    });
    expect(await allocation(manager, a)).toEqual({
      allocated: '20000.00',
      reserved: '6000.00',
      claimed: '0.00',
      paid: '0.00',
      remaining: '14000.00',
    });
  });

  it('parallel approvals can never over-commit an allocation', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await marketerA.gql<{ saveMdfRequest: { id: string } }>(REQUEST, {
        i: request({ title: `Roadshow ${i}`, requestedAmount: '5000', campaignId: null }),
      });
      ids.push(r.data!.saveMdfRequest.id);
    }
    const results = await Promise.all(ids.map((id) => manager.gql(DECIDE, { id, d: 'APPROVE' })));
    // 14,000 remained: two approvals of 5,000 fit, the third would need 15,000.
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => r.code === 'CONFLICT')).toBe(true);
    expect(refused[0].errors?.[0]?.message).toBe(
      "Only 4000.00 of this partner's allocation remains.",
    );
    const f = await allocation(manager, a);
    expect(f).toMatchObject({ reserved: '16000.00', remaining: '4000.00' });
    expect(addsUp(f)).toBe(true);
  });

  it('rejecting or returning needs a reason the partner sees', async () => {
    const r = await marketerA.gql<{ saveMdfRequest: { id: string } }>(REQUEST, {
      i: request({ title: 'Trade show booth', requestedAmount: '3000' }),
    });
    const id = r.data!.saveMdfRequest.id;
    const bare = await manager.gql(DECIDE, { id, d: 'RETURN' });
    expect(bare.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reason');
    await manager.gql(DECIDE, { id, d: 'RETURN', reason: 'Add the expected attendee count.' });
    const mine = await marketerA.gql<{
      mdfRequest: { request: { status: string; decisionReason: string; version: number } };
    }>(`query($id: ID!) { mdfRequest(id: $id) { request { status decisionReason version } } }`, {
      id,
    });
    expect(mine.data?.mdfRequest.request).toMatchObject({
      status: 'RETURNED',
      decisionReason: 'Add the expected attendee count.',
    });
    const again = await marketerA.gql<{ saveMdfRequest: { status: string } }>(REQUEST, {
      i: request({ id, title: 'Trade show booth (200 attendees)', requestedAmount: '3000' }),
    });
    expect(again.data?.saveMdfRequest.status).toBe('SUBMITTED');
  });

  it('a claim never exceeds the approved amount, needs proof, and settles the request', async () => {
    const CLAIM = `mutation($i: MdfClaimInput!) { saveMdfClaim(input: $i) { id status amount } }`;
    const over = await marketerA.gql(CLAIM, {
      i: { requestId: firstRequest, actualCost: '9000', amount: '7000' },
    });
    expect(over.errors?.[0]?.message).toBe('Claim at most the 6000.00 approved for this activity.');
    const res = await marketerA.gql<{ saveMdfClaim: { id: string; status: string } }>(CLAIM, {
      i: { requestId: firstRequest, actualCost: '9000', amount: '5500' },
    });
    expect(res.data?.saveMdfClaim.status).toBe('SUBMITTED');
    claimId = res.data!.saveMdfClaim.id;
    const DECIDE_CLAIM = `mutation($id: ID!, $d: MdfDecision!, $reason: String) { decideMdfClaim(id: $id, decision: $d, reason: $reason) { status } }`;
    const noProof = await manager.gql(DECIDE_CLAIM, { id: claimId, d: 'APPROVE' });
    expect(noProof.errors?.[0]?.message).toBe('The claim has no proof attached yet.');
    // Proof goes through the content library's upload rules: an executable is refused.
    const bad = await marketerA.upload(
      `/api/mdf/claims/${claimId}/files`,
      {},
      {
        name: 'invoice.exe',
        content: 'MZ',
      },
    );
    expect(bad.status).toBe(400);
    const up = await marketerA.upload(
      `/api/mdf/claims/${claimId}/files`,
      {},
      {
        name: 'invoice.pdf',
        content: '%PDF-1.4 webinar invoice',
      },
    );
    expect(up.status).toBe(201);
    const file = ((await up.json()) as { file: { id: string } }).file;
    const otherUpload = await marketerB.upload(
      `/api/mdf/claims/${claimId}/files`,
      {},
      {
        name: 'x.pdf',
        content: '%PDF-1.4',
      },
    );
    expect(otherUpload.status).toBe(404);
    expect((await marketerB.request('GET', `/api/mdf/files/${file.id}`)).status).toBe(404);
    const download = await manager.request('GET', `/api/mdf/files/${file.id}`);
    expect(await download.text()).toBe('%PDF-1.4 webinar invoice');
    const ok = await manager.gql<{ decideMdfClaim: { status: string } }>(DECIDE_CLAIM, {
      id: claimId,
      d: 'APPROVE',
    });
    expect(ok.data?.decideMdfClaim.status).toBe('APPROVED');
    // The 6,000 reservation became a 5,500 claim; 500 went back to the allocation.
    const f = await allocation(manager, a);
    expect(f).toEqual({
      allocated: '20000.00',
      reserved: '10000.00',
      claimed: '5500.00',
      paid: '0.00',
      remaining: '4500.00',
    });
    expect(addsUp(f)).toBe(true);
    const paid = await manager.gql<{ markMdfClaimPaid: { status: string } }>(
      `mutation($id: ID!) { markMdfClaimPaid(id: $id) { status } }`,
      { id: claimId },
    );
    expect(paid.data?.markMdfClaimPaid.status).toBe('PAID');
    expect(await allocation(marketerA, a)).toMatchObject({
      claimed: '0.00',
      paid: '5500.00',
      remaining: '4500.00',
    });
  });

  it('budget totals add up for the vendor, and each partner sees only its own share', async () => {
    const q = `{ mdfBudgets(periodCode: "FY2026-Q4") { total unallocated ${FIGURES} budget { id name } } }`;
    const vendor = await admin.gql<{
      mdfBudgets: (Figures & { total: string; unallocated: string })[];
    }>(q);
    expect(vendor.data?.mdfBudgets[0]).toMatchObject({
      total: '50000.00',
      allocated: '30000.00',
      unallocated: '20000.00',
      reserved: '10000.00',
      paid: '5500.00',
      remaining: '14500.00', // A 4,500 + B 10,000
    });
    expect(addsUp(vendor.data!.mdfBudgets[0])).toBe(true);
    const mine = await marketerB.gql<{ mdfBudgets: (Figures & { unallocated: string })[] }>(q);
    expect(mine.data?.mdfBudgets[0]).toMatchObject({
      allocated: '10000.00',
      remaining: '10000.00',
      unallocated: '0.00',
    });
  });

  it('every change is audited', async () => {
    const rows: { action: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT DISTINCT action FROM audit_entry WHERE action LIKE 'mdf-%' ORDER BY action`),
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'mdf-budget.create',
        'mdf-budget.allocate',
        'mdf-request.submit',
        'mdf-request.resubmit',
        'mdf-request.approve',
        'mdf-request.return',
        'mdf-claim.submit',
        'mdf-claim.proof',
        'mdf-claim.approve',
        'mdf-claim.paid',
      ]),
    );
  });

  it('measures each funded activity’s return from its campaign’s leads', async () => {
    await t.db.asSystem(async (em) => {
      // Two campaign leads during the webinar: one accepted and won (24,000), one rejected; one more
      // before the activity does not count.
      const won = await offeredLead(em, {
        partnerId: a.id,
        campaignId,
        offeredAt: '2026-11-10T09:00:00Z',
        dueAt: '2026-11-11T09:00:00Z',
        status: OfferStatus.ACCEPTED,
        decidedAt: '2026-11-10T10:00:00Z',
      });
      await stage(em, won.id, a.id, LeadStage.OPPORTUNITY, '2026-11-12T09:00:00Z');
      await registration(em, {
        partnerId: a.id,
        leadId: won.id,
        amount: '24000.00',
        finalAmount: '24000.00',
        events: [
          [DealStatus.SUBMITTED, '2026-11-12T12:00:00Z'],
          [DealStatus.WON, '2026-11-20T12:00:00Z'],
        ],
      });
      await offeredLead(em, {
        partnerId: a.id,
        campaignId,
        offeredAt: '2026-11-15T09:00:00Z',
        dueAt: '2026-11-16T09:00:00Z',
        status: OfferStatus.REJECTED,
        decidedAt: '2026-11-15T10:00:00Z',
      });
      await offeredLead(em, {
        partnerId: a.id,
        campaignId,
        offeredAt: '2026-10-01T09:00:00Z',
        dueAt: '2026-10-02T09:00:00Z',
        status: OfferStatus.ACCEPTED,
        decidedAt: '2026-10-01T10:00:00Z',
      });
    });
    const res = await manager.gql<{ mdfRequest: { return: Record<string, unknown> } }>(
      `query($id: ID!) { mdfRequest(id: $id) { return { leads sqls pipeline revenueWon leadsPerThousand revenuePerUnit } } }`,
      { id: firstRequest },
    );
    // Claimed 5,500: 2 leads → 0.36 per 1,000; 24,000 / 5,500 = 4.36 per unit.
    expect(res.data?.mdfRequest.return).toEqual({
      leads: 2,
      sqls: 1,
      pipeline: '24000.00',
      revenueWon: '24000.00',
      leadsPerThousand: 0.36,
      revenuePerUnit: 4.36,
    });
    // The closed loop by campaign shows the funds behind the campaign and the revenue per unit.
    const loop = await admin.gql<{ closedLoop: Record<string, unknown>[] }>(
      `query($ids: [ID!]) { closedLoop(periodCode: "FY2026-Q4", groupBy: CAMPAIGN, filter: { partnerIds: $ids }) {
         label revenueWon funds revenuePerFund } }`,
      { ids: [a.id] },
    );
    expect(loop.data?.closedLoop).toContainEqual({
      label: 'MDF webinar series',
      revenueWon: '24000.00',
      funds: '5500.00',
      revenuePerFund: 4.36,
    });
  });
});
