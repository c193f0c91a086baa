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
                       (SELECT count(*) FROM content_kit)::int AS kits,
                       (SELECT count(*) FROM routing_rule)::int AS rules,
                       (SELECT count(*) FROM sla_policy)::int AS policies`),
    );
    expect(counts).toEqual([
      {
        partners: 12,
        managers: 3,
        roles: 6,
        personas: 4,
        campaigns: 2,
        assets: 20,
        kits: 3,
        rules: 5,
        policies: 3,
      },
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

  it('has several hundred leads across sources and stages, live offers, rejections and breaches', async () => {
    const [row] = await t.db.asSystem((em) =>
      em.query(`SELECT (SELECT count(*) FROM lead)::int AS leads,
                       (SELECT count(DISTINCT source) FROM lead)::int AS sources,
                       (SELECT count(DISTINCT stage) FROM lead)::int AS stages,
                       (SELECT count(*) FROM lead_offer WHERE status = 'PENDING')::int AS pending,
                       (SELECT count(*) FROM lead_offer WHERE status = 'REJECTED' AND reason_code_id IS NOT NULL)::int AS rejected,
                       (SELECT count(*) FROM lead_sla_event WHERE kind = 'ACCEPT_BREACH')::int AS expired,
                       (SELECT count(*) FROM lead_sla_event WHERE kind = 'CONTACT_BREACH')::int AS overdue,
                       (SELECT count(*) FROM lead l WHERE NOT EXISTS (
                          SELECT 1 FROM lead_stage_event e WHERE e.lead_id = l.id AND e.stage = l.stage))::int AS without_event,
                       (SELECT count(*) FROM lead_offer o WHERE o.status = 'PENDING' AND NOT EXISTS (
                          SELECT 1 FROM job j WHERE j.dedupe_key = 'offer:' || o.id || ':accept-deadline'))::int AS unclocked`),
    );
    expect(row.leads).toBeGreaterThanOrEqual(300);
    expect(row.sources).toBe(3);
    expect(row.stages).toBeGreaterThanOrEqual(7);
    expect(row.pending).toBeGreaterThan(5);
    expect(row.rejected).toBeGreaterThan(5);
    expect(row.expired).toBeGreaterThan(3);
    expect(row.overdue).toBeGreaterThan(3);
    // Every lead's current stage has its event, and every pending offer has its deadline job.
    expect(row.without_event).toBe(0);
    expect(row.unclocked).toBe(0);
    // The demo rep has an inbox.
    const rep = t.client();
    await rep.signIn('sales@northwind.demo', DEMO_PASSWORD);
    const leads = await rep.gql<{ leads: { totalCount: number } }>(`{ leads { totalCount } }`);
    expect(leads.data?.leads.totalCount).toBeGreaterThan(5);
  });

  it('has a few hundred registrations across states, with the Acme conflict ready to show', async () => {
    const [row] = await t.db.asSystem((em) =>
      em.query(`SELECT (SELECT count(*) FROM deal_registration)::int AS deals,
                       (SELECT count(DISTINCT status) FROM deal_registration)::int AS statuses,
                       (SELECT count(*) FROM product)::int AS products,
                       (SELECT count(*) FROM account_list_entry)::int AS accounts,
                       (SELECT count(*) FROM deal_registration d WHERE d.domain = 'acme.com')::int AS acme,
                       (SELECT count(*) FROM deal_conflict c JOIN deal_registration d ON d.id = c.deal_id
                          WHERE d.domain = 'acme.com')::int AS acme_conflicts,
                       (SELECT count(*) FROM deal_registration d WHERE d.status = 'APPROVED' AND NOT EXISTS (
                          SELECT 1 FROM job j WHERE j.dedupe_key LIKE 'deal:' || d.id || ':expiry:%'))::int AS unclocked`),
    );
    expect(row.deals).toBeGreaterThanOrEqual(250);
    expect(row.statuses).toBe(9);
    expect(row.products).toBe(4);
    expect(row.accounts).toBe(6);
    expect(row.acme).toBe(2);
    expect(row.acme_conflicts).toBe(1);
    expect(row.unclocked).toBe(0);
    const cm = t.client();
    await cm.signIn('maya.cm@tandem.demo', DEMO_PASSWORD);
    const queue = await cm.gql<{ dealRegistrations: { totalCount: number } }>(
      `{ dealRegistrations(filter: { view: QUEUE }) { totalCount } }`,
    );
    expect(queue.data?.dealRegistrations.totalCount).toBeGreaterThan(0);
  });
  it('has goals, and incentive plans whose last quarter freezes for review once jobs run', async () => {
    await t.jobs.runDue();
    const plans: { status: string; payouts: number; earning: number }[] = await t.db.asSystem(
      (em) =>
        em.query(
          `SELECT p.status, count(o.id)::int AS payouts,
                count(o.id) FILTER (WHERE o.earned > 0)::int AS earning
         FROM incentive_plan p LEFT JOIN incentive_payout o ON o.plan_id = p.id
         GROUP BY p.id, p.status, p.period_code ORDER BY p.period_code`,
        ),
    );
    // Last quarter: frozen for the six Platinum and Silver partners; this quarter: still running.
    expect(plans.map((p) => [p.status, p.payouts])).toEqual([
      ['CLOSED', 6],
      ['ACTIVE', 0],
    ]);
    expect(plans[0].earning).toBeGreaterThan(0);
    const admin = t.client();
    expect((await admin.signIn('admin@northwind.demo', DEMO_PASSWORD)).status).toBe(200);
    const [{ code }]: { code: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT period_code AS code FROM incentive_plan WHERE status = 'ACTIVE'`),
    );
    const goals = await admin.gql<{ partnerGoals: { goals: unknown[]; objectives: unknown[] } }>(
      `query($q: String!) { partnerGoals(periodCode: $q) { goals { metric } objectives { title } } }`,
      { q: code },
    );
    expect(goals.data?.partnerGoals.goals.length).toBeGreaterThanOrEqual(6);
    expect(goals.data?.partnerGoals.objectives).toHaveLength(1);
  });
  it('has market development funds: a paid claim with proof last quarter, requests in every state now', async () => {
    const marketer = t.client();
    expect((await marketer.signIn('marketing@northwind.demo', DEMO_PASSWORD)).status).toBe(200);
    const budgets = await marketer.gql<{
      mdfBudgets: {
        budget: { periodCode: string };
        allocated: string;
        reserved: string;
        paid: string;
        remaining: string;
      }[];
    }>(`{ mdfBudgets { budget { periodCode } allocated reserved paid remaining } }`);
    expect(budgets.errors).toBeUndefined();
    // Newest first: this quarter (5,000 reserved for the webinar), then last (8,700 paid).
    expect(
      budgets.data?.mdfBudgets.map((b) => [b.allocated, b.reserved, b.paid, b.remaining]),
    ).toEqual([
      ['20000.00', '5000.00', '0.00', '15000.00'],
      ['20000.00', '0.00', '8700.00', '11300.00'],
    ]);
    const requests = await marketer.gql<{
      mdfRequests: { request: { status: string }; claims: { files: { fileName: string }[] }[] }[];
    }>(`{ mdfRequests { request { status } claims { files { fileName } } } }`);
    expect(requests.data?.mdfRequests.map((r) => r.request.status).sort()).toEqual([
      'APPROVED',
      'CLOSED',
    ]);
    const maya = t.client();
    expect((await maya.signIn('maya.cm@tandem.demo', DEMO_PASSWORD)).status).toBe(200);
    const queue = await maya.gql<{ mdfRequests: { partnerName: string }[] }>(
      `{ mdfRequests(status: SUBMITTED) { partnerName } }`,
    );
    expect(queue.data?.mdfRequests.map((r) => r.partnerName)).toEqual(['Bluepeak Solutions']);
  });
});
