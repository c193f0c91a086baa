import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService, PasswordHasher } from '@tandem/api-core';
import { ContentStorage } from '@tandem/api-content';
import { DEMO_PASSWORD, seedDemoData } from '../../apps/api/src/database/seed/demo-seed';
import { TestApp, startTestApp } from './support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads once, and every demo sign-in sees a working program', async () => {
    const args = [
      t.db,
      t.app.get(PasswordHasher),
      t.app.get(AuditService),
      t.app.get(ContentStorage),
    ] as const;
    expect(await seedDemoData(...args)).toBe(true);
    expect(await seedDemoData(...args)).toBe(false);
    const counts = await t.db.asSystem((em) =>
      em.query(`SELECT (SELECT count(*) FROM partner)::int AS partners,
                       (SELECT count(*) FROM app_user WHERE role = 'CHANNEL_MANAGER')::int AS managers,
                       (SELECT count(DISTINCT role) FROM app_user)::int AS roles,
                       (SELECT count(*) FROM persona WHERE status = 'PUBLISHED')::int AS personas,
                       (SELECT count(*) FROM campaign WHERE status = 'LAUNCHED')::int AS campaigns,
                       (SELECT count(*) FROM content_asset)::int AS assets,
                       (SELECT count(*) FROM content_kit)::int AS kits`),
    );
    expect(counts).toEqual([
      { partners: 12, managers: 3, roles: 6, personas: 4, campaigns: 2, assets: 20, kits: 3 },
    ]);

    const rep = t.client();
    expect((await rep.signIn('sales@northwind.demo', DEMO_PASSWORD)).status).toBe(200);
    const personas = await rep.gql<{ personas: { totalCount: number } }>(
      `{ personas { totalCount } }`,
    );
    expect(personas.data?.personas.totalCount).toBe(4);
    // Northwind is Platinum: it sees the live top-tier campaign and the upcoming one for everyone.
    const feed = await rep.gql<{
      campaignFeed: { items: { phase: string; acknowledgedByMe: boolean }[] };
    }>(`{ campaignFeed { items { phase acknowledgedByMe } } }`);
    expect(feed.data?.campaignFeed.items).toEqual([
      { phase: 'LIVE', acknowledgedByMe: true },
      { phase: 'UPCOMING', acknowledgedByMe: false },
    ]);
    // The kit downloads as a ZIP with the co-branded invitation filled in for Northwind.
    const kits = await rep.gql<{
      contentKits: { items: { name: string; downloadPath: string }[] };
    }>(`{ contentKits { items { name downloadPath } } }`);
    const audit = kits.data?.contentKits.items.find((k) => k.name === 'IT Director audit kit');
    const zip = await rep.request('GET', audit?.downloadPath ?? '/missing');
    expect(zip.status).toBe(200);
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const silver = t.client();
    await silver.signIn('sales@mapleleaf.demo', DEMO_PASSWORD);
    const silverFeed = await silver.gql<{ campaignFeed: { items: { phase: string }[] } }>(
      `{ campaignFeed { items { phase } } }`,
    );
    expect(silverFeed.data?.campaignFeed.items).toEqual([{ phase: 'UPCOMING' }]);
    const rheinwerk = t.client();
    await rheinwerk.signIn('admin@rheinwerk.demo', DEMO_PASSWORD);
    const irene = await rheinwerk.gql<{ personas: { items: { id: string }[] } }>(
      `{ personas(filter:{search:"Irene"}) { items { id } } }`,
    );
    const comments = await rheinwerk.gql<{ personaComments: { items: { authorLabel: string }[] } }>(
      `query($id:ID!){ personaComments(personaId:$id) { items { authorLabel } } }`,
      { id: irene.data?.personas.items[0]?.id },
    );
    // Rheinwerk sees the vendor's public note, not Northwind's conversation.
    expect(comments.data?.personaComments.items.map((c) => c.authorLabel)).toEqual([
      'Marta Marketing (Vendor)',
    ]);
  });
});
