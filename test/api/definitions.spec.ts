import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LEAD_STAGES, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

const SAVE = `mutation($i:FunnelDefinitionInput!){ saveFunnelDefinitionDraft(input:$i) { id version status } }`;
const stages = (description = 'Described') =>
  LEAD_STAGES.map((stage) => ({
    stage,
    description: `${description} ${stage}`,
    entryCriteria: 'When it happens',
  }));
const mql = {
  requiredFields: ['email', 'company'],
  threshold: 30,
  fitRules: [],
  engagementRules: [],
};

describe('standard definitions', () => {
  let t: TestApp;
  let admin: ApiClient;
  let a: Partner;
  let b: Partner;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let marketerA: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    a = await t.factories.partner({ name: 'Alpha Ack' });
    b = await t.factories.partner({ name: 'Beta Ack' });
    adminA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: a.id })).email,
    );
    adminB = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: b.id })).email,
    );
    marketerA = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: a.id })).email,
    );
  });
  afterAll(() => t.close());

  it('checks a draft, refuses stale edits and publishes numbered versions to partner admins', async () => {
    expect(
      (await admin.gql(`mutation { publishFunnelDefinition { number } }`)).errors?.[0]?.message,
    ).toMatch(/no draft/);
    const partial = await admin.gql(SAVE, {
      i: {
        stages: stages().slice(0, 3),
        mql: {
          ...mql,
          fitRules: [
            { kind: 'COMPANY_SIZE', values: [], points: 10 },
            { kind: 'COUNTRY', values: [' '], points: 5 },
          ],
        },
      },
    });
    expect(partial.code).toBe('BAD_USER_INPUT');
    expect(partial.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([
      'stages',
      'mql.fitRules.0',
      'mql.fitRules.1.values',
    ]);

    const draft = await admin.gql<{
      saveFunnelDefinitionDraft: { version: number; status: string };
    }>(SAVE, { i: { stages: stages(), mql } });
    expect(draft.data?.saveFunnelDefinitionDraft.status).toBe('DRAFT');
    const stale = await admin.gql(SAVE, { i: { stages: stages('Again'), mql, version: 99 } });
    expect(stale.code).toBe('CONFLICT');
    await admin.gql(SAVE, {
      i: { stages: stages('Final'), mql, version: draft.data?.saveFunnelDefinitionDraft.version },
    });
    const published = await admin.gql<{
      publishFunnelDefinition: { number: number; status: string };
    }>(`mutation { publishFunnelDefinition(changeNote:"Clearer MQL") { number status } }`);
    expect(published.data?.publishFunnelDefinition).toEqual({ number: 1, status: 'PUBLISHED' });
    const current = await marketerA.gql<{
      funnelDefinition: { number: number; stages: { description: string }[] };
    }>(`{ funnelDefinition { number stages { description } } }`);
    expect(current.data?.funnelDefinition.number).toBe(1);
    expect(current.data?.funnelDefinition.stages[0]?.description).toBe('Final LEAD');

    const titles = async (c: ApiClient) =>
      (
        (
          await c.gql<{ myNotifications: { items: { title: string }[] } }>(
            `{ myNotifications { items { title } } }`,
          )
        ).data?.myNotifications.items ?? []
      ).map((n) => n.title);
    expect(await titles(adminA)).toContain('Funnel definition version 1 published');
    expect(await titles(marketerA)).not.toContain('Funnel definition version 1 published');
  });

  it('records each partner’s agreement per side and shows it only to that partner and the vendor', async () => {
    const d = await t.factories.definition();
    const ack = await adminA.gql<{ acknowledgeFunnelDefinition: { side: string }[] }>(
      `mutation($id:ID!){ acknowledgeFunnelDefinition(definitionId:$id, sides:[MARKETING]) { side } }`,
      { id: d.id },
    );
    expect(ack.data?.acknowledgeFunnelDefinition).toEqual([{ side: 'MARKETING' }]);
    await adminA.gql(
      `mutation($id:ID!){ acknowledgeFunnelDefinition(definitionId:$id, sides:[MARKETING, SALES]) { side } }`,
      { id: d.id },
    );
    const rows = await admin.gql<{
      definitionAgreements: {
        items: { partnerId: string; marketingVersion: number; salesVersion: number }[];
      };
    }>(
      `{ definitionAgreements(page:{limit:100}) { items { partnerId marketingVersion salesVersion } } }`,
    );
    expect(rows.data?.definitionAgreements.items).toContainEqual({
      partnerId: a.id,
      marketingVersion: d.number,
      salesVersion: d.number,
    });
    expect(rows.data?.definitionAgreements.items).toContainEqual({
      partnerId: b.id,
      marketingVersion: null,
      salesVersion: null,
    });
    const missing = await admin.gql<{ definitionAgreements: { items: { partnerId: string }[] } }>(
      `{ definitionAgreements(missingOnly:true, page:{limit:100}) { items { partnerId } } }`,
    );
    expect(missing.data?.definitionAgreements.items.map((r) => r.partnerId)).not.toContain(a.id);
    const seenByB = await adminB.gql<{ funnelDefinition: { acknowledgements: unknown[] } }>(
      `{ funnelDefinition { acknowledgements { partnerId } } }`,
    );
    expect(seenByB.data?.funnelDefinition.acknowledgements).toEqual([]);
    const seenByVendor = await admin.gql<{
      funnelDefinition: { acknowledgements: { partnerId: string }[] };
    }>(`{ funnelDefinition { acknowledgements { partnerId } } }`);
    expect(seenByVendor.data?.funnelDefinition.acknowledgements.map((x) => x.partnerId)).toEqual([
      a.id,
      a.id,
    ]);
  });

  it('keeps reason codes as a configurable list', async () => {
    const saved = await admin.gql<{ saveReasonCode: { id: string; code: string } }>(
      `mutation { saveReasonCode(input:{ kind: LOSS, code: "no budget", label: "No budget" }) { id code } }`,
    );
    expect(saved.data?.saveReasonCode.code).toBe('NO_BUDGET');
    const dup = await admin.gql(
      `mutation { saveReasonCode(input:{ kind: LOSS, code: "NO_BUDGET", label: "Again" }) { id } }`,
    );
    expect(dup.code).toBe('CONFLICT');
    await admin.gql(
      `mutation($id:String){ saveReasonCode(input:{ id:$id, kind: LOSS, code: "NO_BUDGET", label: "No budget", active: false }) { id } }`,
      {
        id: saved.data?.saveReasonCode.id,
      },
    );
    expect(
      (await marketerA.gql<{ reasonCodes: unknown[] }>(`{ reasonCodes(kind: LOSS) { id } }`)).data
        ?.reasonCodes,
    ).toEqual([]);
    expect(
      (
        await admin.gql<{ reasonCodes: unknown[] }>(
          `{ reasonCodes(kind: LOSS, includeInactive: true) { id } }`,
        )
      ).data?.reasonCodes,
    ).toHaveLength(1);
  });
});
