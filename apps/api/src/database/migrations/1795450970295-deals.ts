import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deal registration: products, the vendor's account lists, registrations with lines, timeline,
 * conflicts (vendor only), decision records (vendor only), extensions and settings; conflict
 * search runs in SQL functions that see every partner's registrations but return only what the
 * caller may learn.
 */
export class Deals1795450970295 implements MigrationInterface {
  name = 'Deals1795450970295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" citext NOT NULL, "name" text NOT NULL, "list_price" numeric(14,2) NOT NULL, "active" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_sku" ON "product"  ("sku") `);
    await queryRunner.query(
      `CREATE TABLE "account_list_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "company_name" text NOT NULL, "normalized_name" text NOT NULL, "domain" text, "country" character(2), "match_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1f2e9bbe4484c7bac6e16c4e0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_account_list_domain" ON "account_list_entry"  ("domain") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_account_list_key" ON "account_list_entry"  ("kind", "match_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "partner_id" uuid NOT NULL, "registered_by_user_id" uuid, "registered_by_label" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "company_name" text NOT NULL, "normalized_name" text NOT NULL, "website" text NOT NULL DEFAULT '', "domain" text, "country" character(2) NOT NULL, "contact_name" text NOT NULL DEFAULT '', "contact_email" text NOT NULL DEFAULT '', "contact_role" text NOT NULL DEFAULT '', "currency" character(3) NOT NULL DEFAULT 'USD', "amount" numeric(14,2) NOT NULL DEFAULT '0', "expected_close_on" date, "persona_id" uuid, "lead_id" uuid, "last_meeting_on" date, "notes" text NOT NULL DEFAULT '', "has_conflicts" boolean NOT NULL DEFAULT false, "submitted_at" TIMESTAMP WITH TIME ZONE, "decision_due_at" TIMESTAMP WITH TIME ZONE, "decision_overdue" boolean NOT NULL DEFAULT false, "decided_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "final_amount" numeric(14,2), "closed_on" date, "reason_code_id" uuid, "status_comment" text NOT NULL DEFAULT '', "competitor" text NOT NULL DEFAULT '', "extensions_granted" integer NOT NULL DEFAULT '0', "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_dcd1b93bfe7eecd3f1efde49a81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_deal_idempotency" ON "deal_registration"  ("partner_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "idx_deal_lead" ON "deal_registration"  ("lead_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_deal_country_status" ON "deal_registration"  ("country", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_domain_status" ON "deal_registration"  ("domain", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_status_due" ON "deal_registration"  ("status", "decision_due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_registrant" ON "deal_registration"  ("registered_by_user_id", "status", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_partner_status" ON "deal_registration"  ("partner_id", "status", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, "amount" numeric(14,2) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_1a783f694a3fbdeba872b573909" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_deal_line_deal" ON "deal_line"  ("deal_id") `);
    await queryRunner.query(
      `CREATE TABLE "deal_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "from_status" text, "to_status" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_label" text NOT NULL, "reason_code_id" uuid, "comment" text NOT NULL DEFAULT '', CONSTRAINT "PK_4028105cf4fef4c98657a0607a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_event_deal" ON "deal_event"  ("deal_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_conflict" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "kind" text NOT NULL, "other_deal_id" uuid, "account_id" uuid, "similarity" double precision, "other_predates" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_bde6e7eae26d5858dd4ec6c4d24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_conflict_other" ON "deal_conflict"  ("other_deal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_conflict_deal" ON "deal_conflict"  ("deal_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "decision" text NOT NULL, "rule" text NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "redacted_summary" text NOT NULL, "decided_by_label" text NOT NULL, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5eba44497c0099f81b0f43c5f17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_decision_deal" ON "deal_decision"  ("deal_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_extension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "days" integer NOT NULL, "reason" text NOT NULL, "requested_by_label" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_label" text, "decided_at" TIMESTAMP WITH TIME ZONE, "comment" text NOT NULL DEFAULT '', CONSTRAINT "PK_c50f682419d4cccb521c7dfac24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_deal_extension_pending" ON "deal_extension"  ("deal_id") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_deal_extension_deal" ON "deal_extension"  ("deal_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "protection_days" integer NOT NULL DEFAULT '90', "tier_protection_days" jsonb NOT NULL DEFAULT '{}', "extension_policy" text NOT NULL DEFAULT 'ONCE', "extension_days" integer NOT NULL DEFAULT '30', "decision_hours" double precision NOT NULL DEFAULT '8', "vendor_time_zone" text NOT NULL DEFAULT 'UTC', "engagement_rule" text NOT NULL DEFAULT 'FIRST_TO_REGISTER', "name_similarity" double precision NOT NULL DEFAULT '0.5', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0c1b8c788854a03f89571dfd7cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_registration" ADD CONSTRAINT "FK_70e197c80e076078ac9911328f6" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_line" ADD CONSTRAINT "FK_e1adae6027e0cf7425e367e7d55" FOREIGN KEY ("deal_id") REFERENCES "deal_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_line" ADD CONSTRAINT "FK_737a7845b57466c12e4bcd76b9d" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_event" ADD CONSTRAINT "FK_2fb43461cc0a4a93dc46abab94d" FOREIGN KEY ("deal_id") REFERENCES "deal_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_conflict" ADD CONSTRAINT "FK_441e651c511728b2833ecbb301b" FOREIGN KEY ("deal_id") REFERENCES "deal_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_decision" ADD CONSTRAINT "FK_635014b7c8c63b153be5785fd47" FOREIGN KEY ("deal_id") REFERENCES "deal_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_extension" ADD CONSTRAINT "FK_7317e69cfded6073bdb84591a64" FOREIGN KEY ("deal_id") REFERENCES "deal_registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE INDEX idx_deal_name_trgm ON deal_registration USING gin (normalized_name gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_account_list_name_trgm ON account_list_entry USING gin (normalized_name gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_deal_settings_single ON deal_settings ((true))`,
    );
    // The one settings row, with the defaults (90-day protection, one extension, first to register).
    await queryRunner.query(`INSERT INTO deal_settings DEFAULT VALUES`);

    // Row-level security: a partner reaches its own registrations and their lines, timeline and
    // extensions; conflicts, decision records and the vendor's account lists are vendor-only.
    for (const table of [
      'deal_registration',
      'deal_line',
      'deal_event',
      'deal_extension',
      'deal_conflict',
      'deal_decision',
      'account_list_entry',
      'product',
      'deal_settings',
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['deal_registration', 'deal_line', 'deal_extension']) {
      await queryRunner.query(`CREATE POLICY partner_isolation ON ${table}
        USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    }
    await queryRunner.query(
      `CREATE POLICY event_read ON deal_event FOR SELECT USING (tandem_sees_partner(partner_id))`,
    );
    await queryRunner.query(
      `CREATE POLICY event_insert ON deal_event FOR INSERT WITH CHECK (tandem_sees_partner(partner_id))`,
    );
    for (const table of ['deal_conflict', 'deal_decision', 'account_list_entry']) {
      await queryRunner.query(`CREATE POLICY vendor_only ON ${table}
        USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    }
    for (const table of ['product', 'deal_settings']) {
      await queryRunner.query(`CREATE POLICY signed_in_read ON ${table} FOR SELECT
        USING (tandem_scope() IN ('vendor', 'partner', 'system'))`);
      await queryRunner.query(`CREATE POLICY vendor_write ON ${table} FOR ALL
        USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    }

    // "Is this account engaged?" and the conflict search look at every partner's registrations, so
    // they run as one statement each that lifts the scope to system and restores it before
    // returning: a yes/no, or conflict rows only the vendor can read.
    await queryRunner.query(`CREATE FUNCTION tandem_account_engaged(p_domain text, p_name text, p_country text, p_threshold float8)
      RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); hit boolean;
      BEGIN
        IF prev NOT IN ('vendor', 'partner', 'system') THEN RETURN false; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        SELECT EXISTS (
            SELECT 1 FROM deal_registration d WHERE d.status IN ('SUBMITTED', 'APPROVED')
              AND ((p_domain IS NOT NULL AND d.domain = p_domain)
                OR (p_name IS NOT NULL AND d.country = p_country AND d.normalized_name % p_name)))
          OR EXISTS (
            SELECT 1 FROM account_list_entry a
            WHERE (p_domain IS NOT NULL AND a.domain = p_domain)
               OR (p_name IS NOT NULL AND a.country = p_country AND a.normalized_name % p_name))
          INTO hit;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN hit;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION tandem_record_deal_conflicts(p_deal uuid, p_threshold float8)
      RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE prev text := coalesce(current_setting('tandem.scope', true), ''); d deal_registration%ROWTYPE; n integer;
      BEGIN
        SELECT * INTO d FROM deal_registration WHERE id = p_deal;
        IF NOT FOUND OR prev NOT IN ('vendor', 'partner', 'system') THEN RETURN 0; END IF;
        PERFORM set_config('tandem.scope', 'system', true);
        PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
        DELETE FROM deal_conflict WHERE deal_id = d.id;
        INSERT INTO deal_conflict (deal_id, kind, other_deal_id, similarity, other_predates)
          SELECT d.id,
                 CASE WHEN d.domain IS NOT NULL AND o.domain = d.domain THEN 'SAME_DOMAIN' ELSE 'SIMILAR_NAME' END,
                 o.id, similarity(o.normalized_name, d.normalized_name),
                 o.submitted_at <= d.submitted_at
          FROM deal_registration o
          WHERE o.id <> d.id AND o.partner_id <> d.partner_id AND o.status IN ('SUBMITTED', 'APPROVED')
            AND ((d.domain IS NOT NULL AND o.domain = d.domain)
              OR (o.country = d.country AND o.normalized_name % d.normalized_name));
        INSERT INTO deal_conflict (deal_id, kind, account_id, similarity, other_predates)
          SELECT d.id, CASE WHEN a.kind = 'CUSTOMER' THEN 'EXISTING_CUSTOMER' ELSE 'DIRECT_OPPORTUNITY' END,
                 a.id, similarity(a.normalized_name, d.normalized_name), true
          FROM account_list_entry a
          WHERE (d.domain IS NOT NULL AND a.domain = d.domain)
             OR (a.country = d.country AND a.normalized_name % d.normalized_name);
        SELECT count(*) INTO n FROM deal_conflict WHERE deal_id = d.id;
        PERFORM set_config('tandem.scope', prev, true);
        RETURN n;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION tandem_record_deal_conflicts(uuid, float8)`);
    await queryRunner.query(`DROP FUNCTION tandem_account_engaged(text, text, text, float8)`);
    for (const table of [
      'deal_registration',
      'deal_line',
      'deal_event',
      'deal_extension',
      'deal_conflict',
      'deal_decision',
      'account_list_entry',
      'product',
      'deal_settings',
    ]) {
      const policies: { policyname: string }[] = await queryRunner.query(
        `SELECT policyname FROM pg_policies WHERE tablename = $1`,
        [table],
      );
      for (const p of policies) await queryRunner.query(`DROP POLICY ${p.policyname} ON ${table}`);
    }
    await queryRunner.query(`DROP INDEX uq_deal_settings_single`);
    await queryRunner.query(`DROP INDEX idx_account_list_name_trgm`);
    await queryRunner.query(`DROP INDEX idx_deal_name_trgm`);
    await queryRunner.query(
      `ALTER TABLE "deal_extension" DROP CONSTRAINT "FK_7317e69cfded6073bdb84591a64"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_decision" DROP CONSTRAINT "FK_635014b7c8c63b153be5785fd47"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_conflict" DROP CONSTRAINT "FK_441e651c511728b2833ecbb301b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_event" DROP CONSTRAINT "FK_2fb43461cc0a4a93dc46abab94d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_line" DROP CONSTRAINT "FK_737a7845b57466c12e4bcd76b9d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_line" DROP CONSTRAINT "FK_e1adae6027e0cf7425e367e7d55"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_registration" DROP CONSTRAINT "FK_70e197c80e076078ac9911328f6"`,
    );
    await queryRunner.query(`DROP TABLE "deal_settings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_extension_deal"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deal_extension_pending"`);
    await queryRunner.query(`DROP TABLE "deal_extension"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_decision_deal"`);
    await queryRunner.query(`DROP TABLE "deal_decision"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_conflict_deal"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_conflict_other"`);
    await queryRunner.query(`DROP TABLE "deal_conflict"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_event_deal"`);
    await queryRunner.query(`DROP TABLE "deal_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_line_deal"`);
    await queryRunner.query(`DROP TABLE "deal_line"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_partner_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_registrant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_domain_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_country_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deal_lead"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deal_idempotency"`);
    await queryRunner.query(`DROP TABLE "deal_registration"`);
    await queryRunner.query(`DROP INDEX "public"."uq_account_list_key"`);
    await queryRunner.query(`DROP INDEX "public"."idx_account_list_domain"`);
    await queryRunner.query(`DROP TABLE "account_list_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_product_sku"`);
    await queryRunner.query(`DROP TABLE "product"`);
  }
}
