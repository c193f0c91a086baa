/**
 * The account-key projection lets the conflict search and the "already engaged?" check use their
 * indexes (no row-level security in the way), so it must never become a way around isolation: the
 * API's role cannot read it, its one reader answers only the system scope, and it holds exactly
 * the active registrations and the account list.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DealStatus } from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { registration } from './support/funnel-fixture';

describe('account keys', () => {
  let t: TestApp;
  let alpha: Partner;

  const asScope = <T>(scope: string, sql: string, params: unknown[] = []) =>
    t.db.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('tandem.scope', $1, true)`, [scope]);
      if (scope === 'partner')
        await em.query(`SELECT set_config('tandem.partner_id', $1, true)`, [alpha.id]);
      return em.query(sql, params) as Promise<T>;
    });
  const keys = () =>
    t.db.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('tandem.scope', 'system', true)`);
      return em.query(
        `SELECT id, source FROM tandem_account_matches(NULL, 'karomel', 'US', 0.0) ORDER BY id`,
      ) as Promise<{ id: string; source: string }[]>;
    });

  beforeAll(async () => {
    t = await startTestApp();
    alpha = await t.factories.partner({ name: 'Keys Alpha' });
  });
  afterAll(() => t.close());

  it('is not readable by the API role, and its reader answers only the system scope', async () => {
    await expect(asScope('vendor', `SELECT * FROM account_key`)).rejects.toThrow(
      /permission denied/,
    );
    await t.db.asSystem((em) =>
      registration(em, {
        partnerId: alpha.id,
        amount: '100.00',
        events: [[DealStatus.SUBMITTED, '2026-11-01T10:00:00Z']],
      }),
    );
    const call = `SELECT count(*)::int AS n FROM tandem_account_matches(NULL, 'customer', 'US', 0.0)`;
    for (const scope of ['vendor', 'partner', ''])
      expect(await asScope<{ n: number }[]>(scope, call)).toEqual([{ n: 0 }]);
    expect((await asScope<{ n: number }[]>('system', call))[0].n).toBeGreaterThan(0);
  });

  it('holds exactly the active registrations and follows their status', async () => {
    const deal = await t.db.asSystem(async (em) => {
      const d = await registration(em, {
        partnerId: alpha.id,
        amount: '100.00',
        events: [[DealStatus.SUBMITTED, '2026-11-02T10:00:00Z']],
      });
      await em.query(
        `UPDATE deal_registration SET company_name = $2, normalized_name = $3 WHERE id = $1`,
        [d.id, 'Karomel Labs', 'karomel labs'],
      );
      return d;
    });
    expect((await keys()).map((k) => k.id)).toContain(deal.id);
    await t.db.asSystem((em) =>
      em.query(`UPDATE deal_registration SET status = 'LOST' WHERE id = $1`, [deal.id]),
    );
    expect((await keys()).map((k) => k.id)).not.toContain(deal.id);
    // What the triggers kept equals a rebuild from the tables.
    const snapshot = () =>
      asScope<{ id: string; source: string }[]>(
        'system',
        `SELECT id, source FROM tandem_account_matches(NULL, 'customer', 'US', 0.1)
         UNION SELECT id, source FROM tandem_account_matches(NULL, 'karomel labs', 'US', 0.1) ORDER BY id`,
      );
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await t.db.asSystem((em) => em.query(`SELECT tandem_rebuild_account_keys()`));
    expect(await snapshot()).toEqual(kept);
  });
});
