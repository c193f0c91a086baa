/**
 * API tokens for CRMs and marketing automation: made by admins for their own scope with chosen
 * permissions, stored hashed, revocable at once, rate limited, and usable with the same GraphQL
 * API — including idempotent lead creation by the sender's external id and deal outcomes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReasonKind, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import { Product } from '@tandem/api-deals';
import { TestApp, startTestApp } from './support/test-app';

const NOW = new Date('2026-11-23T09:00:00Z');
const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) {
  createApiToken(input: $i) { secret token { id name partnerId permissions secretPrefix rateLimitPerMinute lastUsedAt revokedAt } } }`;
const TOKENS = `query { apiTokens { id name partnerId partnerName revokedAt lastUsedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt revokedByLabel } }`;
const CREATE_LEAD = `mutation($i: CreateLeadInput!) { createLead(input: $i) { id externalId partnerId createdByLabel } }`;

interface TokenCall {
  status: number;
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[];
  headers: Headers;
}

describe('API tokens', () => {
  let t: TestApp;
  let a: Partner;
  let b: Partner;
  let vendorAdmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let repA: ApiClient;
  let product: Product;
  let loss: ReasonCode;

  /** A GraphQL call the way an integration makes it: no cookies, no CSRF, a bearer token. */
  const call = async (
    secret: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<TokenCall> => {
    const res = await fetch(`${t.client().baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as Omit<TokenCall, 'status' | 'headers'>;
    return {
      status: res.status,
      data: json.data ?? null,
      errors: json.errors,
      headers: res.headers,
    };
  };

  const makeToken = async (
    client: ApiClient,
    permissions: string[],
    extra: Record<string, unknown> = {},
  ) => {
    const res = await client.gql<{
      createApiToken: { secret: string; token: { id: string; secretPrefix: string } };
    }>(CREATE_TOKEN, { i: { name: 'CRM sync', permissions, ...extra } });
    expect(res.errors).toBeUndefined();
    return res.data!.createApiToken;
  };

  const leadInput = (n: string, extra: Record<string, unknown> = {}) => ({
    contactName: `Casey ${n}`,
    email: `casey.${n}@buyer-${n}.example`,
    company: `Buyer ${n} Inc`,
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    a = await t.factories.partner({ name: 'Token Alpha' });
    b = await t.factories.partner({ name: 'Token Bravo' });
    const sign = async (role: Role, partnerId: string | null) =>
      t.signedIn((await t.factories.user({ role, partnerId })).email);
    vendorAdmin = await sign(Role.VENDOR_ADMIN, null);
    adminA = await sign(Role.PARTNER_ADMIN, a.id);
    adminB = await sign(Role.PARTNER_ADMIN, b.id);
    repA = await sign(Role.PARTNER_SALES_REP, a.id);
    product = await t.factories.product({ name: 'Token licence' });
    loss = await t.factories.reasonCode(ReasonKind.LOSS, { label: 'Lost on price (token)' });
  });
  afterAll(() => t.close());

  it('shows the secret once and keeps only its hash', async () => {
    const made = await makeToken(adminA, ['lead:read', 'lead:create']);
    expect(made.secret).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
    expect(made.secret.startsWith(made.token.secretPrefix)).toBe(true);
    const rows: { secret_hash: string }[] = await t.db.asSystem((em) =>
      em.query('SELECT secret_hash FROM api_token WHERE id = $1', [made.token.id]),
    );
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].secret_hash).not.toContain(made.secret);
    // The list never carries the secret or its hash.
    const list = await adminA.gql<{ apiTokens: Record<string, unknown>[] }>(TOKENS);
    expect(JSON.stringify(list.data)).not.toContain(made.secret.slice(10));
  });

  it('refuses permissions the maker does not hold, and unknown ones, with a clear message', async () => {
    const res = await adminA.gql(CREATE_TOKEN, {
      i: { name: 'Too much', permissions: ['deal:decide', 'lead:read'] },
    });
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'permissions',
        message: expect.stringContaining('deal:decide'),
      }),
    ]);
    const empty = await adminA.gql(CREATE_TOKEN, { i: { name: ' ', permissions: [] } });
    expect(empty.code).toBe('BAD_USER_INPUT');
    const rate = await adminA.gql(CREATE_TOKEN, {
      i: { name: 'x', permissions: ['lead:read'], rateLimitPerMinute: 0 },
    });
    expect(rate.code).toBe('BAD_USER_INPUT');
    // A token cannot be used to make more tokens: integration management is never grantable.
    const manage = await adminA.gql(CREATE_TOKEN, {
      i: { name: 'x', permissions: ['integration:manage'] },
    });
    expect(manage.code).toBe('BAD_USER_INPUT');
  });

  it('works without cookies or CSRF, within its partner and its permissions only', async () => {
    const made = await makeToken(adminA, ['lead:read', 'lead:create']);
    const created = await call(made.secret, CREATE_LEAD, { i: leadInput('scope-a') });
    expect(created.errors).toBeUndefined();
    const lead = created.data!.createLead as {
      id: string;
      partnerId: string;
      createdByLabel: string;
    };
    expect(lead.partnerId).toBe(a.id);
    expect(lead.createdByLabel).toContain('via API token “CRM sync”');
    // Partner B's lead stays invisible to A's token.
    const bLead = await adminB.gql<{ createLead: { id: string } }>(CREATE_LEAD, {
      i: leadInput('scope-b'),
    });
    const seen = await call(made.secret, `query($id: ID!) { lead(id: $id) { id } }`, {
      id: bLead.data!.createLead.id,
    });
    expect(seen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await call(
      made.secret,
      `query { leads(filter: { view: ALL }) { items { partnerId } } }`,
    );
    expect(list.errors).toBeUndefined();
    const items = (list.data!.leads as { items: { partnerId: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.partnerId === a.id)).toBe(true);
    // Outside its permissions: registering a deal, and anything its maker could do in the portal.
    const register = await call(
      made.secret,
      `mutation($i: DealInput!) { registerDeal(input: $i) { id } }`,
      {
        i: {
          companyName: 'X',
          website: 'x.example',
          country: 'US',
          contactName: 'X',
          contactEmail: 'x@x.example',
          currency: 'USD',
          lines: [],
        },
      },
    );
    expect(register.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tokens = await call(made.secret, TOKENS);
    expect(tokens.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const users = await call(made.secret, `query { users { totalCount } }`);
    expect(users.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a lead once per external id, also when the same call arrives twice at once', async () => {
    const made = await makeToken(adminA, ['lead:read', 'lead:create']);
    const input = leadInput('ext-1', { externalId: 'hubspot-1001' });
    const [one, two] = await Promise.all([
      call(made.secret, CREATE_LEAD, { i: input }),
      call(made.secret, CREATE_LEAD, { i: input }),
    ]);
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    const first = one.data!.createLead as { id: string; externalId: string };
    expect((two.data!.createLead as { id: string }).id).toBe(first.id);
    expect(first.externalId).toBe('hubspot-1001');
    // A retry later, even with changed fields, gives the same lead back.
    const retry = await call(made.secret, CREATE_LEAD, {
      i: leadInput('ext-1-changed', { externalId: 'hubspot-1001' }),
    });
    expect((retry.data!.createLead as { id: string }).id).toBe(first.id);
    const count: { n: number }[] = await t.db.asSystem((em) =>
      em.query(`SELECT count(*)::int AS n FROM lead WHERE external_id = 'hubspot-1001'`),
    );
    expect(count[0].n).toBe(1);
    // Found again by the sender's id.
    const found = await call(
      made.secret,
      `query($x: String!) { leadByExternalId(externalId: $x) { id } }`,
      { x: 'hubspot-1001' },
    );
    expect((found.data!.leadByExternalId as { id: string }).id).toBe(first.id);
    // Another partner may use the same external id for its own lead.
    const other = await adminB.gql<{ createLead: { id: string } }>(CREATE_LEAD, {
      i: leadInput('ext-b', { externalId: 'hubspot-1001' }),
    });
    expect(other.errors).toBeUndefined();
    expect(other.data!.createLead.id).not.toBe(first.id);
    const notMine = await call(
      made.secret,
      `query($x: String!) { leadByExternalId(externalId: $x) { id } }`,
      { x: 'nothing-here' },
    );
    expect(notMine.data!.leadByExternalId).toBeNull();
    const blank = await call(
      made.secret,
      `query($x: String!) { leadByExternalId(externalId: $x) { id } }`,
      { x: '  ' },
    );
    expect(blank.errors?.[0].message).toBe('Give the external id: 1 to 200 characters.');
  });

  it('hands its lead to a rep, accepts it and moves its stage, as a CRM sync does', async () => {
    const made = await makeToken(adminA, ['lead:read', 'lead:create', 'lead:assign', 'lead:work']);
    const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: a.id });
    const created = await call(made.secret, CREATE_LEAD, {
      i: leadInput('stage-1', { externalId: 'crm-stage-1' }),
    });
    const leadId = (created.data!.createLead as { id: string }).id;
    const assigned = await call(
      made.secret,
      `mutation($i: AssignLeadInput!) { assignLead(input: $i) { handoff assignedUserId } }`,
      { i: { leadId, userId: rep.id } },
    );
    expect(assigned.data!.assignLead).toEqual({ handoff: 'OFFERED', assignedUserId: rep.id });
    const accepted = await call(
      made.secret,
      `mutation($id: ID!) { acceptLeadOffer(leadId: $id) { stage handoff } }`,
      { id: leadId },
    );
    expect(accepted.data!.acceptLeadOffer).toEqual({ stage: 'SQL', handoff: 'ACCEPTED' });
    const moved = await call(
      made.secret,
      `mutation($i: MoveLeadStageInput!) { moveLeadStage(input: $i) { stage } }`,
      { i: { leadId, stage: 'OPPORTUNITY', comment: 'Opportunity opened in the CRM' } },
    );
    expect(moved.errors).toBeUndefined();
    expect((moved.data!.moveLeadStage as { stage: string }).stage).toBe('OPPORTUNITY');
  });

  it('registers a deal and records it lost with a reason, for what a CRM integration needs', async () => {
    const made = await makeToken(adminA, ['deal:read', 'deal:register']);
    const reg = await call(
      made.secret,
      `mutation($i: DealInput!, $k: String) { registerDeal(input: $i, idempotencyKey: $k) { id status } }`,
      {
        k: 'crm-opp-77',
        i: {
          companyName: 'Globex (token)',
          website: 'globex-token.example',
          country: 'US',
          contactName: 'Hank',
          contactEmail: 'hank@globex-token.example',
          currency: 'USD',
          lines: [{ productId: product.id, quantity: 1, amount: '5000.00' }],
        },
      },
    );
    expect(reg.errors).toBeUndefined();
    const deal = reg.data!.registerDeal as { id: string; status: string };
    expect(deal.status).toBe('SUBMITTED');
    // The vendor approves in the portal; the CRM then records the outcome.
    const approve = await vendorAdmin.gql(
      `mutation($i: DecideDealInput!) { decideDeal(input: $i) { status } }`,
      { i: { dealId: deal.id, decision: 'APPROVED', comment: 'Go' } },
    );
    expect(approve.errors).toBeUndefined();
    const lost = await call(
      made.secret,
      `mutation($i: CloseDealInput!) { closeDeal(input: $i) { status } }`,
      { i: { dealId: deal.id, won: false, reasonCodeId: loss.id, comment: 'Chose a competitor' } },
    );
    expect(lost.errors).toBeUndefined();
    expect((lost.data!.closeDeal as { status: string }).status).toBe('LOST');
  });

  it('stops working the moment it is revoked, and only its own admins can revoke it', async () => {
    const made = await makeToken(adminA, ['lead:read']);
    const before = await call(made.secret, `query { leads { totalCount } }`);
    expect(before.status).toBe(200);
    expect(before.errors).toBeUndefined();
    // Another partner's admin cannot see or revoke it.
    const foreign = await adminB.gql(REVOKE, { id: made.token.id });
    expect(foreign.code).toBe('NOT_FOUND');
    const bList = await adminB.gql<{ apiTokens: { id: string }[] }>(TOKENS);
    expect(bList.data!.apiTokens.map((x) => x.id)).not.toContain(made.token.id);
    // The vendor admin sees every token, with the partner's name.
    const vList = await vendorAdmin.gql<{ apiTokens: { id: string; partnerName: string }[] }>(
      TOKENS,
    );
    expect(vList.data!.apiTokens.find((x) => x.id === made.token.id)?.partnerName).toBe(
      'Token Alpha',
    );
    const revoked = await adminA.gql<{ revokeApiToken: { revokedAt: string } }>(REVOKE, {
      id: made.token.id,
    });
    expect(revoked.data!.revokeApiToken.revokedAt).toBeTruthy();
    const after = await call(made.secret, `query { leads { totalCount } }`);
    expect(after.status).toBe(401);
    expect(after.errors?.[0].message).toMatch(/was revoked on 2026-11-23/);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown and expired tokens, and stops when its maker leaves', async () => {
    const bogus = await call('tdm_not-a-real-token', `query { leads { totalCount } }`);
    expect(bogus.status).toBe(401);
    expect(bogus.errors?.[0].message).toMatch(/not valid/);
    const expiring = await makeToken(adminA, ['lead:read'], {
      expiresAt: '2026-11-24T00:00:00Z',
    });
    expect((await call(expiring.secret, `query { leads { totalCount } }`)).status).toBe(200);
    t.clock.set(new Date('2026-11-24T00:00:01Z'));
    const expired = await call(expiring.secret, `query { leads { totalCount } }`);
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0].message).toMatch(/expired on 2026-11-24/);
    t.clock.set(NOW);

    const leaver = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: a.id });
    const made = await makeToken(await t.signedIn(leaver.email), ['lead:read']);
    expect((await call(made.secret, `query { leads { totalCount } }`)).status).toBe(200);
    await t.db.asSystem((em) =>
      em.query(`UPDATE app_user SET status = 'DISABLED' WHERE id = $1`, [leaver.id]),
    );
    const gone = await call(made.secret, `query { leads { totalCount } }`);
    expect(gone.status).toBe(401);
    expect(gone.errors?.[0].message).toMatch(/can no longer sign in/);
  });

  it('downloads a streamed CSV export with the token, of its own partner only', async () => {
    const made = await makeToken(adminA, ['lead:read']);
    const res = await fetch(`${t.client().baseUrl}/api/exports/leads.csv`, {
      headers: { authorization: `Bearer ${made.secret}` },
    });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain('casey.scope-a@buyer-scope-a.example');
    expect(csv).not.toContain('casey.scope-b@buyer-scope-b.example');
    // Without the permission, no file.
    const noRead = await makeToken(adminA, ['deal:read']);
    const denied = await fetch(`${t.client().baseUrl}/api/exports/leads.csv`, {
      headers: { authorization: `Bearer ${noRead.secret}` },
    });
    expect(denied.status).toBe(403);
  });

  it('notes when it was last used', async () => {
    const made = await makeToken(adminA, ['lead:read']);
    await call(made.secret, `query { leads { totalCount } }`);
    const list = await adminA.gql<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      TOKENS,
    );
    expect(list.data!.apiTokens.find((x) => x.id === made.token.id)?.lastUsedAt).toBe(
      NOW.toISOString(),
    );
  });

  it('limits requests per token per minute with a clear 429 and Retry-After', async () => {
    const made = await makeToken(adminA, ['lead:read'], { rateLimitPerMinute: 3 });
    const other = await makeToken(adminA, ['lead:read'], { rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      const ok = await call(made.secret, `query { leads { totalCount } }`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
    }
    const limited = await call(made.secret, `query { leads { totalCount } }`);
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors?.[0].message).toMatch(/3 requests per minute/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Limits are per token: another token of the same partner is unaffected.
    expect((await call(other.secret, `query { leads { totalCount } }`)).status).toBe(200);
  });

  it('lets the vendor admin make vendor tokens that reach every partner; reps cannot make tokens', async () => {
    const made = await makeToken(vendorAdmin, ['lead:read', 'lead:create']);
    const lead = await call(made.secret, CREATE_LEAD, {
      i: leadInput('vendor-pool', { externalId: 'marketo-9' }),
    });
    expect(lead.errors).toBeUndefined();
    expect((lead.data!.createLead as { partnerId: string | null }).partnerId).toBeNull();
    const denied = await repA.gql(CREATE_TOKEN, {
      i: { name: 'Mine', permissions: ['lead:read'] },
    });
    expect(denied.code).toBe('FORBIDDEN');
  });
});
