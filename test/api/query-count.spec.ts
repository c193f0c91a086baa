import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

const DIRECTORY = `{ partners(page:{limit:100}) { totalCount items { id tier { name } type { name } channelManager { name } userCount } } }`;

describe('no N+1 queries', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    const va = await t.factories.user({ role: Role.VENDOR_ADMIN });
    admin = await t.signedIn(va.email);
  });
  afterAll(() => t.close());

  async function statementsFor(query: string): Promise<number> {
    await admin.gql('{ me { id } }'); // warm up the session path
    const before = t.db.statementCount;
    const res = await admin.gql(query);
    expect(res.code).toBeNull();
    return t.db.statementCount - before;
  }

  it('loads the partner directory with a fixed number of statements, however many partners', async () => {
    const manager = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    for (let i = 0; i < 3; i++) await t.factories.partner({ channelManagerId: manager.id });
    const few = await statementsFor(DIRECTORY);
    for (let i = 0; i < 30; i++) await t.factories.partner({ channelManagerId: manager.id });
    const many = await statementsFor(DIRECTORY);
    expect(many).toBe(few);
    // begin + scope, the page with its total, four batched relations, commit; plus the session lookup.
    expect(many).toBeLessThanOrEqual(13);
  });

  it('loads a page of leads with their partner, rep, persona, campaign and offer in fixed statements', async () => {
    const LEADS = `{ leads(page:{limit:100}) { totalCount items { id partnerName assignedUserName personaName campaignName currentOffer { id acceptDueAt userName partnerName } } } }`;
    const persona = await t.factories.persona();
    const campaign = await t.factories.campaign();
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const partner = await t.factories.partner();
        const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
        await t.factories.lead({
          partnerId: partner.id,
          assignedUserId: rep.id,
          personaId: persona.id,
          campaignId: campaign.id,
          offer: 'PENDING',
        });
      }
    };
    await make(3);
    const few = await statementsFor(LEADS);
    await make(30);
    const many = await statementsFor(LEADS);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(14);
  });

  it('loads a page of registrations with partner, lines, products and reasons in fixed statements', async () => {
    const DEALS = `{ dealRegistrations(page:{limit:100}) { totalCount items { id reference partnerName reasonLabel lines { quantity product { name } } } } }`;
    const product = await t.factories.product();
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const partner = await t.factories.partner();
        const deal = await t.factories.deal({
          partnerId: partner.id,
          companyName: `Count ${Math.random().toString(36).slice(2)}`,
        });
        await t.db.asSystem((em) =>
          em.query(
            `INSERT INTO deal_line (deal_id, partner_id, product_id, quantity, amount, position) VALUES ($1, $2, $3, 1, 5, 0)`,
            [deal.id, partner.id, product.id],
          ),
        );
      }
    };
    await make(3);
    const few = await statementsFor(DEALS);
    await make(30);
    const many = await statementsFor(DEALS);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(12);
  });
  it("computes the leaderboard and a partner's goals in fixed statements, however many partners", async () => {
    const BOARD = `{ partnerLeaderboard(periodCode: "FY2026-Q4", page: { limit: 100 }) { total items { rank partner { name tier { name } } values { metric value } } } }`;
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const partner = await t.factories.partner();
        await t.factories.lead({ partnerId: partner.id, offer: 'ACCEPTED' });
      }
    };
    await make(3);
    const few = await statementsFor(BOARD);
    await make(30);
    const many = await statementsFor(BOARD);
    expect(many).toBe(few);
    // begin + scope, calendar, partners, scope check, then the metrics in a system read (begin +
    // scope, one statement, commit), partner and tier loaders, commit; plus the session lookup.
    expect(many).toBeLessThanOrEqual(16);
    const partner = await t.factories.partner();
    const goals = (n: number) =>
      t.db.asSystem((em) =>
        em.query(
          `INSERT INTO goal (partner_id, period_code, metric, target, side, updated_by_label)
           SELECT $1, 'FY2026-Q4', m, 1, 'SALES', 'Test' FROM unnest($2::text[]) AS m
           ON CONFLICT DO NOTHING`,
          [partner.id, ['SQLS', 'MQLS', 'DEALS_WON', 'WIN_RATE', 'REVENUE_WON'].slice(0, n)],
        ),
      );
    const GOALS = `{ partnerGoals(partnerId: "${partner.id}", periodCode: "FY2026-Q4") { goals { metric partnerName actual status } objectives { title } } }`;
    await goals(1);
    const one = await statementsFor(GOALS);
    await goals(5);
    expect(await statementsFor(GOALS)).toBe(one);
  });
});
