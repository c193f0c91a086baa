/**
 * Analytics reads the funnel in a system-scoped transaction beside the request's own. Many such
 * requests at once must all finish: found by the benchmark, where ten concurrent scorecards each
 * held one pooled connection while waiting for a second, and the API stopped answering.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OfferStatus, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { offeredLead } from './support/funnel-fixture';

describe('analytics under concurrency', () => {
  let t: TestApp;
  let partner: Partner;
  let admin: ApiClient;

  beforeAll(async () => {
    // A pool of two: any request needing a second request-pool connection would hang at once.
    t = await startTestApp({ env: { DATABASE_POOL_SIZE: '2' } });
    t.clock.set(new Date('2026-11-23T09:00:00Z'));
    partner = await t.factories.partner({ name: 'Concurrent Co' });
    const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
    await t.db.asSystem(async (em) => {
      for (let i = 0; i < 3; i++)
        await offeredLead(em, {
          partnerId: partner.id,
          userId: rep.id,
          offeredAt: `2026-11-1${i}T10:00:00Z`,
          dueAt: `2026-11-1${i}T18:00:00Z`,
          status: OfferStatus.ACCEPTED,
          decidedAt: `2026-11-1${i}T11:00:00Z`,
        });
    });
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
  });
  afterAll(() => t.close());

  it('answers twelve scorecards at once on a pool of two connections', async () => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        admin.gql<{ partnerScorecard: { lines: { metric: string }[] } }>(
          `query($p: ID) { partnerScorecard(partnerId: $p, periodCode: "FY2026-Q4") { lines { metric value } } }`,
          { p: partner.id },
        ),
      ),
    );
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data?.partnerScorecard.lines.length).toBeGreaterThan(0);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
