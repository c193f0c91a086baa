import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Layer two of partner isolation. Each request sets `tandem.scope` (vendor | partner | system |
 * anonymous), `tandem.partner_id` and `tandem.user_id` with set_config(..., true) inside its
 * transaction; these policies then admit only the rows that scope may see. FORCE applies them to
 * the table owner too (only superusers bypass them), and without any setting nothing is visible.
 */
const PARTNER_TABLES = ['partner', 'app_user', 'invitation', 'audit_entry'];
const USER_TABLES = ['notification', 'notification_preference', 'refresh_token'];
const SYSTEM_TABLES = ['password_reset', 'auth_throttle'];

export class RowLevelSecurity1763900000001 implements MigrationInterface {
  name = 'RowLevelSecurity1763900000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION tandem_scope() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT coalesce(current_setting('tandem.scope', true), '') $$`);
    await q.query(`CREATE FUNCTION tandem_partner_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('tandem.partner_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION tandem_user_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('tandem.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION tandem_sees_partner(pid uuid) RETURNS boolean LANGUAGE sql STABLE
      AS $$ SELECT tandem_scope() IN ('vendor', 'system')
                OR (tandem_scope() = 'partner' AND pid IS NOT NULL AND pid = tandem_partner_id()) $$`);

    for (const table of [...PARTNER_TABLES, ...USER_TABLES, ...SYSTEM_TABLES]) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    await q.query(`CREATE POLICY partner_isolation ON partner
      USING (tandem_sees_partner(id)) WITH CHECK (tandem_sees_partner(id))`);

    // Partner users may read vendor staff (their channel manager's name), never another partner's users.
    await q.query(`CREATE POLICY app_user_read ON app_user FOR SELECT
      USING (tandem_sees_partner(partner_id) OR (partner_id IS NULL AND tandem_scope() = 'partner'))`);
    await q.query(`CREATE POLICY app_user_insert ON app_user FOR INSERT
      WITH CHECK (tandem_sees_partner(partner_id))`);
    await q.query(`CREATE POLICY app_user_update ON app_user FOR UPDATE
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    await q.query(`CREATE POLICY app_user_delete ON app_user FOR DELETE
      USING (tandem_sees_partner(partner_id))`);

    await q.query(`CREATE POLICY invitation_isolation ON invitation
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    await q.query(`CREATE POLICY audit_isolation ON audit_entry
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);

    for (const table of USER_TABLES) {
      await q.query(`CREATE POLICY own_rows ON ${table}
        USING (tandem_scope() = 'system' OR (user_id = tandem_user_id() AND tandem_scope() IN ('vendor', 'partner')))
        WITH CHECK (tandem_scope() = 'system' OR (user_id = tandem_user_id() AND tandem_scope() IN ('vendor', 'partner')))`);
    }
    // Anyone signed in may notify someone else (the server writes the text); only the owner reads.
    await q.query(`CREATE POLICY notify_others ON notification FOR INSERT
      WITH CHECK (tandem_scope() IN ('vendor', 'partner', 'system'))`);

    for (const table of SYSTEM_TABLES) {
      await q.query(`CREATE POLICY system_only ON ${table}
        USING (tandem_scope() = 'system') WITH CHECK (tandem_scope() = 'system')`);
    }

    await q.query(`CREATE INDEX idx_partner_name_trgm ON partner USING gin (name gin_trgm_ops)`);
    // Partner names are unique regardless of case; concurrent creates cannot both win.
    await q.query(`CREATE UNIQUE INDEX uq_partner_name_lower ON partner (lower(name))`);
    await q.query(`CREATE INDEX idx_app_user_name_trgm ON app_user USING gin (name gin_trgm_ops)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_app_user_name_trgm`);
    await q.query(`DROP INDEX uq_partner_name_lower`);
    await q.query(`DROP INDEX idx_partner_name_trgm`);
    for (const table of [...PARTNER_TABLES, ...USER_TABLES, ...SYSTEM_TABLES]) {
      const policies: { policyname: string }[] = await q.query(
        `SELECT policyname FROM pg_policies WHERE tablename = $1`,
        [table],
      );
      for (const p of policies) await q.query(`DROP POLICY ${p.policyname} ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP FUNCTION tandem_sees_partner(uuid)`);
    await q.query(`DROP FUNCTION tandem_user_id()`);
    await q.query(`DROP FUNCTION tandem_partner_id()`);
    await q.query(`DROP FUNCTION tandem_scope()`);
  }
}
