import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DefinitionStatus,
  EngagementKind,
  FitRuleKind,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import { TestApp, startTestApp } from './support/test-app';

// Monday 2026-11-23, 09:00 in New York (every test partner works there, 9 to 5, Monday to Friday).
const MONDAY_9AM_NY = new Date('2026-11-23T14:00:00Z');

const LEAD_FIELDS = `id stage handoff source partnerId assignedUserId mqlScore mqlReasons version
  currentOffer { id status acceptDueAt contactDueAt partnerId userId
    routing { ruleName summary excludedPartnerIds candidates { partnerId partnerName score tierScore conversionRate slaCompliance openOffers } } }`;
const CREATE = `mutation($i: CreateLeadInput!) { createLead(input: $i) { ${LEAD_FIELDS} } }`;
const GET = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS}
  stageHistory { stage fromStage actorLabel reasonLabel comment details }
  offers { status partnerId reasonLabel comment contactReached acceptBreached }
  slaEvents { kind } } }`;
const INBOX = `query { leads(filter: { view: INBOX }) { totalCount items { id } } }`;
const REJECT = `mutation($i: RejectOfferInput!) { rejectLeadOffer(input: $i) }`;
const ACCEPT = `mutation($id: ID!) { acceptLeadOffer(leadId: $id) { id stage handoff assignedUserId } }`;

type LeadData = {
  id: string;
  stage: string;
  handoff: string;
  partnerId: string | null;
  assignedUserId: string | null;
  mqlScore: number | null;
  mqlReasons: string[];
  currentOffer: null | {
    id: string;
    status: string;
    acceptDueAt: string;
    contactDueAt: string;
    partnerId: string;
    userId: string | null;
    routing: null | {
      ruleName: string;
      summary: string;
      excludedPartnerIds: string[];
      candidates: { partnerId: string; partnerName: string; score: number }[];
    };
  };
  stageHistory?: { stage: string; fromStage: string | null; details: string[] }[];
  offers?: { status: string; partnerId: string; reasonLabel: string | null }[];
  slaEvents?: { kind: string }[];
};

let seq = 0;
const leadInput = (extra: Record<string, unknown> = {}) => ({
  contactName: `Casey Buyer ${++seq}`,
  email: `casey${seq}@buyer${seq}.example`,
  company: `Buyer ${seq} Inc`,
  country: 'US',
  title: 'Head of IT',
  ...extra,
});

describe('leads, routing and SLA clocks', () => {
  let t: TestApp;
  let vendorMarketer: ApiClient;
  let channelManager: ApiClient;
  let gold: Tier;
  let silver: Tier;
  let a: Partner;
  let b: Partner;
  let c: Partner;
  const reps: Record<string, { id: string; client: ApiClient }> = {};
  let marketerA: ApiClient;
  let adminA: ApiClient;
  let rejection: ReasonCode;
  let disqualification: ReasonCode;

  async function rep(name: string, partner: Partner) {
    const u = await t.factories.user({
      role: Role.PARTNER_SALES_REP,
      partnerId: partner.id,
      name,
    });
    reps[name] = { id: u.id, client: await t.signedIn(u.email) };
    return reps[name]!;
  }

  const get = async (client: ApiClient, id: string) =>
    (await client.gql<{ lead: LeadData }>(GET, { id })).data?.lead;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(MONDAY_9AM_NY);
    vendorMarketer = await t.signedIn(
      (await t.factories.user({ role: Role.VENDOR_MARKETER, name: 'Vera Vendor' })).email,
    );
    gold = await t.factories.tier({ name: 'Gold+', rank: 3 });
    silver = await t.factories.tier({ name: 'Silver+', rank: 1 });
    a = await t.factories.partner({ name: 'Alpha Leads', tierId: gold.id });
    b = await t.factories.partner({ name: 'Bravo Leads', tierId: silver.id });
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    channelManager = await t.signedIn(cm.email);
    c = await t.factories.partner({
      name: 'Charlie Leads',
      tierId: silver.id,
      country: 'DE',
      channelManagerId: cm.id,
    });
    await rep('Ann A', a);
    await rep('Bob B', b);
    await rep('Cid C', c);
    marketerA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: a.id })).email,
    );
    adminA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: a.id })).email,
    );
    rejection = await t.factories.reasonCode(ReasonKind.REJECTION, { label: 'Not our territory' });
    disqualification = await t.factories.reasonCode(ReasonKind.DISQUALIFICATION, {
      label: 'No budget',
    });
    await t.factories.definition(DefinitionStatus.PUBLISHED, {
      requiredFields: ['email', 'company'],
      threshold: 20,
      fitRules: [{ kind: FitRuleKind.TITLE_KEYWORD, values: ['IT', 'CTO'], points: 20 }],
      engagementRules: [{ kind: EngagementKind.CONTENT_DOWNLOAD, points: 5, maxPoints: 15 }],
    });
    await t.factories.routingRule({ name: 'US partners', sameCountry: true });
    await t.factories.slaPolicy({ name: 'Standard', acceptHours: 8, contactHours: 16 });
    await t.factories.slaPolicy({
      name: 'Hot',
      priority: 'HOT' as never,
      acceptHours: 2,
      contactHours: 4,
    });
  });
  afterAll(() => t.close());

  it('qualifies a vendor lead by the published criteria and routes it with a stored explanation', async () => {
    const res = await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() });
    expect(res.errors).toBeUndefined();
    const lead = res.data!.createLead;
    expect(lead.stage).toBe('MQL');
    expect(lead.mqlScore).toBe(20);
    expect(lead.mqlReasons.join(' ')).toMatch(/title keyword matches/);
    // Only US partners are eligible; Alpha (Gold) outranks Bravo (Silver) on tier.
    const offer = lead.currentOffer!;
    expect(offer.partnerId).toBe(a.id);
    expect(offer.userId).toBe(reps['Ann A']!.id);
    expect(offer.routing!.ruleName).toBe('US partners');
    expect(offer.routing!.candidates.map((x) => x.partnerName)).toEqual([
      'Alpha Leads',
      'Bravo Leads',
    ]);
    expect(offer.routing!.candidates[0]!.partnerId).toBe(offer.partnerId);
    expect(offer.routing!.candidates[0]!.score).toBeGreaterThan(
      offer.routing!.candidates[1]!.score,
    );
    // 8 business hours from Monday 09:00 New York is Monday 17:00 there.
    expect(offer.acceptDueAt).toBe('2026-11-23T22:00:00.000Z');
    expect(offer.contactDueAt).toBe('2026-11-24T22:00:00.000Z');

    const history = (await get(vendorMarketer, lead.id))!.stageHistory!;
    expect(history.map((h) => [h.fromStage, h.stage])).toEqual([
      [null, 'LEAD'],
      ['LEAD', 'MQL'],
    ]);
    expect(history[1]!.details.join(' ')).toMatch(/score 20 ≥ threshold 20/);

    // The rep sees it in their inbox; the other partners' reps do not see it at all.
    expect(
      (
        await reps['Ann A']!.client.gql<{ leads: { items: { id: string }[] } }>(INBOX)
      ).data?.leads.items.map((l) => l.id),
    ).toContain(lead.id);
    // The chosen partner sees why it was chosen, but not who else was in the running.
    const own = (await get(reps['Ann A']!.client, lead.id))!.currentOffer!.routing!;
    expect(own.candidates.map((x) => x.partnerName)).toEqual(['Alpha Leads']);
    expect(own.excludedPartnerIds).toEqual([]);
    expect((await reps['Bob B']!.client.gql(GET, { id: lead.id })).code).toBe('NOT_FOUND');
    expect((await reps['Cid C']!.client.gql(GET, { id: lead.id })).code).toBe('NOT_FOUND');
  });

  it('keeps a lead below the threshold in the pool with the reasons', async () => {
    const res = await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, {
      i: leadInput({ title: 'Intern' }),
    });
    expect(res.data?.createLead).toMatchObject({ stage: 'LEAD', handoff: 'POOL', mqlScore: 0 });
    expect(res.data?.createLead.mqlReasons.join(' ')).toMatch(/score 0 < threshold 20/);
  });

  it('refuses a duplicate email under the same owner with a clear message, but not across owners', async () => {
    const i = leadInput({ email: 'dup@same.example' });
    expect((await vendorMarketer.gql(CREATE, { i })).errors).toBeUndefined();
    const again = await vendorMarketer.gql(CREATE, { i: { ...i, email: 'DUP@same.example' } });
    expect(again.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already exists/);
    // A partner marketer may have the same person as their own lead.
    expect((await marketerA.gql(CREATE, { i })).errors).toBeUndefined();
  });

  it('validates fields with messages a person can act on and writes nothing', async () => {
    const bad = await vendorMarketer.gql(CREATE, {
      i: { contactName: ' ', email: 'not-an-email', country: 'XX', companySize: -3 },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'companySize',
      'contactName',
      'country',
      'email',
    ]);
  });

  it('rejection needs a reason and comment, reaches the originator, and the lead never returns to that partner', async () => {
    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    const first = lead.currentOffer!.partnerId;
    const firstRep = Object.values(reps).find((r) => r.id === lead.currentOffer!.userId)!;
    const noReason = await firstRep.client.gql(REJECT, {
      i: {
        leadId: lead.id,
        reasonCodeId: disqualification.id,
        comment: 'no',
        contactReached: false,
      },
    });
    expect(noReason.code).toBe('BAD_USER_INPUT');
    const ok = await firstRep.client.gql(REJECT, {
      i: {
        leadId: lead.id,
        reasonCodeId: rejection.id,
        comment: 'Outside our region',
        contactReached: false,
      },
    });
    expect(ok.errors).toBeUndefined();
    // The partner no longer sees the lead; it waits for routing (a durable job).
    expect((await firstRep.client.gql(GET, { id: lead.id })).code).toBe('NOT_FOUND');
    expect((await get(vendorMarketer, lead.id))!.handoff).toBe('POOL');
    await t.jobs.runDue();
    const after = (await get(vendorMarketer, lead.id))!;
    expect(after.currentOffer!.partnerId).not.toBe(first);
    // The new partner sees the lead's vendor history (created, qualified) but nothing of the
    // partner that declined it: not its offer, not its reason.
    const nextRep = Object.values(reps).find((r) => r.id === after.currentOffer!.userId)!;
    const seen = (await get(nextRep.client, lead.id))!;
    expect(seen.stageHistory!.map((h) => h.stage)).toEqual(['LEAD', 'MQL']);
    expect(seen.offers!.map((o) => o.partnerId)).toEqual([after.currentOffer!.partnerId]);
    expect(JSON.stringify(seen)).not.toContain('Outside our region');
    expect(after.currentOffer!.routing!.excludedPartnerIds).toEqual([first]);
    expect(after.offers!.find((o) => o.status === 'REJECTED')?.reasonLabel).toBe(
      'Not our territory',
    );
    // The vendor marketer who created it was told why.
    const inbox = await vendorMarketer.gql<{
      myNotifications: { items: { title: string; body: string }[] };
    }>(`query { myNotifications { items { title body } } }`);
    expect(inbox.data?.myNotifications.items.some((n) => /Outside our region/.test(n.body))).toBe(
      true,
    );
  });

  it('recalls an offer not accepted in time and offers it to another eligible partner, never one that declined', async () => {
    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    const firstPartner = lead.currentOffer!.partnerId;
    const due = new Date(lead.currentOffer!.acceptDueAt);
    // Reminder first (75% of the window), then the deadline.
    t.clock.set(new Date(due.getTime() - 60 * 60_000));
    await t.jobs.runDue();
    expect((await get(vendorMarketer, lead.id))!.slaEvents!.map((e) => e.kind)).toEqual([
      'ACCEPT_REMINDER',
    ]);
    t.clock.set(new Date(due.getTime() + 1000));
    await t.jobs.runDue();
    const after = (await get(vendorMarketer, lead.id))!;
    expect(after.offers!.map((o) => [o.status, o.partnerId])).toEqual([
      ['PENDING', after.currentOffer!.partnerId],
      ['EXPIRED', firstPartner],
    ]);
    expect(after.currentOffer!.partnerId).not.toBe(firstPartner);
    expect(after.slaEvents!.map((e) => e.kind)).toEqual(['ACCEPT_REMINDER', 'ACCEPT_BREACH']);
    // Running the jobs again changes nothing: each deadline fires once.
    expect(await t.jobs.runDue()).toBe(0);
    // When the last eligible partner also lets it expire, it goes to the manual queue.
    t.clock.set(new Date(new Date(after.currentOffer!.acceptDueAt).getTime() + 1000));
    await t.jobs.runDue();
    const manual = (await get(vendorMarketer, lead.id))!;
    expect(manual.handoff).toBe('MANUAL');
    expect(manual.partnerId).toBeNull();
    const queue = await channelManager.gql<{ leads: { items: { id: string }[] } }>(
      `query { leads(filter: { view: MANUAL }) { items { id } } }`,
    );
    expect(queue.data?.leads.items.map((l) => l.id)).toContain(lead.id);
    // A channel manager assigns it by hand to a partner outside the rule.
    const assigned = await channelManager.gql<{ assignLead: LeadData }>(
      `mutation($i: AssignLeadInput!) { assignLead(input: $i) { ${LEAD_FIELDS} } }`,
      { i: { leadId: lead.id, partnerId: c.id, note: 'German subsidiary' } },
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.assignLead.currentOffer?.partnerId).toBe(c.id);
    expect(assigned.data?.assignLead.currentOffer?.routing?.summary).toMatch(/German subsidiary/);
    t.clock.set(MONDAY_9AM_NY);
  });

  it('computes deadlines in business hours of the partner, skipping nights and weekends', async () => {
    // Friday 2026-11-27 16:00 New York: 8 business hours → 1 on Friday, 7 on Monday: 16:00 there.
    t.clock.set(new Date('2026-11-27T21:00:00Z'));
    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    expect(lead.currentOffer!.acceptDueAt).toBe('2026-11-30T21:00:00.000Z');
    // Hot leads use the hot policy: 2 business hours → Monday 10:00 New York.
    const hot = (
      await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, {
        i: leadInput({ priority: 'HOT' }),
      })
    ).data!.createLead;
    expect(hot.currentOffer!.acceptDueAt).toBe('2026-11-30T15:00:00.000Z');
    t.clock.set(MONDAY_9AM_NY);
  });

  it('accepting makes the lead an SQL for the rep; first contact stops the contact clock', async () => {
    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    const offered = Object.values(reps).find((r) => r.id === lead.currentOffer!.userId)!;
    const other = Object.values(reps).find((r) => r.id !== offered.id)!;
    expect((await other.client.gql(ACCEPT, { id: lead.id })).code).toMatch(
      /NOT_FOUND|CONFLICT|FORBIDDEN/,
    );
    const accepted = await offered.client.gql<{ acceptLeadOffer: LeadData }>(ACCEPT, {
      id: lead.id,
    });
    expect(accepted.data?.acceptLeadOffer).toMatchObject({ stage: 'SQL', handoff: 'ACCEPTED' });
    expect((await offered.client.gql(ACCEPT, { id: lead.id })).code).toBe('CONFLICT');
    const contacted = await offered.client.gql(
      `mutation($id: ID!) { markLeadContacted(leadId: $id) { id } }`,
      { id: lead.id },
    );
    expect(contacted.errors).toBeUndefined();
    t.clock.set(new Date(new Date(lead.currentOffer!.contactDueAt).getTime() + 1000));
    await t.jobs.runDue();
    expect((await get(vendorMarketer, lead.id))!.slaEvents!.map((e) => e.kind)).not.toContain(
      'CONTACT_BREACH',
    );
    t.clock.set(MONDAY_9AM_NY);

    // Converting records the Opportunity stage; disqualifying later needs a reason.
    const move = `mutation($i: MoveLeadStageInput!) { moveLeadStage(input: $i) { stage } }`;
    expect(
      (await offered.client.gql(move, { i: { leadId: lead.id, stage: 'WON', comment: '' } })).code,
    ).toBe('BAD_USER_INPUT');
    const converted = await offered.client.gql<{ moveLeadStage: { stage: string } }>(move, {
      i: { leadId: lead.id, stage: 'OPPORTUNITY', comment: 'Demo booked' },
    });
    expect(converted.data?.moveLeadStage.stage).toBe('OPPORTUNITY');
    const lost = await offered.client.gql(move, {
      i: { leadId: lead.id, stage: 'LOST', comment: '' },
    });
    expect(lost.errors?.[0]?.message).toMatch(/Choose a reason/);
  });

  it('records a missed first contact against the partner', async () => {
    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    const offered = Object.values(reps).find((r) => r.id === lead.currentOffer!.userId)!;
    await offered.client.gql(ACCEPT, { id: lead.id });
    t.clock.set(new Date(new Date(lead.currentOffer!.contactDueAt).getTime() + 1000));
    await t.jobs.runDue();
    expect((await get(vendorMarketer, lead.id))!.slaEvents!.map((e) => e.kind)).toContain(
      'CONTACT_BREACH',
    );
    t.clock.set(MONDAY_9AM_NY);
  });

  it('offers a partner marketer’s MQL to the partner’s reps in turn; a rep sees only their own leads', async () => {
    const second = await rep('Amy A', a);
    const created: LeadData[] = [];
    for (let i = 0; i < 2; i++) {
      // Round-robin goes by whose last offer is oldest: a week after the other tests' offers,
      // a minute apart.
      t.clock.set(new Date(MONDAY_9AM_NY.getTime() + 7 * 86_400_000 + i * 60_000));
      created.push(
        (await marketerA.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() })).data!
          .createLead,
      );
    }
    t.clock.set(MONDAY_9AM_NY);
    const assignees = created.map((l) => l.currentOffer!.userId);
    expect(new Set(assignees).size).toBe(2);
    expect(assignees).toContain(second.id);
    expect(created.every((l) => l.currentOffer!.partnerId === a.id)).toBe(true);
    const seenBySecond = await second.client.gql<{ leads: { items: { id: string }[] } }>(
      `query { leads { items { id } } }`,
    );
    const ids = seenBySecond.data!.leads.items.map((l) => l.id);
    for (const l of created) expect(ids.includes(l.id)).toBe(l.currentOffer!.userId === second.id);
    // The marketer and the admin see all of the partner's leads.
    const all = await adminA.gql<{ leads: { items: { id: string }[] } }>(
      `query { leads(page: { limit: 100 }) { items { id } } }`,
    );
    for (const l of created) expect(all.data!.leads.items.map((x) => x.id)).toContain(l.id);
    // A rep's rejection returns it to the partner queue with the reason for the marketer.
    const mine = created.find((l) => l.currentOffer!.userId === second.id)!;
    await second.client.gql(REJECT, {
      i: {
        leadId: mine.id,
        reasonCodeId: rejection.id,
        comment: 'Already a customer',
        contactReached: true,
      },
    });
    const back = (await get(marketerA, mine.id))!;
    expect(back.handoff).toBe('PARTNER_QUEUE');
    expect(back.assignedUserId).toBeNull();
  });

  it('cannot double a lead or an answer under concurrent requests', async () => {
    const i = leadInput({ email: `race-${Date.now()}@same.example` });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => vendorMarketer.gql(CREATE, { i })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.code === 'CONFLICT').length).toBe(3);

    const lead = (await vendorMarketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() }))
      .data!.createLead;
    const offered = Object.values(reps).find((r) => r.id === lead.currentOffer!.userId)!;
    const answers = await Promise.all([
      offered.client.gql(ACCEPT, { id: lead.id }),
      offered.client.gql(REJECT, {
        i: {
          leadId: lead.id,
          reasonCodeId: rejection.id,
          comment: 'Changed my mind',
          contactReached: false,
        },
      }),
      offered.client.gql(ACCEPT, { id: lead.id }),
    ]);
    expect(answers.filter((r) => !r.errors).length).toBe(1);
    const offers = (await get(vendorMarketer, lead.id))!.offers!;
    expect(offers.filter((o) => o.status !== 'PENDING').length).toBe(1);
  });

  it('a rep’s self-sourced lead is theirs and accepted at once', async () => {
    const res = await reps['Bob B']!.client.gql<{ createLead: LeadData }>(CREATE, {
      i: leadInput(),
    });
    expect(res.data?.createLead).toMatchObject({
      source: 'PARTNER_SALES',
      stage: 'SQL',
      handoff: 'ACCEPTED',
      assignedUserId: reps['Bob B']!.id,
      partnerId: b.id,
    });
  });

  it('pages carry the list’s total, and a page past the end still counts it', async () => {
    type Page = { leads: { totalCount: number; hasMore: boolean; items: { id: string }[] } };
    const page = async (offset: number, limit: number) =>
      (
        await vendorMarketer.gql<Page>(
          `query($p: PageInput) { leads(page: $p) { totalCount hasMore items { id } } }`,
          { p: { offset, limit } },
        )
      ).data!.leads;
    for (let i = 0; i < 4; i++) await vendorMarketer.gql(CREATE, { i: leadInput() });
    const everything = await page(0, 100);
    const total = everything.totalCount;
    expect(total).toBe(everything.items.length);
    expect(total).toBeGreaterThan(3);
    const first = await page(0, 2);
    expect([first.totalCount, first.hasMore, first.items.length]).toEqual([total, true, 2]);
    const last = await page(total - 1, 2);
    expect([last.totalCount, last.hasMore, last.items.map((l) => l.id)]).toEqual([
      total,
      false,
      [everything.items[total - 1].id],
    ]);
    const beyond = await page(total + 5, 2);
    expect([beyond.totalCount, beyond.hasMore, beyond.items.length]).toEqual([total, false, 0]);
  });
});

describe('lead deadlines across a restart', () => {
  it('fires a deadline that passed while the API was stopped after restart, once', async () => {
    const { createTestDatabase } = await import('@tandem/api-testing');
    const { migrate } = await import('../../apps/api/src/database/prepare-database');
    const database = await createTestDatabase((url) => migrate(url));
    try {
      const first = await startTestApp({ database });
      first.clock.set(MONDAY_9AM_NY);
      const tier = await first.factories.tier({ name: 'Only', rank: 1 });
      const p1 = await first.factories.partner({ name: 'First Co', tierId: tier.id });
      const p2 = await first.factories.partner({ name: 'Second Co', tierId: tier.id });
      for (const p of [p1, p2])
        await first.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: p.id });
      await first.factories.definition(DefinitionStatus.PUBLISHED, {
        requiredFields: ['email'],
        threshold: 0,
        fitRules: [],
        engagementRules: [],
      });
      await first.factories.routingRule({ name: 'All' });
      const marketer = await first.signedIn(
        (await first.factories.user({ role: Role.VENDOR_MARKETER })).email,
      );
      const lead = (await marketer.gql<{ createLead: LeadData }>(CREATE, { i: leadInput() })).data!
        .createLead;
      const firstPartner = lead.currentOffer!.partnerId;
      await first.close();

      const second = await startTestApp({ database });
      try {
        second.clock.set(new Date(new Date(lead.currentOffer!.acceptDueAt).getTime() + 3_600_000));
        await second.jobs.runDue();
        await second.jobs.runDue();
        const rows: { status: string; partner_id: string }[] = await second.db.asSystem((em) =>
          em.query(
            `SELECT status, partner_id FROM lead_offer WHERE lead_id = $1 ORDER BY offered_at`,
            [lead.id],
          ),
        );
        expect(rows.map((r) => r.status)).toEqual(['EXPIRED', 'PENDING']);
        expect(rows[1]!.partner_id).not.toBe(firstPartner);
        const breaches = await second.db.asSystem((em) =>
          em.query(
            `SELECT count(*)::int AS n FROM lead_sla_event WHERE lead_id = $1 AND kind = 'ACCEPT_BREACH'`,
            [lead.id],
          ),
        );
        expect(breaches[0].n).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});
