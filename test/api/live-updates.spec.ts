import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { NotificationKind, ReasonKind, Role, UserStatus } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import { Product } from '@tandem/api-deals';
import { NotificationsService } from '@tandem/api-notifications';
import { LiveEventsService } from '@tandem/api-core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { TestApp, startTestApp } from './support/test-app';

const ORIGIN = 'http://portal.test';
/** How long "nothing arrives" is given after the events it could have come with have arrived. */
const GRACE_MS = 400;

const LEAD_OFFERS = `subscription { leadOfferReceived { id partnerId assignedUserId company currentOffer { status userId } } }`;
const NOTIFICATIONS = `subscription { notificationAdded { id kind title link readAt } }`;
const DECISIONS = `subscription { registrationDecided { id status statusComment partnerId } }`;

type Received = { data?: Record<string, Record<string, unknown>> | null; errors?: unknown[] };

/** One subscription's messages, with a way to wait for them. */
class Feed {
  readonly messages: Received[] = [];
  completed = false;
  private waiters: (() => void)[] = [];

  push(message: Received) {
    this.messages.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }

  data(field: string): Record<string, unknown>[] {
    return this.messages.flatMap((m) => (m.data?.[field] ? [m.data[field]] : []));
  }

  async waitFor(count: number, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`Expected ${count} message(s), got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function wsUrl(t: TestApp): string {
  return `${t.url.replace(/^http/, 'ws')}/graphql`;
}

function cookieOf(client: ApiClient): string {
  return `tandem_at=${client.cookie('tandem_at') ?? ''}`;
}

/** A graphql-ws client that sends the browser's cookie and Origin with its handshake. */
function socketFor(t: TestApp, client: ApiClient, origin = ORIGIN): Client {
  const headers = { cookie: cookieOf(client), origin };
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: wsUrl(t),
    webSocketImpl: BrowserLikeSocket,
    lazy: false,
    retryAttempts: 0,
  });
}

function subscribe(socket: Client, query: string): Feed {
  const feed = new Feed();
  socket.subscribe(
    { query },
    {
      next: (message) => feed.push(message as Received),
      error: (error) =>
        feed.push({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
      complete: () => {
        feed.completed = true;
      },
    },
  );
  return feed;
}

/** Opens a raw graphql-transport-ws socket, initialises it and reports how it was closed. */
function handshake(
  t: TestApp,
  headers: Record<string, string>,
): Promise<{ acked: boolean; code: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(t), 'graphql-transport-ws', { headers });
    let acked = false;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (raw) => {
      if (JSON.parse(String(raw)).type === 'connection_ack') {
        acked = true;
        ws.close(1000);
      }
    });
    ws.on('close', (code) => resolve({ acked, code }));
    ws.on('error', reject);
  });
}

describe('live updates over GraphQL subscriptions (graphql-ws)', () => {
  let t: TestApp;
  let manager: ApiClient;
  let vendorMarketer: ApiClient;
  let a: Partner;
  let b: Partner;
  let product: Product;
  let reject: ReasonCode;
  const users: Record<string, { user: User; client: ApiClient; socket?: Client }> = {};
  const sockets: Client[] = [];

  async function member(key: string, role: Role, partnerId: string | null) {
    const user = await t.factories.user({ role, partnerId, name: key });
    users[key] = { user, client: await t.signedIn(user.email) };
    return users[key]!;
  }

  function open(key: string): Client {
    const socket = socketFor(t, users[key]!.client);
    sockets.push(socket);
    return socket;
  }

  /** Waits until each socket's subscriptions are registered on the server. */
  async function settle() {
    await pause(300);
  }

  async function offerLead(partner: Partner, repId: string): Promise<string> {
    const created = await vendorMarketer.gql<{ createLead: { id: string } }>(
      `mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }`,
      {
        i: {
          contactName: `Casey ${Math.random()}`,
          email: `casey${Date.now()}${Math.floor(Math.random() * 1e6)}@buyer.example`,
          company: 'Live Buyer Inc',
          country: 'US',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLead.id;
    const assigned = await manager.gql(
      `mutation($i: AssignLeadInput!) { assignLead(input: $i) { id } }`,
      { i: { leadId: id, partnerId: partner.id, userId: repId, note: 'live test' } },
    );
    expect(assigned.errors).toBeUndefined();
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const cm = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    manager = await t.signedIn(cm.email);
    vendorMarketer = await t.signedIn(
      (await t.factories.user({ role: Role.VENDOR_MARKETER })).email,
    );
    a = await t.factories.partner({ name: 'Alpha Live', channelManagerId: cm.id });
    b = await t.factories.partner({ name: 'Bravo Live', channelManagerId: cm.id });
    await member('repA', Role.PARTNER_SALES_REP, a.id);
    await member('repA2', Role.PARTNER_SALES_REP, a.id);
    await member('adminA', Role.PARTNER_ADMIN, a.id);
    await member('marketerA', Role.PARTNER_MARKETER, a.id);
    await member('repB', Role.PARTNER_SALES_REP, b.id);
    await member('adminB', Role.PARTNER_ADMIN, b.id);
    users['manager'] = { user: cm, client: manager };
    product = await t.factories.product({ name: 'Live licence' });
    reject = await t.factories.reasonCode(ReasonKind.DEAL_REJECTION, { label: 'Not eligible' });
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t.close();
  });

  it('refuses sockets without a session, with a foreign Origin or without an Origin', async () => {
    const valid = cookieOf(users['repA']!.client);
    expect(await handshake(t, { origin: ORIGIN })).toEqual({ acked: false, code: 4403 });
    expect(await handshake(t, { origin: ORIGIN, cookie: 'tandem_at=forged.token.value' })).toEqual({
      acked: false,
      code: 4403,
    });
    expect(await handshake(t, { origin: 'https://evil.example', cookie: valid })).toEqual({
      acked: false,
      code: 4403,
    });
    expect(await handshake(t, { cookie: valid })).toEqual({ acked: false, code: 4403 });
    // The same cookie from our own origin is accepted: the refusals above are not accidents.
    expect(await handshake(t, { origin: ORIGIN, cookie: valid })).toEqual({
      acked: true,
      code: 1000,
    });
  });

  it('closes a socket when the access token it was opened with expires (4440: renew and reconnect)', async () => {
    const token = t.app.get(JwtService).sign({ sub: users['repA']!.user.id }, { expiresIn: 2 });
    const opened = Date.now();
    const closed = await new Promise<{ acked: boolean; code: number }>((resolve, reject) => {
      const ws = new WebSocket(wsUrl(t), 'graphql-transport-ws', {
        headers: { origin: ORIGIN, cookie: `tandem_at=${token}` },
      });
      let acked = false;
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('message', (raw) => {
        if (JSON.parse(String(raw)).type === 'connection_ack') acked = true;
      });
      ws.on('close', (code) => resolve({ acked, code }));
      ws.on('error', reject);
    });
    expect(closed).toEqual({ acked: true, code: 4440 });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(900);
  });

  it('runs only subscriptions over the socket, with the same permissions and limits as HTTP', async () => {
    const socket = open('marketerA');
    const query = subscribe(socket, `query { unreadNotificationCount }`);
    const mutation = subscribe(socket, `mutation { markNotificationsRead }`);
    // A partner marketer may not read deal registrations, so may not hear of their decisions.
    const forbidden = subscribe(socket, DECISIONS);
    // Same complexity limit as HTTP: thousands of aliased fields are refused before running.
    const aliases = Array.from({ length: 2100 }, (_, i) => `f${i}: id`).join(' ');
    const tooComplex = subscribe(socket, `subscription { leadOfferReceived { ${aliases} } }`);
    await Promise.all([query, mutation, forbidden, tooComplex].map((f) => f.waitFor(1)));
    const codes = (f: Feed) =>
      (f.messages[0]!.errors as { extensions?: { code?: string }; message: string }[]).map(
        (e) => e.extensions?.code ?? e.message,
      );
    expect(codes(query)).toEqual(['BAD_USER_INPUT']);
    expect(codes(mutation)).toEqual(['BAD_USER_INPUT']);
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
    expect(codes(tooComplex)).toEqual(['BAD_USER_INPUT']);
  });

  /**
   * The authorization matrix for subscriptions (test/api/authorization-matrix.spec.ts covers the
   * queries and mutations over HTTP): each subscription × each role, with the permission of the
   * matching query. Anonymous callers never get a socket (first test). What each accepted
   * subscriber then receives is scoped per event by the tests below.
   */
  const SUBSCRIPTION_MATRIX: Record<string, { query: string; allowed: Role[] }> = {
    notificationAdded: { query: NOTIFICATIONS, allowed: Object.values(Role) },
    leadOfferReceived: { query: LEAD_OFFERS, allowed: Object.values(Role) },
    registrationDecided: {
      query: DECISIONS,
      allowed: [
        Role.VENDOR_ADMIN,
        Role.CHANNEL_MANAGER,
        Role.PARTNER_ADMIN,
        Role.PARTNER_SALES_REP,
      ],
    },
  };

  it('caps the subscriptions one socket may hold', async () => {
    const socket = open('adminB');
    const feeds = Array.from({ length: 21 }, () => subscribe(socket, NOTIFICATIONS));
    await feeds[20]!.waitFor(1);
    await pause(GRACE_MS);
    expect(
      (feeds[20]!.messages[0]!.errors as { extensions?: { code?: string } }[])[0]!.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(feeds.slice(0, 20).every((f) => f.messages.length === 0 && !f.completed)).toBe(true);
    await socket.dispose();
  });

  it('authorizes each subscription per role like its query (matrix)', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).sort()).toEqual(
      Object.keys(SUBSCRIPTION_MATRIX).sort(),
    );
    const partnerOf = (role: Role) => (role.startsWith('PARTNER_') ? a.id : null);
    const feeds: { role: Role; name: string; allowed: boolean; feed: Feed }[] = [];
    for (const role of Object.values(Role)) {
      const user = await t.factories.user({ role, partnerId: partnerOf(role) });
      const socket = socketFor(t, await t.signedIn(user.email));
      sockets.push(socket);
      for (const [name, spec] of Object.entries(SUBSCRIPTION_MATRIX))
        feeds.push({
          role,
          name,
          allowed: spec.allowed.includes(role),
          feed: subscribe(socket, spec.query),
        });
    }
    await Promise.all(feeds.filter((f) => !f.allowed).map((f) => f.feed.waitFor(1)));
    await pause(GRACE_MS);
    const outcome = (f: Feed) => {
      const error = (
        f.messages[0]?.errors as { extensions?: { code?: string } }[] | undefined
      )?.[0];
      if (error) return error.extensions?.code ?? 'ERROR';
      return f.completed ? 'COMPLETED' : 'LISTENING';
    };
    expect(feeds.map((f) => [f.name, f.role, outcome(f.feed)])).toEqual(
      feeds.map((f) => [f.name, f.role, f.allowed ? 'LISTENING' : 'FORBIDDEN']),
    );
  });

  it('delivers a new lead offer to the offered rep and their partner admin, and nothing to another partner', async () => {
    const feeds = Object.fromEntries(
      ['repA', 'repA2', 'adminA', 'repB', 'adminB'].map((key) => {
        const socket = open(key);
        return [
          key,
          { offers: subscribe(socket, LEAD_OFFERS), notes: subscribe(socket, NOTIFICATIONS) },
        ];
      }),
    );
    await settle();
    const leadId = await offerLead(a, users['repA']!.user.id);
    await feeds['repA']!.offers.waitFor(1);
    await feeds['adminA']!.offers.waitFor(1);
    await feeds['repA']!.notes.waitFor(1);
    await pause(GRACE_MS);

    expect(feeds['repA']!.offers.data('leadOfferReceived')).toEqual([
      expect.objectContaining({
        id: leadId,
        partnerId: a.id,
        assignedUserId: users['repA']!.user.id,
        currentOffer: { status: 'PENDING', userId: users['repA']!.user.id },
      }),
    ]);
    expect(feeds['adminA']!.offers.data('leadOfferReceived').map((l) => l['id'])).toEqual([leadId]);
    expect(feeds['repA']!.notes.data('notificationAdded')).toEqual([
      expect.objectContaining({ kind: NotificationKind.LEAD_OFFERED, link: `/leads/${leadId}` }),
    ]);
    // Another rep of the same partner cannot see a lead offered to a colleague: re-read, skipped.
    expect(feeds['repA2']!.offers.messages).toEqual([]);
    // Another partner's sockets hear nothing at all.
    for (const key of ['repB', 'adminB']) {
      expect(feeds[key]!.offers.messages).toEqual([]);
      expect(feeds[key]!.notes.messages).toEqual([]);
    }
    // Notifications reach only their recipient (the offer notified the rep, not the admin).
    expect(feeds['adminA']!.notes.messages).toEqual([]);
    expect(feeds['repA2']!.notes.messages).toEqual([]);

    // And an offer to B reaches B, not A.
    const leadB = await offerLead(b, users['repB']!.user.id);
    await feeds['repB']!.offers.waitFor(1);
    await pause(GRACE_MS);
    expect(feeds['repB']!.offers.data('leadOfferReceived').map((l) => l['id'])).toEqual([leadB]);
    expect(feeds['repA']!.offers.messages).toHaveLength(1);
    expect(feeds['adminA']!.offers.messages).toHaveLength(1);
  });

  it('delivers a registration decision to the registering partner and vendor staff in scope, not to another partner', async () => {
    const feeds = Object.fromEntries(
      ['repA', 'repA2', 'adminA', 'repB', 'adminB', 'manager'].map((key) => [
        key,
        subscribe(open(key), DECISIONS),
      ]),
    );
    const managerNotes = subscribe(open('manager'), NOTIFICATIONS);
    await settle();
    const registered = await users['repA']!.client.gql<{ registerDeal: { id: string } }>(
      `mutation($i: DealInput!) { registerDeal(input: $i) { id status } }`,
      {
        i: {
          companyName: 'Live Deal Co',
          website: 'https://live-deal.example',
          country: 'US',
          contactName: 'Dana',
          contactEmail: 'dana@live-deal.example',
          contactRole: 'CTO',
          currency: 'USD',
          lines: [{ productId: product.id, quantity: 1, amount: '500.00' }],
          lastMeetingOn: '2026-11-20',
          notes: 'Live updates test.',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const dealId = registered.data!.registerDeal.id;
    const decided = await manager.gql(
      `mutation($i: DecideDealInput!) { decideDeal(input: $i) { id status } }`,
      {
        i: { dealId, decision: 'REJECTED', reasonCodeId: reject.id, comment: 'Outside program.' },
      },
    );
    expect(decided.errors).toBeUndefined();
    for (const key of ['repA', 'adminA', 'manager']) await feeds[key]!.waitFor(1);
    await pause(GRACE_MS);
    for (const key of ['repA', 'adminA', 'manager']) {
      expect(feeds[key]!.data('registrationDecided')).toEqual([
        expect.objectContaining({ id: dealId, status: 'REJECTED', partnerId: a.id }),
      ]);
    }
    // A colleague rep sees only their own registrations; partner B sees none of A's.
    for (const key of ['repA2', 'repB', 'adminB']) expect(feeds[key]!.messages).toEqual([]);
    // Submitting told the channel manager (set-based, written in the partner's scope).
    expect(managerNotes.data('notificationAdded')).toEqual([
      expect.objectContaining({ kind: NotificationKind.DEAL_SUBMITTED, link: `/deals/${dealId}` }),
    ]);
    // Each event's transaction is closed once its payload is sent: none is left open.
    const idleInTransaction: { n: number }[] = await t.db.asSystem((em) =>
      em.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      ),
    );
    expect(idleInTransaction[0]!.n).toBe(0);
  });

  it('publishes nothing for a change that is rolled back', async () => {
    const socket = open('repB');
    const notes = subscribe(socket, NOTIFICATIONS);
    await settle();
    const service = t.app.get(NotificationsService);
    const recipient = users['repB']!.user.id;
    await expect(
      t.db.asSystem(async (em) => {
        await service.notify(em, [recipient], {
          kind: NotificationKind.LEAD_OUTCOME,
          title: 'Rolled back',
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await t.db.asSystem((em) =>
      service.notify(em, [recipient], { kind: NotificationKind.LEAD_OUTCOME, title: 'Committed' }),
    );
    await notes.waitFor(1);
    await pause(GRACE_MS);
    expect(notes.data('notificationAdded').map((n) => n['title'])).toEqual(['Committed']);
  });

  it('delivers audience notifications (set-based) to each recipient only', async () => {
    const rep = open('repA');
    const other = open('repA2');
    const mine = subscribe(rep, NOTIFICATIONS);
    const theirs = subscribe(other, NOTIFICATIONS);
    await settle();
    const service = t.app.get(NotificationsService);
    await t.db.asSystem((em) =>
      service.notifyAudience(
        em,
        `SELECT id FROM app_user WHERE id = $1`,
        [users['repA']!.user.id],
        {
          kind: NotificationKind.LEAD_OUTCOME,
          title: 'For one rep',
        },
      ),
    );
    await mine.waitFor(1);
    await pause(GRACE_MS);
    expect(mine.data('notificationAdded').map((n) => n['title'])).toEqual(['For one rep']);
    expect(theirs.messages).toEqual([]);
  });

  it('delivers events published by another process on the same database', async () => {
    // Another API process is another Postgres session: publish from a connection of our own.
    const note = await t.factories.notification(users['repB']!.user.id, 'From another process');
    const socket = open('repB');
    const notes = subscribe(socket, NOTIFICATIONS);
    await settle();
    const other = new pg.Client({ connectionString: t.database.appUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_notify('tandem_live', $1)`, [
        JSON.stringify({ topic: 'notification', id: note.id, userIds: [note.userId] }),
      ]);
      await pause(GRACE_MS);
      // Not before the other process commits.
      expect(notes.messages).toEqual([]);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    await notes.waitFor(1);
    expect(notes.data('notificationAdded')).toEqual([
      expect.objectContaining({ id: note.id, title: 'From another process' }),
    ]);
  });

  it('reconnects its listening connection when Postgres drops it', async () => {
    const socket = open('repA');
    const notes = subscribe(socket, NOTIFICATIONS);
    await settle();
    const live = t.app.get(LiveEventsService);
    expect(live.listening).toBe(true);
    const killed: { n: number }[] = await t.db.asSystem((em) =>
      em.query(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN tandem_live'`,
      ),
    );
    expect(killed[0]!.n).toBe(1);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      await pause(100);
      if (!live.listening) continue;
      const listeners: { n: number }[] = await t.db.asSystem((em) =>
        em.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND query = 'LISTEN tandem_live'`,
        ),
      );
      if (listeners[0]!.n === 1) break;
    }
    const service = t.app.get(NotificationsService);
    await t.db.asSystem((em) =>
      service.notify(em, [users['repA']!.user.id], {
        kind: NotificationKind.LEAD_OUTCOME,
        title: 'After the reconnect',
      }),
    );
    await notes.waitFor(1);
    expect(notes.data('notificationAdded').map((n) => n['title'])).toEqual(['After the reconnect']);
  });

  it('stops a disabled user’s subscriptions at their next event', async () => {
    const socket = open('adminB');
    const offers = subscribe(socket, LEAD_OFFERS);
    await settle();
    await t.db.asSystem((em) =>
      em.update(User, { id: users['adminB']!.user.id }, { status: UserStatus.DISABLED }),
    );
    await offerLead(b, users['repB']!.user.id);
    const deadline = Date.now() + 5_000;
    while (!offers.completed && Date.now() < deadline) await pause(50);
    expect(offers.completed).toBe(true);
    expect(offers.messages).toEqual([]);
  });
});
