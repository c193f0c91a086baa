import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { Role } from '@tandem/shared-domain';
import { Partner, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Layer two of partner isolation: even with the application's own filters bypassed (raw SQL, no
 * WHERE clause), Postgres row-level security refuses rows of another partner.
 */
describe('row-level security', () => {
  let t: TestApp;
  let a: Partner;
  let b: Partner;
  let userA: User;
  let userB: User;
  beforeAll(async () => {
    t = await startTestApp();
    a = await t.factories.partner();
    b = await t.factories.partner();
    userA = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: a.id });
    userB = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: b.id });
  });
  afterAll(() => t.close());

  const asPartnerA = <T>(
    work: (q: (sql: string, params?: unknown[]) => Promise<T[]>) => Promise<unknown>,
  ) =>
    t.db.transaction({ kind: 'partner', partnerId: a.id, userId: userA.id }, (em) =>
      work((sql, params) => em.query(sql, params)),
    );

  it('shows a partner scope only its own partner and users, with no filter in the SQL', async () => {
    await asPartnerA(async (q) => {
      const partners = await q('SELECT id FROM partner');
      expect(partners).toEqual([{ id: a.id }]);
      const users = (await q('SELECT id, partner_id FROM app_user')) as unknown as {
        partner_id: string | null;
      }[];
      expect(users.some((u) => u.partner_id === b.id)).toBe(false);
      expect(await q('SELECT id FROM app_user WHERE id = $1', [userB.id])).toEqual([]);
    });
  });

  it('refuses writes into another partner', async () => {
    await expect(
      asPartnerA((q) =>
        q(
          `INSERT INTO app_user (email, role, partner_id) VALUES ('x@example.test', 'PARTNER_ADMIN', $1)`,
          [b.id],
        ),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await asPartnerA(async (q) => {
      await q(`UPDATE partner SET legal_name = 'hijacked' WHERE id = $1`, [b.id]);
    });
    const [row] = await t.db.asSystem((em) =>
      em.query('SELECT legal_name FROM partner WHERE id = $1', [b.id]),
    );
    expect(row.legal_name).not.toBe('hijacked');
  });

  it('keeps leads, offers, stage events and SLA records of another partner out of reach', async () => {
    const leadB = await t.factories.lead({ partnerId: b.id, offer: 'PENDING' });
    const leadA = await t.factories.lead({ partnerId: a.id, offer: 'PENDING' });
    const pool = await t.factories.lead();
    await asPartnerA(async (q) => {
      const ids = ((await q('SELECT id FROM lead')) as unknown as { id: string }[]).map(
        (r) => r.id,
      );
      expect(ids).toEqual([leadA.id]);
      expect(ids).not.toContain(pool.id);
      for (const table of ['lead_offer', 'lead_stage_event']) {
        const rows = (await q(`SELECT lead_id FROM ${table}`)) as unknown as { lead_id: string }[];
        expect(rows.map((r) => r.lead_id)).toEqual([leadA.id]);
      }
      // Writes aimed at B's lead touch nothing; a lead cannot be handed to another partner.
      await q(`UPDATE lead SET notes = 'hijacked' WHERE id = $1`, [leadB.id]);
      await q(`UPDATE lead_offer SET status = 'ACCEPTED' WHERE lead_id = $1`, [leadB.id]);
    });
    await expect(
      asPartnerA((q) => q(`UPDATE lead SET partner_id = $1 WHERE id = $2`, [b.id, leadA.id])),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      asPartnerA((q) =>
        q(
          `INSERT INTO lead (origin_partner_id, partner_id, source, stage, stage_changed_at, handoff, contact_name, email, created_by_label)
           VALUES ($1, $1, 'PARTNER_MARKETING', 'LEAD', now(), 'PARTNER_QUEUE', 'X', 'x@y.example', 'x')`,
          [b.id],
        ),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    const [row] = await t.db.asSystem((em) =>
      em.query(
        `SELECT l.notes, o.status FROM lead l JOIN lead_offer o ON o.lead_id = l.id WHERE l.id = $1`,
        [leadB.id],
      ),
    );
    expect(row).toEqual({ notes: '', status: 'PENDING' });
  });

  it('makes stage events append-only, even for the vendor', async () => {
    const lead = await t.factories.lead({ partnerId: a.id });
    await t.db.transaction({ kind: 'vendor', userId: userA.id }, async (em) => {
      const updated = await em.query(
        `UPDATE lead_stage_event SET stage = 'WON' WHERE lead_id = $1 RETURNING id`,
        [lead.id],
      );
      expect(updated).toEqual([[], 0]);
      const deleted = await em.query(
        `DELETE FROM lead_stage_event WHERE lead_id = $1 RETURNING id`,
        [lead.id],
      );
      expect(deleted).toEqual([[], 0]);
    });
    const [{ n }] = await t.db.asSystem((em) =>
      em.query(
        `SELECT count(*)::int AS n FROM lead_stage_event WHERE lead_id = $1 AND stage = 'MQL'`,
        [lead.id],
      ),
    );
    expect(n).toBe(1);
  });

  it('keeps registrations, conflicts, decisions and the vendor account list from other partners', async () => {
    await t.factories.deal({
      partnerId: b.id,
      companyName: 'Shared Customer',
      domain: 'shared.example',
    });
    const mine = await t.factories.deal({
      partnerId: a.id,
      companyName: 'Shared Customer Inc',
      domain: 'shared.example',
    });
    await t.db.asSystem((em) =>
      em.query(
        `INSERT INTO account_list_entry (kind, company_name, normalized_name, domain, match_key)
         VALUES ('CUSTOMER', 'Secret Customer', 'secret customer', 'secret.example', 'd:secret.example')`,
      ),
    );
    await asPartnerA(async (q) => {
      const deals = (await q('SELECT id FROM deal_registration')) as unknown as { id: string }[];
      expect(deals.map((d) => d.id)).toEqual([mine.id]);
      expect(await q('SELECT id FROM deal_conflict')).toEqual([]);
      expect(await q('SELECT id FROM deal_decision')).toEqual([]);
      expect(await q('SELECT id FROM account_list_entry')).toEqual([]);
      // The engaged check sees everything but answers yes/no, and hands the scope back.
      const [engaged] = (await q(
        `SELECT tandem_account_engaged('secret.example', NULL, NULL, 0.5) AS e`,
      )) as unknown as {
        e: boolean;
      }[];
      expect(engaged?.e).toBe(true);
      expect(await q(`SELECT tandem_scope() AS s`)).toEqual([{ s: 'partner' }]);
      expect(await q('SELECT id FROM account_list_entry')).toEqual([]);
    });
    const [{ n }] = await t.db.asSystem((em) =>
      em.query(`SELECT count(*)::int AS n FROM deal_conflict WHERE deal_id = $1`, [mine.id]),
    );
    expect(n).toBe(1);
  });

  it('shows nothing when no scope was set, and nothing to anonymous callers', async () => {
    const raw = new Client({ connectionString: t.database.appUrl });
    await raw.connect();
    try {
      expect((await raw.query('SELECT id FROM partner')).rows).toEqual([]);
      expect((await raw.query('SELECT id FROM app_user')).rows).toEqual([]);
    } finally {
      await raw.end();
    }
    await t.db.transaction({ kind: 'anonymous' }, async (em) => {
      expect(await em.query('SELECT id FROM partner')).toEqual([]);
    });
  });

  it('connects the API as a role that neither owns the tables nor bypasses RLS', async () => {
    const [role] = await t.db.asSystem((em) =>
      em.query(
        `SELECT rolsuper, rolbypassrls, (SELECT tableowner FROM pg_tables WHERE tablename = 'partner') AS owner, current_user AS me FROM pg_roles WHERE rolname = current_user`,
      ),
    );
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, me: 'tandem_app' });
    expect(role.owner).not.toBe('tandem_app');
  });

  it('keeps the audit log append-only for the API role', async () => {
    await expect(
      t.db.asSystem((em) => em.query(`UPDATE audit_entry SET action = 'x'`)),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(t.db.asSystem((em) => em.query(`DELETE FROM audit_entry`))).rejects.toMatchObject({
      code: '42501',
    });
  });
});
