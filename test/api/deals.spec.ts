import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReasonKind, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import { Product } from '@tandem/api-deals';
import { TestApp, startTestApp } from './support/test-app';

const MONDAY_9AM_UTC = new Date('2026-11-23T09:00:00Z');
const DEAL = `id reference status hasConflicts amount statusComment decisionDueAt expiresAt version
  timeline { fromStatus toStatus comment reasonLabel actorLabel }`;
const REGISTER = `mutation($i: DealInput!, $k: String) { registerDeal(input: $i, idempotencyKey: $k) { ${DEAL} } }`;
const GET = `query($id: ID!) { dealRegistration(id: $id) { ${DEAL} } }`;
const DECIDE = `mutation($i: DecideDealInput!) { decideDeal(input: $i) { ${DEAL} } }`;
const ENGAGED = `query($w: String!, $n: String, $c: String) { dealAccountEngaged(website: $w, companyName: $n, country: $c) }`;

type Deal = {
  id: string;
  reference: string;
  status: string;
  hasConflicts: boolean;
  amount: string;
  statusComment: string;
  decisionDueAt: string | null;
  expiresAt: string | null;
  version: number;
  timeline: {
    fromStatus: string | null;
    toStatus: string;
    comment: string;
    reasonLabel: string | null;
  }[];
};

describe('deal registration', () => {
  let t: TestApp;
  let product: Product;
  let a: Partner;
  let b: Partner;
  let repA: ApiClient;
  let repA2: ApiClient;
  let adminA: ApiClient;
  let repB: ApiClient;
  let manager: ApiClient;
  let reject: ReasonCode;
  let loss: ReasonCode;

  const input = (extra: Record<string, unknown> = {}) => ({
    companyName: 'Acme Inc.',
    website: 'https://www.acme.com/about',
    country: 'US',
    contactName: 'Wile E.',
    contactEmail: 'wile@acme.com',
    contactRole: 'CTO',
    currency: 'USD',
    lines: [
      { productId: product.id, quantity: 3, amount: '1000.10' },
      { productId: product.id, quantity: 1, amount: '0.20' },
    ],
    lastMeetingOn: '2026-11-20',
    notes: 'Met the CTO twice.',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(MONDAY_9AM_UTC);
    product = await t.factories.product({ name: 'Platform licence' });
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    manager = await t.signedIn(cm.email);
    a = await t.factories.partner({ name: 'Alpha Deals', channelManagerId: cm.id });
    b = await t.factories.partner({ name: 'Bravo Deals', channelManagerId: cm.id });
    const sign = async (role: Role, partnerId: string | null) =>
      t.signedIn((await t.factories.user({ role, partnerId })).email);
    repA = await sign(Role.PARTNER_SALES_REP, a.id);
    repA2 = await sign(Role.PARTNER_SALES_REP, a.id);
    adminA = await sign(Role.PARTNER_ADMIN, a.id);
    repB = await sign(Role.PARTNER_SALES_REP, b.id);
    reject = await t.factories.reasonCode(ReasonKind.DEAL_REJECTION, {
      label: 'Earlier registration',
    });
    loss = await t.factories.reasonCode(ReasonKind.LOSS, { label: 'Lost on price' });
  });
  afterAll(() => t.close());

  let first: Deal;
  let second: Deal;

  it('registers in one pass with exact amounts, a decision deadline and no conflicts when first', async () => {
    expect(
      (await repA.gql<{ dealAccountEngaged: boolean }>(ENGAGED, { w: 'acme.com' })).data
        ?.dealAccountEngaged,
    ).toBe(false);
    const res = await repA.gql<{ registerDeal: Deal }>(REGISTER, { i: input(), k: 'key-1' });
    expect(res.errors).toBeUndefined();
    first = res.data!.registerDeal;
    expect(first).toMatchObject({ status: 'SUBMITTED', hasConflicts: false, amount: '1000.30' });
    expect(first.reference).toMatch(/^DR-\d{6}$/);
    // One business day (8 business hours, vendor in UTC) → Monday 17:00.
    expect(first.decisionDueAt).toBe('2026-11-23T17:00:00.000Z');
    // The same idempotency key again gives the same registration.
    const again = await repA.gql<{ registerDeal: Deal }>(REGISTER, { i: input(), k: 'key-1' });
    expect(again.data?.registerDeal.id).toBe(first.id);
  });

  it('answers "engaged?" for another partner with a plain yes, never who', async () => {
    const yes = await repB.gql<{ dealAccountEngaged: boolean }>(ENGAGED, { w: 'shop.acme.com' });
    expect(yes.data?.dealAccountEngaged).toBe(true);
    const byName = await repB.gql<{ dealAccountEngaged: boolean }>(ENGAGED, {
      w: 'other.example',
      n: 'ACME Incorporated',
      c: 'US',
    });
    expect(byName.data?.dealAccountEngaged).toBe(true);
    const elsewhere = await repB.gql<{ dealAccountEngaged: boolean }>(ENGAGED, {
      w: 'other.example',
      n: 'ACME',
      c: 'JP',
    });
    expect(elsewhere.data?.dealAccountEngaged).toBe(false);
    // Nothing else leaks: the other partner's registration is simply not there.
    expect((await repB.gql(GET, { id: first.id })).code).toBe('NOT_FOUND');
  });

  it('marks a later registration with its conflicts and shows the approver both side by side', async () => {
    const res = await repB.gql<{ registerDeal: Deal }>(REGISTER, {
      i: input({ companyName: 'ACME Incorporated', website: 'acme.com' }),
    });
    second = res.data!.registerDeal;
    expect(second).toMatchObject({ status: 'SUBMITTED', hasConflicts: true });
    const view = await manager.gql<{
      dealRegistration: {
        conflicts: {
          kind: string;
          otherDealId: string;
          otherPartnerName: string;
          otherPredates: boolean;
        }[];
      };
    }>(
      `query($id: ID!) { dealRegistration(id: $id) { conflicts { kind otherDealId otherPartnerName otherPredates otherNotes otherSubmittedAt } } }`,
      {
        id: second.id,
      },
    );
    expect(view.data?.dealRegistration.conflicts).toEqual([
      expect.objectContaining({
        kind: 'SAME_DOMAIN',
        otherDealId: first.id,
        otherPartnerName: 'Alpha Deals',
        otherPredates: true,
      }),
    ]);
    // Partners cannot ask for conflicts at all.
    const peek = await repB.gql(
      `query($id: ID!) { dealRegistration(id: $id) { conflicts { otherPartnerName } } }`,
      {
        id: second.id,
      },
    );
    expect(peek.code).toBe('FORBIDDEN');
  });

  it('refuses to approve the later one under first-to-register; rejecting shows the partner a redacted reason', async () => {
    const approve = await manager.gql(DECIDE, {
      i: { dealId: second.id, decision: 'APPROVED', comment: '' },
    });
    expect(approve.code).toBe('CONFLICT');
    expect(approve.errors?.[0]?.message).toMatch(/First to register/);
    const noReason = await manager.gql(DECIDE, {
      i: { dealId: second.id, decision: 'REJECTED', comment: 'x' },
    });
    expect(noReason.code).toBe('BAD_USER_INPUT');
    const rejected = await manager.gql<{ decideDeal: Deal }>(DECIDE, {
      i: {
        dealId: second.id,
        decision: 'REJECTED',
        reasonCodeId: reject.id,
        comment: 'Sorry, first come first served.',
      },
    });
    expect(rejected.data?.decideDeal.status).toBe('REJECTED');
    const seen = (await repB.gql<{ dealRegistration: Deal }>(GET, { id: second.id })).data!
      .dealRegistration;
    expect(seen.statusComment).toMatch(/Another registration for this customer predates yours/);
    expect(JSON.stringify(seen)).not.toContain('Alpha');
    expect(seen.timeline.at(-1)).toMatchObject({
      toStatus: 'REJECTED',
      reasonLabel: 'Earlier registration',
    });
    const records = await manager.gql<{
      dealRegistration: { decisions: { rule: string; decision: string }[] };
    }>(
      `query($id: ID!) { dealRegistration(id: $id) { decisions { rule decision decidedByLabel redactedSummary } } }`,
      { id: second.id },
    );
    expect(records.data?.dealRegistration.decisions).toEqual([
      expect.objectContaining({ rule: 'FIRST_TO_REGISTER', decision: 'REJECTED' }),
    ]);
  });

  it('approves with a protection window, reminds at 14 and 3 days, extends once, and expires by itself', async () => {
    const approved = (
      await manager.gql<{ decideDeal: Deal }>(DECIDE, {
        i: { dealId: first.id, decision: 'APPROVED', comment: '' },
      })
    ).data!.decideDeal;
    expect(approved.status).toBe('APPROVED');
    const expiresAt = new Date(approved.expiresAt!);
    expect(expiresAt.getTime() - MONDAY_9AM_UTC.getTime()).toBe(90 * 86_400_000);

    t.clock.set(new Date(expiresAt.getTime() - 14 * 86_400_000 + 1000));
    await t.jobs.runDue();
    const reminders = async () =>
      (
        await repA.gql<{ myNotifications: { items: { title: string }[] } }>(
          `{ myNotifications { items { title } } }`,
        )
      ).data!.myNotifications.items.filter((n) => /Protection ends in/.test(n.title)).length;
    expect(await reminders()).toBe(1);

    // One extension at a time; the program allows one.
    const ask = `mutation($id: ID!, $r: String!) { requestDealExtension(dealId: $id, reason: $r) { id status days } }`;
    const ext = await repA.gql<{ requestDealExtension: { id: string; days: number } }>(ask, {
      id: first.id,
      r: 'Board meets next month',
    });
    expect(ext.data?.requestDealExtension.days).toBe(30);
    expect((await repA.gql(ask, { id: first.id, r: 'Again please' })).code).toBe('CONFLICT');
    const decided = await manager.gql(
      `mutation($i: ExtensionDecisionInput!) { decideDealExtension(input: $i) { status } }`,
      { i: { extensionId: ext.data!.requestDealExtension.id, approve: true, comment: 'OK' } },
    );
    expect(decided.errors).toBeUndefined();
    expect((await repA.gql(ask, { id: first.id, r: 'One more time' })).code).toBe('CONFLICT');
    const extended = (await repA.gql<{ dealRegistration: Deal }>(GET, { id: first.id })).data!
      .dealRegistration;
    const newExpiry = new Date(extended.expiresAt!);
    expect(newExpiry.getTime() - expiresAt.getTime()).toBe(30 * 86_400_000);

    // The old expiry passes without effect; the new one expires it, once.
    t.clock.set(new Date(expiresAt.getTime() + 1000));
    await t.jobs.runDue();
    expect(
      (await repA.gql<{ dealRegistration: Deal }>(GET, { id: first.id })).data!.dealRegistration
        .status,
    ).toBe('APPROVED');
    t.clock.set(new Date(newExpiry.getTime() + 1000));
    await t.jobs.runDue();
    const expired = (await repA.gql<{ dealRegistration: Deal }>(GET, { id: first.id })).data!
      .dealRegistration;
    expect(expired.status).toBe('EXPIRED');
    expect(expired.timeline.map((e) => e.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'APPROVED',
      'APPROVED',
      'EXPIRED',
    ]);
    expect(await t.jobs.runDue()).toBe(0);
    t.clock.set(MONDAY_9AM_UTC);
  });

  it('flags a decision that runs past its deadline', async () => {
    const deal = (
      await repA.gql<{ registerDeal: Deal }>(REGISTER, {
        i: input({ companyName: 'Late Co', website: 'late.example' }),
      })
    ).data!.registerDeal;
    t.clock.set(new Date(new Date(deal.decisionDueAt!).getTime() + 1000));
    await t.jobs.runDue();
    const queue = await manager.gql<{
      dealRegistrations: { items: { id: string; decisionOverdue: boolean }[] };
    }>(`{ dealRegistrations(filter: { view: QUEUE }) { items { id decisionOverdue } } }`);
    expect(queue.data?.dealRegistrations.items.find((d) => d.id === deal.id)?.decisionOverdue).toBe(
      true,
    );
    t.clock.set(MONDAY_9AM_UTC);
  });

  it('closes approved deals as won or lost with the reasons, and lets reps see only their own', async () => {
    const mk = async (name: string) => {
      const d = (
        await repA.gql<{ registerDeal: Deal }>(REGISTER, {
          i: input({
            companyName: name,
            website: `${name.toLowerCase().replace(/\W/g, '')}.example`,
          }),
        })
      ).data!.registerDeal;
      await manager.gql(DECIDE, { i: { dealId: d.id, decision: 'APPROVED', comment: '' } });
      return d;
    };
    const won = await mk('Winner One');
    const lost = await mk('Loser Two');
    const close = `mutation($i: CloseDealInput!) { closeDeal(input: $i) { status finalAmount statusComment } }`;
    expect((await repA.gql(close, { i: { dealId: won.id, won: true } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const w = await repA.gql<{ closeDeal: { status: string; finalAmount: string } }>(close, {
      i: { dealId: won.id, won: true, finalAmount: '4321.05', closedOn: '2026-11-23' },
    });
    expect(w.data?.closeDeal).toMatchObject({ status: 'WON', finalAmount: '4321.05' });
    const l = await repA.gql<{ closeDeal: { status: string; statusComment: string } }>(close, {
      i: { dealId: lost.id, won: false, reasonCodeId: loss.id, competitor: 'Roadrunner Corp' },
    });
    expect(l.data?.closeDeal.statusComment).toBe('Lost on price (to Roadrunner Corp).');
    // Another rep of the same partner does not see them; the partner admin does.
    expect((await repA2.gql(GET, { id: won.id })).code).toBe('NOT_FOUND');
    expect((await adminA.gql(GET, { id: won.id })).errors).toBeUndefined();
  });

  it('keeps drafts safe from silent overwrites and validates with actionable messages', async () => {
    const save = `mutation($i: DealInput!) { saveDealDraft(input: $i) { id version status } }`;
    const draft = (
      await repA.gql<{ saveDealDraft: { id: string; version: number } }>(save, {
        i: input({ companyName: 'Draft Co', website: 'draft.example' }),
      })
    ).data!.saveDealDraft;
    const one = await repA.gql(save, {
      i: input({
        id: draft.id,
        version: draft.version,
        companyName: 'Draft Co 2',
        website: 'draft.example',
      }),
    });
    expect(one.errors).toBeUndefined();
    const stale = await repA.gql(save, {
      i: input({
        id: draft.id,
        version: draft.version,
        companyName: 'Draft Co 3',
        website: 'draft.example',
      }),
    });
    expect(stale.code).toBe('CONFLICT');
    const bad = await repA.gql(save, {
      i: input({
        website: 'not a site',
        country: 'XX',
        lines: [
          { productId: '00000000-0000-0000-0000-000000000000', quantity: 0, amount: '1.234' },
        ],
      }),
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['lines.0.quantity', 'lines.0.amount']));
    const noLines = await repA.gql(`mutation($id: ID!) { submitDeal(id: $id) { id } }`, {
      id: draft.id,
    });
    expect(noLines.errors).toBeUndefined();
  });

  it('feeds the metric layer: the scorecard counts what the registrations went through', async () => {
    const q = `query($p: ID, $period: String!) { partnerScorecard(partnerId: $p, periodCode: $period, trendPeriods: 0) { lines { metric value } } }`;
    type Card = { partnerScorecard: { lines: { metric: string; value: string | null }[] } };
    const pick = (res: { data: Card | null }) =>
      Object.fromEntries(
        res
          .data!.partnerScorecard.lines.filter(
            (l) => l.metric.startsWith('DEALS_') || l.metric === 'REGISTRATION_QUALITY',
          )
          .map((l) => [l.metric, l.value]),
      );
    // Alpha this quarter: five submitted, three approved (none refused), one won, one lost.
    expect(pick(await manager.gql<Card>(q, { p: a.id, period: 'FY2026-Q4' }))).toEqual({
      DEALS_REGISTERED: '5',
      DEALS_APPROVED: '3',
      DEALS_REJECTED: '0',
      DEALS_WON: '1',
      DEALS_LOST: '1',
      DEALS_EXPIRED: '0',
      REGISTRATION_QUALITY: '1',
    });
    // The protection window ran out 90-odd days later, in the next quarter.
    expect(pick(await manager.gql<Card>(q, { p: a.id, period: 'FY2027-Q1' }))).toMatchObject({
      DEALS_EXPIRED: '1',
    });
    // Bravo's own view: its one registration was refused.
    expect(pick(await repB.gql<Card>(q, { period: 'FY2026-Q4' }))).toMatchObject({
      DEALS_REGISTERED: '1',
      DEALS_REJECTED: '1',
      REGISTRATION_QUALITY: '0',
    });
  });

  it('lets the vendor admin set protection per tier, and uses it at approval', async () => {
    const admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    const current = (
      await admin.gql<{ dealSettings: { version: number } }>(`{ dealSettings { version } }`)
    ).data!.dealSettings;
    const save = `mutation($i: DealSettingsInput!) { saveDealSettings(input: $i) { version tierProtection { tierId days } } }`;
    const settings = {
      protectionDays: 90,
      extensionPolicy: 'ONCE',
      extensionDays: 30,
      decisionHours: 8,
      vendorTimeZone: 'UTC',
      engagementRule: 'FIRST_TO_REGISTER',
      nameSimilarity: 0.5,
      tierProtection: [{ tierId: a.tierId, days: 45 }],
      version: current.version,
    };
    const saved = await admin.gql<{ saveDealSettings: { tierProtection: { days: number }[] } }>(
      save,
      { i: settings },
    );
    expect(saved.data?.saveDealSettings.tierProtection).toEqual([{ tierId: a.tierId, days: 45 }]);
    expect((await admin.gql(save, { i: settings })).code).toBe('CONFLICT');
    // A save that leaves the per-tier periods out keeps them.
    const kept = await admin.gql<{ saveDealSettings: { tierProtection: { days: number }[] } }>(
      save,
      {
        i: { ...settings, tierProtection: undefined, version: current.version + 1 },
      },
    );
    expect(kept.data?.saveDealSettings.tierProtection).toEqual([{ tierId: a.tierId, days: 45 }]);
    const deal = (
      await repA.gql<{ registerDeal: Deal }>(REGISTER, {
        i: input({ companyName: 'Tiered Co', website: 'tiered.example' }),
      })
    ).data!.registerDeal;
    const approved = (
      await manager.gql<{ decideDeal: Deal }>(DECIDE, {
        i: { dealId: deal.id, decision: 'APPROVED', comment: '' },
      })
    ).data!.decideDeal;
    expect(new Date(approved.expiresAt!).getTime() - MONDAY_9AM_UTC.getTime()).toBe(
      45 * 86_400_000,
    );
  });
});

describe('deal registration under concurrency', () => {
  it('20 partners submitting one customer at once: exactly one first, the rest marked, nothing lost', async () => {
    const t = await startTestApp({ env: { DATABASE_POOL_SIZE: '25' } });
    try {
      const product = await t.factories.product();
      const reps: ApiClient[] = [];
      for (let i = 0; i < 20; i++) {
        const p = await t.factories.partner();
        reps.push(
          await t.signedIn(
            (await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: p.id })).email,
          ),
        );
      }
      const results = await Promise.all(
        reps.map((rep, i) =>
          rep.gql<{ registerDeal: { id: string; hasConflicts: boolean } }>(
            `mutation($i: DealInput!) { registerDeal(input: $i) { id hasConflicts } }`,
            {
              i: {
                companyName: i % 2 ? 'Concurrent Corp' : 'CONCURRENT CORPORATION',
                website: i % 3 ? 'www.concurrent.example' : 'concurrent.example',
                country: 'US',
                currency: 'USD',
                lines: [{ productId: product.id, quantity: 1, amount: '10.00' }],
                notes: '',
              },
            },
          ),
        ),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect(results.filter((r) => !r.data?.registerDeal.hasConflicts).length).toBe(1);
      const [{ n, conflicts }] = await t.db.asSystem((em) =>
        em.query(
          `SELECT count(*)::int AS n, (SELECT count(DISTINCT deal_id)::int FROM deal_conflict) AS conflicts FROM deal_registration`,
        ),
      );
      expect(n).toBe(20);
      expect(conflicts).toBe(19);
    } finally {
      await t.close();
    }
  });
});
