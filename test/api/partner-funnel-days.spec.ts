/**
 * Per-partner daily funnel figures (`partner_funnel_day`) are kept by triggers as deltas. The
 * metric layer reads whole UTC days from them and only a period's partial first and last day from
 * the rows. Two checks keep that honest: after all kinds of changes the trigger-kept table equals a
 * rebuild from the sources, and every metric computed with the daily figures equals the same
 * metric computed from the rows alone, for periods cut anywhere in a day.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DealStatus, LeadSource, LeadStage, OfferStatus, Role } from '@tandem/shared-domain';
import { computeMetrics, Span } from '@tandem/api-analytics';
import { Partner } from '@tandem/api-directory';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { TestApp, startTestApp } from './support/test-app';
import { lead, offeredLead, registration, stage } from './support/funnel-fixture';

const NOW = new Date('2026-11-20T15:30:00Z');

describe('partner funnel days', () => {
  let t: TestApp;
  let partners: Partner[];

  // The API's role has no privilege on the rollup: read it as the owner.
  const nonZeroDays = () =>
    asOwner((em) =>
      em.query(
        `SELECT * FROM partner_funnel_day f
         WHERE to_jsonb(f) - 'partner_id' - 'day' <> (SELECT jsonb_object_agg(k, 0)
           FROM jsonb_object_keys(to_jsonb(f) - 'partner_id' - 'day') k)
         ORDER BY partner_id, day`,
      ),
    ) as Promise<Record<string, unknown>[]>;

  const asOwner = async <T>(fn: (em: DataSource) => Promise<T>): Promise<T> => {
    const owner = new DataSource(dataSourceOptions(t.database.ownerUrl, 1));
    await owner.initialize();
    try {
      await owner.query(`SELECT set_config('tandem.scope', 'system', false)`);
      return await fn(owner);
    } finally {
      await owner.destroy();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    partners = [
      await t.factories.partner({ name: 'Days Alpha' }),
      await t.factories.partner({ name: 'Days Bravo' }),
    ];
    const rep = await t.factories.user({
      role: Role.PARTNER_SALES_REP,
      partnerId: partners[0].id,
    });
    // Six weeks of activity at odd hours, for both partners.
    await t.db.asSystem(async (em) => {
      for (let k = 0; k < 42; k++) {
        const p = partners[k % 2];
        const day = new Date(Date.UTC(2026, 9, 1 + k, (k * 7) % 24, (k * 13) % 60));
        const iso = (plusHours: number) =>
          new Date(day.getTime() + plusHours * 3_600_000).toISOString();
        const statuses = [
          OfferStatus.ACCEPTED,
          OfferStatus.REJECTED,
          OfferStatus.EXPIRED,
          OfferStatus.PENDING,
        ];
        const status = statuses[k % 4];
        const late = k % 5 === 0;
        const offered = await offeredLead(em, {
          partnerId: p.id,
          userId: k % 3 === 0 ? rep.id : null,
          offeredAt: iso(0),
          dueAt: iso(8),
          status,
          decidedAt: status === OfferStatus.PENDING ? undefined : iso(late ? 11 : 3),
        });
        if (status === OfferStatus.ACCEPTED) {
          await stage(em, offered.id, p.id, LeadStage.OPPORTUNITY, iso(30 + k));
          await registration(em, {
            partnerId: p.id,
            leadId: offered.id,
            amount: `${1000 + k * 10}.00`,
            finalAmount: k % 8 === 0 ? `${900 + k}.50` : undefined,
            events: [
              [DealStatus.SUBMITTED, iso(31 + k)],
              [DealStatus.APPROVED, iso(40 + k)],
              [k % 3 === 0 ? DealStatus.LOST : DealStatus.WON, iso(200 + k * 5)],
            ],
          });
        }
        const own = await lead(em, { source: LeadSource.PARTNER_SALES, partnerId: p.id });
        await stage(em, own.id, p.id, LeadStage.LEAD, iso(2));
        await stage(em, own.id, p.id, LeadStage.MQL, iso(5));
        if (k % 2 === 0) await stage(em, own.id, p.id, LeadStage.SQL, iso(50));
        await registration(em, {
          partnerId: p.id,
          amount: `${500 + k}.00`,
          events:
            k % 4 === 0
              ? [
                  [DealStatus.SUBMITTED, iso(1)],
                  [DealStatus.REJECTED, iso(20)],
                ]
              : [
                  [DealStatus.SUBMITTED, iso(1)],
                  [DealStatus.APPROVED, iso(9)],
                  [k % 3 ? DealStatus.WON : DealStatus.EXPIRED, iso(90)],
                ],
        });
      }
    });
  });
  afterAll(() => t.close());

  it('equals a rebuild after amounts change, offers are withdrawn and registrations deleted', async () => {
    await t.db.asSystem(async (em) => {
      // A won registration's final amount is corrected; its submission time too.
      await em.query(
        `UPDATE deal_registration SET final_amount = final_amount + 100, submitted_at = submitted_at - interval '1 day'
         WHERE id IN (SELECT id FROM deal_registration WHERE status = 'WON' ORDER BY id LIMIT 3)`,
      );
      // A pending offer is withdrawn, an expired one reopened and accepted.
      await em.query(
        `UPDATE lead_offer SET status = 'WITHDRAWN'
         WHERE id = (SELECT id FROM lead_offer WHERE status = 'PENDING' ORDER BY id LIMIT 1)`,
      );
      await em.query(
        `UPDATE lead_offer SET status = 'ACCEPTED', decided_at = accept_due_at - interval '1 hour'
         WHERE id = (SELECT id FROM lead_offer WHERE status = 'EXPIRED' ORDER BY id LIMIT 1)`,
      );
      // A registration goes away with its events.
      await em.query(
        `DELETE FROM deal_registration WHERE id = (SELECT id FROM deal_registration WHERE status = 'LOST' ORDER BY id LIMIT 1)`,
      );
    });
    const kept = await nonZeroDays();
    expect(kept.length).toBeGreaterThan(40);
    await t.db.asSystem((em) => em.query(`SELECT tandem_rebuild_partner_funnel_days()`));
    expect(await nonZeroDays()).toEqual(kept);
    // …and the API's role cannot read it directly, only through the system-scope reader.
    await expect(
      t.db.asSystem((em) => em.query(`SELECT * FROM partner_funnel_day LIMIT 1`)),
    ).rejects.toThrow(/permission denied/);
    const viaReader = (scope: string) =>
      t.db.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('tandem.scope', $1, true)`, [scope]);
        return em.query(
          `SELECT count(*)::int AS n FROM tandem_funnel_day_sums($1::uuid[], ARRAY[1], ARRAY['2026-01-01'::date], ARRAY['2027-01-01'::date])`,
          [partners.map((p) => p.id)],
        );
      });
    expect(await viaReader('vendor')).toEqual([{ n: 0 }]);
    expect(await viaReader('system')).toEqual([{ n: 2 }]);
  });

  it('gives the same metrics with the daily figures as from the rows alone', async () => {
    const at = (iso: string) => new Date(iso);
    const spanSets: Span[][] = [
      // A quarter cut at midnight New York time, as the fiscal calendar does.
      [{ start: at('2026-10-01T04:00:00Z'), end: at('2027-01-01T05:00:00Z') }],
      // Months cut at midnight Kolkata time (+05:30), as a trend.
      [
        { start: at('2026-09-30T18:30:00Z'), end: at('2026-10-31T18:30:00Z') },
        { start: at('2026-10-31T18:30:00Z'), end: at('2026-11-30T18:30:00Z') },
      ],
      // Whole UTC days only, and less than a day.
      [{ start: at('2026-10-05T00:00:00Z'), end: at('2026-10-20T00:00:00Z') }],
      [{ start: at('2026-10-07T03:00:00Z'), end: at('2026-10-07T21:00:00Z') }],
    ];
    const ids = partners.map((p) => p.id);
    for (const spans of spanSets) {
      const [withDays, fromRows] = await t.db.asSystem(async (em) => [
        await computeMetrics(em, ids, spans, NOW, 'partner', null, undefined, true),
        await computeMetrics(em, ids, spans, NOW, 'partner', null, undefined, false),
      ]);
      expect(withDays.size).toBeGreaterThan(0);
      expect(Object.fromEntries(withDays)).toEqual(Object.fromEntries(fromRows));
    }
    // The figures are not all empty: the comparison above compares something.
    const sample = await t.db.asSystem((em) =>
      computeMetrics(em, ids, spanSets[0], NOW, 'partner'),
    );
    const alpha = sample.get(partners[0].id)![0];
    expect(Number(alpha.LEADS_RECEIVED)).toBeGreaterThan(10);
    expect(Number(alpha.REVENUE_WON)).toBeGreaterThan(0);
    expect(alpha.SLA_COMPLIANCE).not.toBeNull();
    expect(alpha.AVERAGE_SALES_CYCLE_DAYS).not.toBeNull();
  });
});
