import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PartnerStatus, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

const CREATE = `mutation($i:CampaignInput!){ createCampaign(input:$i) { id version status } }`;
const LAUNCH = `mutation($id:ID!){ launchCampaign(id:$id) { status phase targetPartnerCount } }`;
const FEED = `{ campaignFeed(page:{limit:100}) { items { id name phase acknowledgedByMe acknowledgementCount } } }`;

describe('campaigns', () => {
  let t: TestApp;
  let vendor: ApiClient;
  let gold: Tier;
  let goldPartner: Partner;
  let otherPartner: Partner;
  let suspendedGold: Partner;
  const users: Record<string, User> = {};
  const clients: Record<string, ApiClient> = {};
  const day = (offset: number) =>
    new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp();
    const vm = await t.factories.user({ role: Role.VENDOR_MARKETER });
    vendor = await t.signedIn(vm.email);
    gold = await t.factories.tier({ name: 'Gold+', rank: 7 });
    goldPartner = await t.factories.partner({ tierId: gold.id });
    suspendedGold = await t.factories.partner({ tierId: gold.id, status: PartnerStatus.SUSPENDED });
    otherPartner = await t.factories.partner();
    for (const [key, role, partner] of [
      ['goldMarketer', Role.PARTNER_MARKETER, goldPartner],
      ['goldRep', Role.PARTNER_SALES_REP, goldPartner],
      ['goldAdmin', Role.PARTNER_ADMIN, goldPartner],
      ['otherMarketer', Role.PARTNER_MARKETER, otherPartner],
      ['suspendedRep', Role.PARTNER_SALES_REP, suspendedGold],
    ] as const) {
      users[key] = await t.factories.user({ role, partnerId: partner.id });
      if (key !== 'suspendedRep') clients[key] = await t.signedIn(users[key]!.email);
    }
  });
  afterAll(() => t.close());

  const input = (values: Record<string, unknown> = {}) => ({
    name: `Spring push ${Math.random().toString(36).slice(2, 6)}`,
    goal: '40 MQLs',
    startsOn: day(2),
    endsOn: day(30),
    targetMode: 'TIERS',
    targetTierIds: [gold.id],
    ...values,
  });
  const titles = async (client: ApiClient) => {
    const res = await client.gql<{ myNotifications: { items: { title: string }[] } }>(
      `{ myNotifications(page:{limit:100}) { items { title } } }`,
    );
    return res.data?.myNotifications.items.map((n) => n.title) ?? [];
  };

  it('explains bad campaign input', async () => {
    const res = await vendor.gql(CREATE, {
      i: input({
        startsOn: day(10),
        endsOn: day(1),
        targetTierIds: [],
        personaIds: [goldPartner.id],
      }),
    });
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'endsOn',
      'personaIds',
      'targetTierIds',
    ]);
    const badDate = await vendor.gql(CREATE, { i: input({ startsOn: '2026-02-30' }) });
    expect(badDate.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('startsOn');
  });

  it('launches to the targeted partners only, tells their marketers and reps, and moves through phases', async () => {
    const persona = await t.factories.persona();
    const created = await vendor.gql<{ createCampaign: { id: string } }>(CREATE, {
      i: input({ personaIds: [persona.id], name: 'Gold spring push' }),
    });
    const id = created.data?.createCampaign.id ?? '';
    // Drafts stay with their owner.
    expect(
      (await clients['goldMarketer']!.gql(`query($id:ID!){ campaign(id:$id) { id } }`, { id }))
        .code,
    ).toBe('NOT_FOUND');

    const launched = await vendor.gql<{
      launchCampaign: { status: string; phase: string; targetPartnerCount: number };
    }>(LAUNCH, { id });
    expect(launched.data?.launchCampaign).toEqual({
      status: 'LAUNCHED',
      phase: 'UPCOMING',
      targetPartnerCount: 1,
    });
    expect((await vendor.gql(LAUNCH, { id })).code).toBe('CONFLICT');

    await t.jobs.runDue();
    expect(await titles(clients['goldMarketer']!)).toContain('Campaign launched: Gold spring push');
    expect(await titles(clients['goldRep']!)).toContain('Campaign launched: Gold spring push');
    expect(await titles(clients['goldAdmin']!)).not.toContain(
      'Campaign launched: Gold spring push',
    );
    expect(await titles(clients['otherMarketer']!)).not.toContain(
      'Campaign launched: Gold spring push',
    );
    const suspended = await t.db.asSystem((em) =>
      em.query(`SELECT 1 FROM notification WHERE user_id = $1`, [users['suspendedRep']!.id]),
    );
    expect(suspended).toEqual([]);

    const feed = await clients['goldRep']!.gql<{
      campaignFeed: { items: { id: string; phase: string }[] };
    }>(FEED);
    expect(feed.data?.campaignFeed.items).toContainEqual(
      expect.objectContaining({ id, phase: 'UPCOMING' }),
    );
    const otherFeed = await clients['otherMarketer']!.gql<{
      campaignFeed: { items: { id: string }[] };
    }>(FEED);
    expect(otherFeed.data?.campaignFeed.items.map((c) => c.id)).not.toContain(id);

    t.clock.advance(3 * 86_400_000);
    const live = await clients['goldRep']!.gql<{
      campaign: { phase: string; personas: { id: string }[] };
    }>(`query($id:ID!){ campaign(id:$id) { phase personas { id } } }`, { id });
    expect(live.data?.campaign).toEqual({ phase: 'LIVE', personas: [{ id: persona.id }] });

    await clients['goldRep']!.gql(`mutation($id:ID!){ acknowledgeCampaign(id:$id) { id } }`, {
      id,
    });
    await clients['goldRep']!.gql(`mutation($id:ID!){ acknowledgeCampaign(id:$id) { id } }`, {
      id,
    });
    const acked = await clients['goldMarketer']!.gql<{
      campaign: { acknowledgedByMe: boolean; acknowledgementCount: number };
    }>(`query($id:ID!){ campaign(id:$id) { acknowledgedByMe acknowledgementCount } }`, { id });
    expect(acked.data?.campaign).toEqual({ acknowledgedByMe: false, acknowledgementCount: 1 });

    const [{ version }] = await t.db.asSystem((em) =>
      em.query('SELECT version FROM campaign WHERE id = $1', [id]),
    );
    const retarget = await vendor.gql(
      `mutation($i:UpdateCampaignInput!){ updateCampaign(input:$i) { id } }`,
      {
        i: {
          ...input({ name: 'Gold spring push' }),
          id,
          version,
          targetMode: 'ALL',
          targetTierIds: [],
        },
      },
    );
    expect(retarget.errors?.[0]?.message).toBe('Targets are fixed once a campaign is launched.');
    t.clock.advance(40 * 86_400_000);
    const ended = await clients['goldRep']!.gql<{ campaignFeed: { items: { id: string }[] } }>(
      FEED,
    );
    expect(ended.data?.campaignFeed.items.map((c) => c.id)).not.toContain(id);
  });

  it('refuses to launch a campaign no partner matches', async () => {
    const empty = await t.factories.tier({ name: 'Empty tier', rank: 8 });
    const created = await vendor.gql<{ createCampaign: { id: string } }>(CREATE, {
      i: input({ targetTierIds: [empty.id] }),
    });
    const res = await vendor.gql(LAUNCH, { id: created.data?.createCampaign.id });
    expect(res.errors?.[0]?.message).toBe('No active partner matches these targets.');
  });

  it('keeps a partner’s own campaign to that partner, and each side edits only its own', async () => {
    const own = await clients['goldMarketer']!.gql<{ createCampaign: { id: string } }>(CREATE, {
      i: input({ name: 'Gold local webinar', targetMode: 'ALL' }),
    });
    const id = own.data?.createCampaign.id ?? '';
    const launched = await clients['goldMarketer']!.gql<{
      launchCampaign: { targetPartnerCount: number };
    }>(LAUNCH, { id });
    expect(launched.data?.launchCampaign.targetPartnerCount).toBe(1);
    expect(
      (await clients['otherMarketer']!.gql(`query($id:ID!){ campaign(id:$id) { id } }`, { id }))
        .code,
    ).toBe('NOT_FOUND');
    const raw = await t.db.transaction(
      { kind: 'partner', partnerId: otherPartner.id, userId: users['otherMarketer']!.id },
      (em) => em.query(`SELECT id FROM campaign WHERE id = $1`, [id]),
    );
    expect(raw).toEqual([]);
    expect(
      (await vendor.gql(`query($id:ID!){ campaign(id:$id) { canManage } }`, { id })).data,
    ).toEqual({ campaign: { canManage: false } });
    expect(
      (await vendor.gql(`mutation($id:ID!){ cancelCampaign(id:$id) { id } }`, { id })).code,
    ).toBe('FORBIDDEN');

    await t.jobs.runDue();
    const vendorCampaign = await t.factories.campaign({ targets: [goldPartner.id] });

    expect(
      (
        await clients['goldMarketer']!.gql(`mutation($id:ID!){ cancelCampaign(id:$id) { id } }`, {
          id: vendorCampaign.id,
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('sends the launch by email to those who prefer email', async () => {
    await clients['goldRep']!.gql(
      `mutation { setNotificationPreference(kind:CAMPAIGN_LAUNCHED, channel:EMAIL) { kind } }`,
    );
    const created = await vendor.gql<{ createCampaign: { id: string } }>(CREATE, {
      i: input({ name: 'Mail me' }),
    });
    await vendor.gql(LAUNCH, { id: created.data?.createCampaign.id });
    await t.jobs.runDue();
    expect(await titles(clients['goldRep']!)).not.toContain('Campaign launched: Mail me');
    const mails = await t.db.asSystem((em) =>
      em.query(
        `SELECT payload->>'subject' AS subject FROM job WHERE kind = 'mail.send' AND payload->>'to' = $1`,
        [users['goldRep']!.email],
      ),
    );
    expect(mails).toEqual([{ subject: 'Campaign launched: Mail me' }]);
  });
});
