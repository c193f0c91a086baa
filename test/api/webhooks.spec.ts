/**
 * Outbound webhooks against a real receiver (a node http server on 127.0.0.1): deliveries are
 * signed over the raw body, retried with growing delays on 500s and failed after 24 hours, the
 * endpoint is then disabled and its owner told; a resend makes a new attempt; a partner's
 * endpoint only ever receives that partner's events; and the outbox survives a restart.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReasonKind, Role } from '@tandem/shared-domain';
import { ApiClient, createTestDatabase } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { HandoffService } from '@tandem/api-leads';
import { WebhookDispatcher } from '@tandem/api-webhooks';
import { migrate } from '../../apps/api/src/database/prepare-database';
import { TestApp, startTestApp } from './support/test-app';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

interface Receiver {
  url: string;
  received: Received[];
  /** The status code a path answers with (200 unless set). */
  status: Map<string, number>;
  at(path: string): Received[];
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const status = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = status.get(path) ?? 200;
      res.end(res.statusCode < 300 ? 'thanks' : 'receiver exploded');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    status,
    at: (path) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Verifies a delivery the way docs/integrations.md tells receivers to. */
function verify(secret: string, r: Received): boolean {
  const header = String(r.headers['tandem-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  if (!parts['t'] || !parts['v1']) return false;
  if (parts['t'] !== r.headers['tandem-webhook-timestamp']) return false;
  const expected = createHmac('sha256', secret).update(`${parts['t']}.${r.raw}`).digest();
  const given = Buffer.from(parts['v1'], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const ALL_EVENTS = [
  'LEAD_CREATED',
  'LEAD_STAGE_CHANGED',
  'OFFER_ACCEPTED',
  'OFFER_REJECTED',
  'OFFER_EXPIRED',
  'REGISTRATION_SUBMITTED',
  'REGISTRATION_APPROVED',
  'REGISTRATION_REJECTED',
  'REGISTRATION_WON',
  'REGISTRATION_LOST',
  'REGISTRATION_EXPIRED',
  'GOAL_CHANGED',
  'CAMPAIGN_LAUNCHED',
];

const CREATE_ENDPOINT = `mutation($i: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $i) { secret endpoint { id url events enabled secretHint } } }`;
const CREATE_LEAD = `mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }`;
const ENDPOINT = `query($id: ID!) { webhookEndpoint(id: $id) {
  id enabled disabledReason consecutiveFailures
  deliveries { totalCount items { id eventType status attempts lastStatusCode nextAttemptAt failedAt
    attemptLog { statusCode success error responseExcerpt } } } } }`;

interface DeliveryView {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: string | null;
  failedAt: string | null;
  attemptLog: { statusCode: number | null; success: boolean; error: string | null }[];
}
interface EndpointView {
  id: string;
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  deliveries: { totalCount: number; items: DeliveryView[] };
}

let seq = 0;
const leadInput = () => ({
  contactName: `Webhook Buyer ${++seq}`,
  email: `hook${seq}-${Date.now()}@buyer${seq}.example`,
  company: `Hook Buyer ${seq} Inc`,
});

async function createEndpoint(
  client: ApiClient,
  url: string,
  events: string[] = ['LEAD_CREATED'],
): Promise<{ id: string; secret: string }> {
  const res = await client.gql<{
    createWebhookEndpoint: { secret: string; endpoint: { id: string } };
  }>(CREATE_ENDPOINT, { i: { url, events, description: 'Test receiver' } });
  expect(res.errors).toBeUndefined();
  return {
    id: res.data!.createWebhookEndpoint.endpoint.id,
    secret: res.data!.createWebhookEndpoint.secret,
  };
}

async function createLead(client: ApiClient): Promise<string> {
  const res = await client.gql<{ createLead: { id: string } }>(CREATE_LEAD, { i: leadInput() });
  expect(res.errors).toBeUndefined();
  return res.data!.createLead.id;
}

async function endpointView(client: ApiClient, id: string): Promise<EndpointView> {
  const res = await client.gql<{ webhookEndpoint: EndpointView }>(ENDPOINT, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.webhookEndpoint;
}

describe('outbound webhooks', () => {
  let t: TestApp;
  let rx: Receiver;
  let dispatcher: WebhookDispatcher;
  let a: Partner;
  let b: Partner;
  let c: Partner;
  let vendorAdmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let adminC: ApiClient;
  let adminCId: string;
  let marketerA: ApiClient;
  let marketerB: ApiClient;
  let marketerC: ApiClient;
  let vendorHook: { id: string; secret: string };
  let hookA: { id: string; secret: string };
  let hookB: { id: string; secret: string };

  beforeAll(async () => {
    t = await startTestApp();
    rx = await startReceiver();
    dispatcher = t.app.get(WebhookDispatcher);
    a = await t.factories.partner({ name: 'Hook Partner A' });
    b = await t.factories.partner({ name: 'Hook Partner B' });
    c = await t.factories.partner({ name: 'Hook Partner C' });
    const sign = async (role: Role, partnerId: string | null) =>
      t.signedIn((await t.factories.user({ role, partnerId })).email);
    vendorAdmin = await sign(Role.VENDOR_ADMIN, null);
    adminA = await sign(Role.PARTNER_ADMIN, a.id);
    adminB = await sign(Role.PARTNER_ADMIN, b.id);
    const userC = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: c.id });
    adminCId = userC.id;
    adminC = await t.signedIn(userC.email);
    marketerA = await sign(Role.PARTNER_MARKETER, a.id);
    marketerB = await sign(Role.PARTNER_MARKETER, b.id);
    marketerC = await sign(Role.PARTNER_MARKETER, c.id);
    vendorHook = await createEndpoint(vendorAdmin, `${rx.url}/vendor`, ALL_EVENTS);
    hookA = await createEndpoint(adminA, `${rx.url}/a`);
    hookB = await createEndpoint(adminB, `${rx.url}/b`);
  });

  afterAll(async () => {
    await t?.close();
    await rx?.close();
  });

  it('refuses endpoints with a bad URL or no events, field by field', async () => {
    const res = await adminA.gql(CREATE_ENDPOINT, {
      i: { url: 'ftp://files.example', events: [] },
    });
    expect(res.code).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['events', 'url']);
    const ping = await adminA.gql(CREATE_ENDPOINT, {
      i: { url: 'https://hooks.example/x', events: ['PING'] },
    });
    expect(ping.code).toBe('BAD_USER_INPUT');
  });

  it('signs each delivery with HMAC-SHA256 over the timestamp and the raw body', async () => {
    const leadId = await createLead(marketerA);
    // Nothing is sent before the dispatcher runs: the event waits in the outbox.
    expect(rx.at('/a')).toHaveLength(0);
    expect(await dispatcher.runDue()).toEqual({ dispatched: 1, attempted: 2 });
    const [delivery] = rx.at('/a');
    expect(delivery).toBeDefined();
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['tandem-webhook-event']).toBe('lead.created');
    expect(verify(hookA.secret, delivery)).toBe(true);
    // A tampered body or another endpoint's secret does not verify.
    expect(verify(hookA.secret, { ...delivery, raw: delivery.raw.replace('Buyer', 'Bayer') })).toBe(
      false,
    );
    expect(verify(hookB.secret, delivery)).toBe(false);
    const body = JSON.parse(delivery.raw);
    expect(body).toMatchObject({
      id: delivery.headers['tandem-webhook-id'],
      type: 'lead.created',
      partnerId: a.id,
      data: { lead: { id: leadId, partnerId: a.id, stage: 'LEAD' } },
    });
    const [vendorCopy] = rx.at('/vendor');
    expect(vendorCopy.raw).toBe(delivery.raw);
    expect(verify(vendorHook.secret, vendorCopy)).toBe(true);
    expect(rx.at('/b')).toHaveLength(0);
    const view = await endpointView(adminA, hookA.id);
    expect(view.deliveries.items[0]).toMatchObject({
      eventType: 'LEAD_CREATED',
      status: 'DELIVERED',
      attempts: 1,
      lastStatusCode: 200,
      attemptLog: [{ statusCode: 200, success: true, error: null }],
    });
  });

  it('keeps the endpoint’s version through deliveries, so an edit from the loaded screen saves', async () => {
    const VERSION = `query($id: ID!) { webhookEndpoint(id: $id) { version } }`;
    const before = await adminA.gql<{ webhookEndpoint: { version: number } }>(VERSION, {
      id: hookA.id,
    });
    await createLead(marketerA);
    expect((await dispatcher.runDue()).attempted).toBeGreaterThan(0);
    // A null description clears it (no internal error).
    const res = await adminA.gql<{ updateWebhookEndpoint: { description: string } }>(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { description } }`,
      {
        i: {
          id: hookA.id,
          expectedVersion: before.data!.webhookEndpoint.version,
          description: null,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateWebhookEndpoint: { description: '' } });
  });

  it('sends a partner’s endpoint only that partner’s events, and the vendor’s endpoint all', async () => {
    rx.received.length = 0;
    const fromA = [await createLead(marketerA), await createLead(marketerA)];
    const fromB = [await createLead(marketerB)];
    await dispatcher.runDue();
    const leadIds = (rs: Received[]) => rs.map((r) => JSON.parse(r.raw).data.lead.id).sort();
    expect(leadIds(rx.at('/a'))).toEqual([...fromA].sort());
    expect(leadIds(rx.at('/b'))).toEqual(fromB);
    expect(leadIds(rx.at('/vendor'))).toEqual([...fromA, ...fromB].sort());
    for (const r of rx.at('/a')) {
      expect(r.raw).not.toContain(b.id);
      expect(r.raw).not.toContain(fromB[0]);
    }
    for (const r of rx.at('/b')) expect(r.raw).not.toContain(a.id);
    // Partner B's admin cannot see partner A's endpoint or its deliveries.
    const list = await adminB.gql<{ webhookEndpoints: { id: string }[] }>(
      `{ webhookEndpoints { id } }`,
    );
    expect(list.data!.webhookEndpoints.map((e) => e.id)).toEqual([hookB.id]);
    expect((await adminB.gql(ENDPOINT, { id: hookA.id })).code).toBe('NOT_FOUND');
  });

  it('sends stage changes, goal changes and launched campaigns to the partner they belong to', async () => {
    const more = await createEndpoint(adminA, `${rx.url}/a-more`, [
      'LEAD_STAGE_CHANGED',
      'GOAL_CHANGED',
      'CAMPAIGN_LAUNCHED',
    ]);
    rx.received.length = 0;
    const repA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: a.id })).email,
    );
    const leadId = await createLead(repA);
    const moved = await repA.gql(
      `mutation($i: MoveLeadStageInput!) { moveLeadStage(input: $i) { stage } }`,
      { i: { leadId, stage: 'OPPORTUNITY' } },
    );
    expect(moved.errors).toBeUndefined();
    const SET_GOAL = `mutation($i: SetGoalInput!) { setGoal(input: $i) { id } }`;
    for (const partner of [b, a]) {
      const goal = await vendorAdmin.gql(SET_GOAL, {
        i: {
          partnerId: partner.id,
          periodCode: 'FY2026-Q4',
          metric: 'LEADS_RECEIVED',
          target: '10',
        },
      });
      expect(goal.errors).toBeUndefined();
    }
    const campaign = await marketerA.gql<{ createCampaign: { id: string } }>(
      `mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }`,
      {
        i: {
          name: 'Hooked campaign',
          startsOn: '2026-01-01',
          endsOn: '2099-12-31',
          targetMode: 'ALL',
        },
      },
    );
    expect(campaign.errors).toBeUndefined();
    const launched = await marketerA.gql(
      `mutation($id: ID!) { launchCampaign(id: $id) { status } }`,
      {
        id: campaign.data!.createCampaign.id,
      },
    );
    expect(launched.errors).toBeUndefined();
    await dispatcher.runDue();

    const bodies = rx.at('/a-more').map((r) => JSON.parse(r.raw));
    expect(bodies.map((x) => x.type).sort()).toEqual([
      'campaign.launched',
      'goal.changed',
      'lead.stage_changed',
    ]);
    for (const x of bodies) expect(x.partnerId).toBe(a.id);
    for (const r of rx.at('/a-more')) expect(verify(more.secret, r)).toBe(true);
    expect(bodies.find((x) => x.type === 'lead.stage_changed').data).toMatchObject({
      fromStage: 'SQL',
      stage: 'OPPORTUNITY',
      lead: { id: leadId, partnerId: a.id },
    });
    expect(bodies.find((x) => x.type === 'goal.changed').data).toMatchObject({
      deleted: false,
      goal: { partnerId: a.id, metric: 'LEADS_RECEIVED', target: '10' },
    });
    // The vendor's endpoint hears both partners' goals.
    const vendorGoals = rx
      .at('/vendor')
      .map((r) => JSON.parse(r.raw))
      .filter((x) => x.type === 'goal.changed')
      .map((x) => x.partnerId);
    expect(vendorGoals.sort()).toEqual([a.id, b.id].sort());
  });

  it('sends offer and registration events to their partner only, conflicts redacted', async () => {
    const EVENTS = [
      'OFFER_ACCEPTED',
      'OFFER_REJECTED',
      'OFFER_EXPIRED',
      'REGISTRATION_SUBMITTED',
      'REGISTRATION_APPROVED',
      'REGISTRATION_REJECTED',
      'REGISTRATION_WON',
    ];
    await createEndpoint(adminA, `${rx.url}/a-deals`, EVENTS);
    await createEndpoint(adminB, `${rx.url}/b-deals`, EVENTS);
    rx.received.length = 0;
    const repAUser = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: a.id });
    const repA = await t.signedIn(repAUser.email);
    const repB = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: b.id })).email,
    );
    const held = () =>
      t.factories.lead({ partnerId: a.id, assignedUserId: repAUser.id, offer: 'PENDING' });

    const accepted = await held();
    const ok = await repA.gql(`mutation($id: ID!) { acceptLeadOffer(leadId: $id) { id } }`, {
      id: accepted.id,
    });
    expect(ok.errors).toBeUndefined();
    const rejected = await held();
    const reason = await t.factories.reasonCode(ReasonKind.REJECTION);
    const no = await adminA.gql(`mutation($i: RejectOfferInput!) { rejectLeadOffer(input: $i) }`, {
      i: {
        leadId: rejected.id,
        reasonCodeId: reason.id,
        comment: 'Not our region',
        contactReached: false,
      },
    });
    expect(no.errors).toBeUndefined();
    const expiring = await held();
    await t.db.asSystem(async (em) => {
      const [offer] = await em.query(`SELECT id FROM lead_offer WHERE lead_id = $1`, [expiring.id]);
      await t.app.get(HandoffService).acceptDeadline(em, offer.id);
    });

    const product = await t.factories.product({ name: 'Hooked licence' });
    const REGISTER = `mutation($i: DealInput!) { registerDeal(input: $i) { id status } }`;
    const deal = {
      companyName: 'Hooked Acme',
      website: 'https://hooked-acme.example',
      country: 'US',
      lines: [{ productId: product.id, quantity: 1, amount: '5000.00' }],
    };
    const dealA = (await repA.gql<{ registerDeal: { id: string } }>(REGISTER, { i: deal })).data!
      .registerDeal.id;
    const dealB = (await repB.gql<{ registerDeal: { id: string } }>(REGISTER, { i: deal })).data!
      .registerDeal.id;
    const DECIDE = `mutation($i: DecideDealInput!) { decideDeal(input: $i) { status } }`;
    const dealReason = await t.factories.reasonCode(ReasonKind.DEAL_REJECTION);
    const refused = await vendorAdmin.gql(DECIDE, {
      i: {
        dealId: dealB,
        decision: 'REJECTED',
        reasonCodeId: dealReason.id,
        comment: 'Registered earlier by someone else.',
      },
    });
    expect(refused.errors).toBeUndefined();
    const approved = await vendorAdmin.gql(DECIDE, {
      i: { dealId: dealA, decision: 'APPROVED', comment: '' },
    });
    expect(approved.errors).toBeUndefined();
    const won = await repA.gql(
      `mutation($i: CloseDealInput!) { closeDeal(input: $i) { status } }`,
      {
        i: {
          dealId: dealA,
          won: true,
          finalAmount: '5200.00',
          closedOn: t.clock.now().toISOString().slice(0, 10),
        },
      },
    );
    expect(won.errors).toBeUndefined();
    await dispatcher.runDue();

    const typesAt = (path: string) =>
      rx
        .at(path)
        .map((r) => JSON.parse(r.raw).type)
        .sort();
    expect(typesAt('/a-deals')).toEqual([
      'offer.accepted',
      'offer.expired',
      'offer.rejected',
      'registration.approved',
      'registration.submitted',
      'registration.won',
    ]);
    expect(typesAt('/b-deals')).toEqual(['registration.rejected', 'registration.submitted']);
    for (const r of rx.at('/a-deals')) {
      expect(JSON.parse(r.raw).partnerId).toBe(a.id);
      expect(r.raw).not.toContain(b.id);
      expect(r.raw).not.toContain(dealB);
    }
    for (const r of rx.at('/b-deals')) {
      expect(JSON.parse(r.raw).partnerId).toBe(b.id);
      expect(r.raw).not.toContain(a.id);
      expect(r.raw).not.toContain(dealA);
      expect(r.raw).not.toContain('Hook Partner A');
    }
    const rejection = rx
      .at('/b-deals')
      .map((r) => JSON.parse(r.raw))
      .find((x) => x.type === 'registration.rejected');
    expect(rejection.data.registration).toMatchObject({ id: dealB, status: 'REJECTED' });
    expect(rejection.data.registration.statusComment).toMatch(/predates yours/);
    const expired = rx
      .at('/a-deals')
      .map((r) => JSON.parse(r.raw))
      .find((x) => x.type === 'offer.expired');
    expect(expired.data.offer).toMatchObject({ status: 'EXPIRED', partnerId: a.id });
    expect(expired.data.offer.routing).toBeUndefined();
  });

  it('retries a 500 with growing delays, fails it after 24 hours, disables the endpoint and tells its owner', async () => {
    const hookC = await createEndpoint(adminC, `${rx.url}/c`);
    rx.status.set('/c', 500);
    const start = new Date('2026-12-01T08:00:00Z');
    t.clock.set(start);
    await createLead(marketerC);
    await dispatcher.runDue();
    expect(rx.at('/c')).toHaveLength(1);
    let view = await endpointView(adminC, hookC.id);
    expect(view.deliveries.items[0]).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      nextAttemptAt: new Date(start.getTime() + 60_000).toISOString(),
    });
    expect(view.deliveries.items[0].attemptLog[0]).toMatchObject({
      statusCode: 500,
      success: false,
      responseExcerpt: 'receiver exploded',
    });
    // Not before the backoff has passed: 1 minute, then 2, then 4.
    t.clock.advance(59_000);
    expect((await dispatcher.runDue()).attempted).toBe(0);
    t.clock.advance(1_000);
    expect((await dispatcher.runDue()).attempted).toBe(1);
    t.clock.advance(119_000);
    expect((await dispatcher.runDue()).attempted).toBe(0);
    t.clock.advance(1_000);
    expect((await dispatcher.runDue()).attempted).toBe(1);
    t.clock.advance(240_000);
    expect((await dispatcher.runDue()).attempted).toBe(1);
    const stamps = rx.at('/c').map((r) => Number(r.headers['tandem-webhook-timestamp']));
    const gaps = stamps.slice(1).map((s, i) => s - stamps[i]);
    expect(gaps).toEqual([60, 120, 240]);
    for (const r of rx.at('/c'))
      expect(r.headers['tandem-webhook-id']).toBe(rx.at('/c')[0].headers['tandem-webhook-id']);
    view = await endpointView(adminC, hookC.id);
    expect(view).toMatchObject({ enabled: true, consecutiveFailures: 4 });
    expect(view.deliveries.items[0]).toMatchObject({ status: 'PENDING', attempts: 4 });

    // Then every hour; 24 hours after the first attempt the last one is made and the delivery
    // fails for good.
    const state = async (): Promise<{ status: string; next: Date | null }> => {
      const [row] = await t.db.asSystem((em) =>
        em.query(
          `SELECT status, next_attempt_at AS next FROM webhook_delivery WHERE endpoint_id = $1`,
          [hookC.id],
        ),
      );
      return row;
    };
    for (let s = await state(); s.status === 'PENDING' && s.next; s = await state()) {
      t.clock.set(new Date(s.next));
      expect((await dispatcher.runDue()).attempted).toBe(1);
    }
    const times = rx.at('/c').map((r) => Number(r.headers['tandem-webhook-timestamp']) * 1000);
    expect(times.at(-1)).toBe(start.getTime() + 24 * 3_600_000);
    expect(Math.max(...times.slice(1).map((s, i) => s - times[i]))).toBe(3_600_000);
    // 1 + 6 (1 to 32 minutes) + 22 hourly + the last at 24 h.
    expect(times).toHaveLength(30);
    view = await endpointView(adminC, hookC.id);
    const failed = view.deliveries.items[0];
    expect(failed.status).toBe('FAILED');
    expect(failed.failedAt).toBe(t.clock.now().toISOString());
    expect(failed.nextAttemptAt).toBeNull();
    expect(failed.attempts).toBe(30);
    expect(failed.attemptLog.length).toBe(30);
    expect(view.enabled).toBe(false);
    expect(view.disabledReason).toMatch(/24 hours/);
    const notes: { kind: string; link: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT kind, link FROM notification WHERE user_id = $1`, [adminCId]),
    );
    expect(notes).toContainEqual({
      kind: 'WEBHOOK_DISABLED',
      link: `/integrations/webhooks/${hookC.id}`,
    });
    // A disabled endpoint gets nothing new.
    const before = rx.at('/c').length;
    await createLead(marketerC);
    await dispatcher.runDue();
    expect(rx.at('/c')).toHaveLength(before);

    // Resending needs the endpoint enabled; then it is a new attempt in a new window.
    const RESEND = `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id status attempts } }`;
    expect((await adminC.gql(RESEND, { id: failed.id })).code).toBe('CONFLICT');
    const enable = await adminC.gql(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { enabled consecutiveFailures } }`,
      { i: { id: hookC.id, enabled: true } },
    );
    expect(enable.data).toEqual({
      updateWebhookEndpoint: { enabled: true, consecutiveFailures: 0 },
    });
    rx.status.set('/c', 204);
    t.clock.advance(3_600_000);
    const resent = await adminC.gql<{ resendWebhookDelivery: { status: string } }>(RESEND, {
      id: failed.id,
    });
    expect(resent.data?.resendWebhookDelivery.status).toBe('PENDING');
    await dispatcher.runDue();
    view = await endpointView(adminC, hookC.id);
    const again = view.deliveries.items.find((d) => d.id === failed.id)!;
    expect(again).toMatchObject({
      status: 'DELIVERED',
      attempts: failed.attempts + 1,
      lastStatusCode: 204,
    });
    expect(again.attemptLog[0]).toMatchObject({ statusCode: 204, success: true });
    expect(rx.at('/c').at(-1)!.raw).toBe(rx.at('/c')[0].raw);
  });

  it('rotates the secret (the old one stops verifying) and sends a test ping', async () => {
    rx.received.length = 0;
    const rotated = await adminA.gql<{ rotateWebhookSecret: { secret: string } }>(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretHint } } }`,
      { id: hookA.id },
    );
    const secret = rotated.data!.rotateWebhookSecret.secret;
    expect(secret).not.toBe(hookA.secret);
    const ping = await adminA.gql(
      `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`,
      {
        id: hookA.id,
      },
    );
    expect(ping.errors).toBeUndefined();
    await dispatcher.runDue();
    const [received] = rx.at('/a');
    expect(JSON.parse(received.raw)).toMatchObject({ type: 'ping', partnerId: a.id });
    expect(verify(secret, received)).toBe(true);
    expect(verify(hookA.secret, received)).toBe(false);
    expect(rx.at('/vendor')).toHaveLength(0);
  });

  it('keeps events and delivery logs for 30 days, longer only while a delivery is pending', async () => {
    t.clock.advance(2 * 3_600_000);
    const old = new Date(t.clock.now().getTime() - 31 * 86_400_000);
    const recent = new Date(t.clock.now().getTime() - 29 * 86_400_000);
    const seed = (dispatchedAt: Date, status: string) =>
      t.db.asSystem(async (em) => {
        const [event] = await em.query(
          `INSERT INTO outbox_event (id, type, partner_id, data, occurred_at, dispatched_at)
           VALUES (gen_random_uuid(), 'LEAD_CREATED', $1, '{}', $2, $2) RETURNING id`,
          [a.id, dispatchedAt],
        );
        await em.query(
          `INSERT INTO webhook_delivery (endpoint_id, partner_id, event_id, event_type, body, status,
             attempts, window_started_at, next_attempt_at, created_at)
           VALUES ($1, $2, $3, 'LEAD_CREATED', '{}', $4, 1, coalesce($6::timestamptz, $5::timestamptz), $6, $5)`,
          [
            hookA.id,
            a.id,
            event.id,
            status,
            dispatchedAt,
            status === 'PENDING' ? t.clock.now() : null,
          ],
        );
        return event.id as string;
      });
    const expired = await seed(old, 'DELIVERED');
    const stillPending = await seed(old, 'PENDING');
    const young = await seed(recent, 'FAILED');
    // The pending one (resent recently) is due now and fails again, which keeps it pending.
    rx.status.set('/a', 500);
    await dispatcher.runDue();
    rx.status.delete('/a');
    const left: { id: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT id FROM outbox_event WHERE id = ANY($1)`, [[expired, stillPending, young]]),
    );
    expect(left.map((r) => r.id).sort()).toEqual([stillPending, young].sort());
    const deliveries: { n: number }[] = await t.db.asSystem((em) =>
      em.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE event_id = $1`, [expired]),
    );
    expect(deliveries[0].n).toBe(0);
  });
});

describe('webhook delivery across a restart', () => {
  it('delivers what was pending or not yet dispatched when the API stopped', async () => {
    const rx = await startReceiver();
    const database = await createTestDatabase((url) => migrate(url));
    const env = { WEBHOOK_SECRET_KEY: 'restart-test-key-restart-test-key-0123' };
    try {
      const first = await startTestApp({ database, env });
      const start = new Date('2026-12-02T10:00:00Z');
      let hook: { id: string; secret: string };
      try {
        first.clock.set(start);
        const partner = await first.factories.partner({ name: 'Restart Partner' });
        const admin = await first.signedIn(
          (await first.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id })).email,
        );
        const marketer = await first.signedIn(
          (await first.factories.user({ role: Role.PARTNER_MARKETER, partnerId: partner.id }))
            .email,
        );
        hook = await createEndpoint(admin, `${rx.url}/restart`);
        const [{ secret: stored }] = await first.db.asSystem((em) =>
          em.query(`SELECT secret FROM webhook_endpoint WHERE id = $1`, [hook.id]),
        );
        expect(stored).not.toContain(hook.secret.slice(6));
        rx.status.set('/restart', 503);
        await createLead(marketer);
        await first.app.get(WebhookDispatcher).runDue();
        expect(rx.at('/restart')).toHaveLength(1);
        // A second event is committed to the outbox but never dispatched by this process.
        await createLead(marketer);
      } finally {
        await first.close();
      }

      const second = await startTestApp({ database, env });
      try {
        rx.status.set('/restart', 200);
        second.clock.set(new Date(start.getTime() + 61_000));
        const dispatcher = second.app.get(WebhookDispatcher);
        expect(await dispatcher.runDue()).toEqual({ dispatched: 1, attempted: 2 });
        const received = rx.at('/restart');
        expect(received).toHaveLength(3);
        // The failed one is retried with the same body; the other is the new event.
        expect(received.slice(1).filter((r) => r.raw === received[0].raw)).toHaveLength(1);
        for (const r of received) expect(verify(hook.secret, r)).toBe(true);
        const rows: { status: string; attempts: number }[] = await second.db.asSystem((em) =>
          em.query(
            `SELECT status, attempts FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY attempts`,
            [hook.id],
          ),
        );
        expect(rows).toEqual([
          { status: 'DELIVERED', attempts: 1 },
          { status: 'DELIVERED', attempts: 2 },
        ]);
        expect(await dispatcher.runDue()).toEqual({ dispatched: 0, attempted: 0 });
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
      await rx.close();
    }
  });
});
