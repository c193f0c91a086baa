import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

const CREATE = `mutation($i:CreatePartnerInput!){ createPartner(input:$i) { id name websiteDomains country version } }`;
const UPDATE = `mutation($i:UpdatePartnerInput!){ updatePartner(input:$i) { id legalName version } }`;

describe('partners', () => {
  let t: TestApp;
  let admin: ApiClient;
  let base: Partner;
  const count = async (table: string) =>
    Number((await t.db.asSystem((em) => em.query(`SELECT count(*) AS n FROM ${table}`)))[0].n);
  const input = (values: Record<string, unknown> = {}) => ({
    name: `Acme ${Math.random().toString(36).slice(2, 8)}`,
    country: 'de',
    region: 'EMEA',
    timeZone: 'Europe/Berlin',
    typeId: base.typeId,
    tierId: base.tierId,
    websiteDomains: ['https://www.Acme.example/about'],
    ...values,
  });

  beforeAll(async () => {
    t = await startTestApp();
    base = await t.factories.partner({ name: 'Base Partner' });
    const va = await t.factories.user({ role: Role.VENDOR_ADMIN });
    admin = await t.signedIn(va.email);
  });
  afterAll(() => t.close());

  it('creates a partner with normalized values and an audit entry in the same transaction', async () => {
    const res = await admin.gql<{
      createPartner: { id: string; websiteDomains: string[]; country: string };
    }>(CREATE, { i: input() });
    expect(res.code).toBeNull();
    expect(res.data?.createPartner).toMatchObject({
      websiteDomains: ['acme.example'],
      country: 'DE',
    });
    const entries = await t.db.asSystem((em) =>
      em.query(`SELECT action, after FROM audit_entry WHERE entity_id = $1`, [
        res.data?.createPartner.id,
      ]),
    );
    expect(entries).toEqual([expect.objectContaining({ action: 'partner.created' })]);
  });

  it('explains every bad field and writes nothing', async () => {
    const before = [await count('partner'), await count('audit_entry')];
    const res = await admin.gql(CREATE, {
      i: input({
        country: 'ZZ',
        timeZone: 'Mars/Olympus',
        websiteDomains: ['not a domain'],
        channelManagerId: base.id,
      }),
    });
    expect(res.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['channelManagerId', 'country', 'timeZone', 'websiteDomains']);
    expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.ts|stack/i);
    expect([await count('partner'), await count('audit_entry')]).toEqual(before);
  });

  it('validates lengths with field messages', async () => {
    const res = await admin.gql(CREATE, { i: input({ name: 'A' }) });
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'name', message: 'Name must be 2 to 200 characters.' },
    ]);
  });

  it('refuses a duplicate name, even from concurrent requests', async () => {
    const dup = await admin.gql(CREATE, { i: input({ name: 'base partner' }) });
    expect(dup.code).toBe('CONFLICT');
    const name = `Racer ${Date.now()}`;
    const results = await Promise.all(
      [1, 2, 3].map(() => admin.gql(CREATE, { i: input({ name }) })),
    );
    expect(results.map((r) => r.code).sort()).toEqual([null, 'CONFLICT', 'CONFLICT'].sort());
    const rows = await t.db.asSystem((em) =>
      em.query(`SELECT id FROM partner WHERE name = $1`, [name]),
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses a stale version instead of losing an update', async () => {
    const p = await t.factories.partner();
    const [a, b] = await Promise.all([
      admin.gql(UPDATE, { i: { id: p.id, version: p.version, legalName: 'First Ltd' } }),
      admin.gql(UPDATE, { i: { id: p.id, version: p.version, legalName: 'Second Ltd' } }),
    ]);
    expect([a.code, b.code].sort()).toEqual([null, 'CONFLICT'].sort());
    const [row] = await t.db.asSystem((em) =>
      em.query(`SELECT legal_name, version FROM partner WHERE id = $1`, [p.id]),
    );
    expect(row.version).toBe(p.version + 1);
    expect(['First Ltd', 'Second Ltd']).toContain(row.legal_name);
  });

  it('filters, searches, sorts and bounds pages', async () => {
    const tier = await t.factories.tier({ name: 'Diamond', rank: 9 });
    const p = await t.factories.partner({
      name: 'Zebra Findable',
      region: 'APAC',
      tierId: tier.id,
      websiteDomains: ['zebra.example'],
    });
    const q = `query($f:PartnerFilterInput,$p:PageInput,$s:PartnerSort){ partners(filter:$f, page:$p, sort:$s) { totalCount hasMore items { id tier { name } } } }`;
    const byTier = await admin.gql<{ partners: { totalCount: number; items: { id: string }[] } }>(
      q,
      { f: { tierIds: [tier.id] } },
    );
    expect(byTier.data?.partners.items.map((i) => i.id)).toEqual([p.id]);
    const byDomain = await admin.gql<{ partners: { items: { id: string }[] } }>(q, {
      f: { search: 'zebra.exa', regions: ['APAC'] },
    });
    expect(byDomain.data?.partners.items.map((i) => i.id)).toEqual([p.id]);
    const sorted = await admin.gql<{ partners: { items: { tier: { name: string } }[] } }>(q, {
      s: 'TIER_HIGH_FIRST',
      p: { limit: 1 },
    });
    expect(sorted.data?.partners.items[0]?.tier.name).toBe('Diamond');
    const tooBig = await admin.gql(q, { p: { limit: 101 } });
    expect(tooBig.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it('answers a malformed id with BAD_USER_INPUT, not an internal error', async () => {
    const res = await admin.gql(`{ partner(id: "nope") { id } }`);
    expect(res.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries nested too deeply', async () => {
    const deep = `{ me { partner { channelManager { partner { channelManager { partner { channelManager { partner { id } } } } } } } } }`;
    const res = await admin.gql(deep);
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/too deep/);
  });

  it('lets a partner admin edit only their own profile fields', async () => {
    const own = await t.factories.partner();
    const pa = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: own.id });
    const client = await t.signedIn(pa.email);
    const res = await client.gql<{
      updateMyPartnerProfile: { websiteDomains: string[]; name: string };
    }>(
      `mutation($i:UpdateMyPartnerProfileInput!){ updateMyPartnerProfile(input:$i) { name websiteDomains } }`,
      { i: { version: own.version, websiteDomains: ['own.example', 'www.own.example'] } },
    );
    expect(res.data?.updateMyPartnerProfile).toEqual({
      name: own.name,
      websiteDomains: ['own.example'],
    });
  });
});
