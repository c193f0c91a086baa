/**
 * Lead milestones (a lead's first dates per partner, which the metric layer counts) are kept by
 * triggers in the events' own transactions. Whatever happens to the events — offers rejected,
 * withdrawn, re-offered to another partner, back-dated stage events, concurrent writers — the
 * table must equal a rebuild from the events.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LeadSource, LeadStage, OfferStatus, Role } from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { lead, offeredLead, stage } from './support/funnel-fixture';

type Row = {
  partner_id: string;
  lead_id: string;
  received_at: Date | null;
  mql_at: Date | null;
  sql_at: Date | null;
  opp_at: Date | null;
};

describe('lead milestones', () => {
  let t: TestApp;
  let alpha: Partner;
  let bravo: Partner;
  let rep: string;

  const table = (): Promise<Row[]> =>
    t.db.asSystem((em) =>
      em.query(`SELECT * FROM lead_milestone ORDER BY partner_id, lead_id`),
    ) as Promise<Row[]>;
  const rowOf = async (partnerId: string, leadId: string) =>
    (await table()).find((r) => r.partner_id === partnerId && r.lead_id === leadId);
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

  beforeAll(async () => {
    t = await startTestApp();
    alpha = await t.factories.partner({ name: 'Milestone Alpha' });
    bravo = await t.factories.partner({ name: 'Milestone Bravo' });
    rep = (await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: alpha.id })).id;
  });
  afterAll(() => t.close());

  it('follows offers, rejections, withdrawals and back-dated events, and equals a rebuild', async () => {
    const { passed, withdrawn, own } = await t.db.asSystem(async (em) => {
      // A vendor lead qualified in the pool, offered to Alpha (rejected), then to Bravo (accepted).
      const passed = await offeredLead(em, {
        partnerId: alpha.id,
        offeredAt: '2026-10-01T10:00:00Z',
        dueAt: '2026-10-01T18:00:00Z',
        status: OfferStatus.REJECTED,
        decidedAt: '2026-10-01T12:00:00Z',
      });
      await offeredLead(em, {
        existing: passed,
        partnerId: bravo.id,
        offeredAt: '2026-10-02T10:00:00Z',
        dueAt: '2026-10-02T18:00:00Z',
        status: OfferStatus.ACCEPTED,
        decidedAt: '2026-10-02T11:00:00Z',
      });
      // (accepting writes Bravo's SQL event at 11:00; a later one does not move the date)
      await stage(em, passed.id, bravo.id, LeadStage.SQL, '2026-10-05T09:00:00Z');
      await stage(em, passed.id, bravo.id, LeadStage.OPPORTUNITY, '2026-10-20T09:00:00Z');
      // An offer that is withdrawn before anyone answers: it never reached Alpha.
      const withdrawn = await offeredLead(em, {
        partnerId: alpha.id,
        offeredAt: '2026-10-03T10:00:00Z',
        dueAt: '2026-10-03T18:00:00Z',
        status: OfferStatus.PENDING,
      });
      await em.query(`UPDATE lead_offer SET status = 'WITHDRAWN' WHERE lead_id = $1`, [
        withdrawn.id,
      ]);
      // Alpha's own lead, with an SQL event recorded late but dated earlier than the first one.
      const own = await lead(em, { source: LeadSource.PARTNER_SALES, partnerId: alpha.id });
      await stage(em, own.id, alpha.id, LeadStage.LEAD, '2026-10-10T09:00:00Z', rep);
      await stage(em, own.id, alpha.id, LeadStage.SQL, '2026-10-12T09:00:00Z', rep);
      await stage(em, own.id, alpha.id, LeadStage.SQL, '2026-10-11T09:00:00Z', rep);
      return { passed, withdrawn, own };
    });

    const a = await rowOf(alpha.id, passed.id);
    expect([iso(a?.received_at), iso(a?.mql_at), iso(a?.sql_at)]).toEqual([
      '2026-10-01T10:00:00.000Z',
      '2026-10-01T10:00:00.000Z',
      null,
    ]);
    const b = await rowOf(bravo.id, passed.id);
    expect([iso(b?.received_at), iso(b?.mql_at), iso(b?.sql_at), iso(b?.opp_at)]).toEqual([
      '2026-10-02T10:00:00.000Z',
      '2026-10-02T10:00:00.000Z',
      '2026-10-02T11:00:00.000Z',
      '2026-10-20T09:00:00.000Z',
    ]);
    expect(await rowOf(alpha.id, withdrawn.id)).toBeUndefined();
    const o = await rowOf(alpha.id, own.id);
    expect([iso(o?.received_at), iso(o?.mql_at), iso(o?.sql_at)]).toEqual([
      '2026-10-10T09:00:00.000Z',
      null,
      '2026-10-11T09:00:00.000Z',
    ]);
    // The pool's own events (no partner) make no row.
    expect((await table()).every((r) => r.partner_id !== null)).toBe(true);

    const kept = await table();
    await t.db.asSystem((em) => em.query(`SELECT tandem_rebuild_lead_milestones()`));
    expect(await table()).toEqual(kept);
  });

  it('keeps both dates when two transactions add events to one lead at once', async () => {
    const l = await t.db.asSystem(async (em) => {
      const l = await lead(em, { source: LeadSource.PARTNER_SALES, partnerId: alpha.id });
      await stage(em, l.id, alpha.id, LeadStage.LEAD, '2026-11-01T09:00:00Z', rep);
      return l;
    });
    const first = t.db.dataSource.createQueryRunner();
    const second = t.db.dataSource.createQueryRunner();
    try {
      for (const q of [first, second]) {
        await q.startTransaction();
        await q.query(`SELECT set_config('tandem.scope', 'system', true)`);
      }
      const insert = (s: LeadStage, at: string) =>
        `INSERT INTO lead_stage_event (lead_id, partner_id, user_id, stage, occurred_at, actor_label)
         VALUES ('${l.id}', '${alpha.id}', '${rep}', '${s}', '${at}', 'Test')`;
      await first.query(insert(LeadStage.SQL, '2026-11-02T09:00:00Z'));
      // The second writer waits for the first (it must see its event), so start it, commit the
      // first, then let the second finish.
      const late = second.query(insert(LeadStage.OPPORTUNITY, '2026-11-03T09:00:00Z'));
      await new Promise((r) => setTimeout(r, 200));
      await first.commitTransaction();
      await late;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const row = await rowOf(alpha.id, l.id);
    expect([iso(row?.sql_at), iso(row?.opp_at)]).toEqual([
      '2026-11-02T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ]);
  });

  it('is readable only within the caller’s scope, and written only by the triggers', async () => {
    const seen = await t.db.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('tandem.scope', 'partner', true)`);
      await em.query(`SELECT set_config('tandem.partner_id', $1, true)`, [alpha.id]);
      return em.query(`SELECT DISTINCT partner_id FROM lead_milestone`);
    });
    expect(seen).toEqual([{ partner_id: alpha.id }]);
    await expect(
      t.db.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('tandem.scope', 'vendor', true)`);
        await em.query(`DELETE FROM lead_milestone`);
        const left: { n: number }[] = await em.query(
          `SELECT count(*)::int AS n FROM lead_milestone`,
        );
        if (left[0].n > 0) throw new Error('kept');
      }),
    ).rejects.toThrow('kept');
  });
});
