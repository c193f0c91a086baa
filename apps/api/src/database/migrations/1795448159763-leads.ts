import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leads, their immutable stage events, hand-off offers with SLA deadlines, SLA events, routing
 * rules and SLA policies; partner business hours and specialisations.
 */
export class Leads1795448159763 implements MigrationInterface {
  name = 'Leads1795448159763';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lead" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "origin_partner_id" uuid, "partner_id" uuid, "assigned_user_id" uuid, "source" text NOT NULL, "stage" text NOT NULL, "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "handoff" text NOT NULL, "priority" text NOT NULL DEFAULT 'NORMAL', "contact_name" text NOT NULL, "email" citext NOT NULL, "phone" text NOT NULL DEFAULT '', "title" text NOT NULL DEFAULT '', "company" text NOT NULL DEFAULT '', "domain" text NOT NULL DEFAULT '', "country" character(2), "company_size" integer, "persona_id" uuid, "campaign_id" uuid, "consent" boolean NOT NULL DEFAULT false, "notes" text NOT NULL DEFAULT '', "campaign_responses" integer NOT NULL DEFAULT '0', "content_downloads" integer NOT NULL DEFAULT '0', "mql_score" integer, "mql_reasons" text array NOT NULL DEFAULT '{}', "definition_version" integer, "spam" boolean NOT NULL DEFAULT false, "created_by_user_id" uuid, "created_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_lead_campaign" ON "lead"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_lead_stage" ON "lead"  ("stage", "stage_changed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_origin" ON "lead"  ("origin_partner_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_handoff" ON "lead"  ("handoff", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_assignee" ON "lead"  ("assigned_user_id", "handoff", "stage_changed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_partner_handoff" ON "lead"  ("partner_id", "handoff", "stage_changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lead_stage_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "partner_id" uuid, "user_id" uuid, "stage" text NOT NULL, "from_stage" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_label" text NOT NULL, "reason_code_id" uuid, "comment" text NOT NULL DEFAULT '', "details" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_79d0403eff6192ee2e067bcd8a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_stage_event_partner" ON "lead_stage_event"  ("partner_id", "stage", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_stage_event_lead" ON "lead_stage_event"  ("lead_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lead_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "kind" text NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid, "status" text NOT NULL DEFAULT 'PENDING', "offered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "offered_by_label" text NOT NULL, "accept_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contact_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sla_policy_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_label" text, "contacted_at" TIMESTAMP WITH TIME ZONE, "reason_code_id" uuid, "comment" text NOT NULL DEFAULT '', "contact_reached" boolean, "spam" boolean NOT NULL DEFAULT false, "accept_breached" boolean NOT NULL DEFAULT false, "contact_breached" boolean NOT NULL DEFAULT false, "routing" jsonb, CONSTRAINT "PK_ba2bdadce5a1458344bb3f30f79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_lead_offer_pending" ON "lead_offer"  ("lead_id") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_offer_user_status" ON "lead_offer"  ("user_id", "status", "accept_due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_offer_partner_status" ON "lead_offer"  ("partner_id", "status", "accept_due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_offer_lead" ON "lead_offer"  ("lead_id", "offered_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lead_sla_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "lead_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid, "kind" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_efed60ff033d017929a2fb6bc73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_sla_event_partner" ON "lead_sla_event"  ("partner_id", "kind", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_sla_event_lead" ON "lead_sla_event"  ("lead_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sla_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "tier_id" uuid, "priority" text, "accept_hours" double precision NOT NULL, "contact_hours" double precision NOT NULL, "reminder_percent" integer NOT NULL DEFAULT '75', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_19c1aa9dd53b9fc80648ae034b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "routing_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "lead_countries" text array NOT NULL DEFAULT '{}', "lead_persona_ids" uuid array NOT NULL DEFAULT '{}', "lead_priority" text, "same_country" boolean NOT NULL DEFAULT false, "partner_regions" text array NOT NULL DEFAULT '{}', "partner_tier_ids" uuid array NOT NULL DEFAULT '{}', "require_specialisation" boolean NOT NULL DEFAULT false, "max_open_offers" integer, "weight_tier" double precision NOT NULL DEFAULT '1', "weight_conversion" double precision NOT NULL DEFAULT '1', "weight_sla" double precision NOT NULL DEFAULT '1', "weight_capacity" double precision NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b402e9e6a4d11fbd58e076daa2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD "working_days" integer array NOT NULL DEFAULT '{1,2,3,4,5}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD "workday_start_hour" integer NOT NULL DEFAULT '9'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD "workday_end_hour" integer NOT NULL DEFAULT '17'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD "focus_persona_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_60279afb6476e4ed757f348fe41" FOREIGN KEY ("origin_partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_2d1183ed6e97e28b610ea7c7e6f" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_d2a73ec95c993863ad4f437aef0" FOREIGN KEY ("assigned_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_stage_event" ADD CONSTRAINT "FK_b772b83c364697faa6c964efe3c" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_offer" ADD CONSTRAINT "FK_b80c9be3a249f87bc133568c041" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_offer" ADD CONSTRAINT "FK_aeabb19589523f368a098f6887e" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_sla_event" ADD CONSTRAINT "FK_ceca5839e65fd97ecd95b3e20a4" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Duplicates: one lead per email under each owner (the vendor, or the partner that sourced it).
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_lead_owner_email ON lead (coalesce(origin_partner_id, '00000000-0000-0000-0000-000000000000'::uuid), email)`,
    );
    // One SLA policy per tier × priority (null = any).
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_sla_policy_scope ON sla_policy (coalesce(tier_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(priority, ''))`,
    );

    // A partner sees the leads it holds, its own offers, events and SLA records; never another's.
    for (const table of ['lead', 'lead_stage_event', 'lead_offer', 'lead_sla_event']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(
      `CREATE POLICY lead_read ON lead FOR SELECT USING (tandem_sees_partner(partner_id))`,
    );
    await queryRunner.query(`CREATE POLICY lead_insert ON lead FOR INSERT WITH CHECK (
      tandem_scope() IN ('vendor', 'system')
      OR (tandem_scope() = 'partner' AND partner_id = tandem_partner_id() AND origin_partner_id = tandem_partner_id()))`);
    // A partner may hand a vendor lead back (partner_id becomes null) but never give it to someone else.
    await queryRunner.query(`CREATE POLICY lead_update ON lead FOR UPDATE
      USING (tandem_sees_partner(partner_id))
      WITH CHECK (tandem_sees_partner(partner_id)
        OR (tandem_scope() = 'partner' AND partner_id IS NULL AND origin_partner_id IS NULL))`);
    // Stage events are immutable: read and insert only, for everyone. A partner reads its own
    // events and the vendor's (partner_id null: creation, qualification) of the leads it holds,
    // never another partner's.
    await queryRunner.query(`CREATE POLICY event_read ON lead_stage_event FOR SELECT USING (
      tandem_sees_partner(partner_id)
      OR (tandem_scope() = 'partner' AND partner_id IS NULL
          AND EXISTS (SELECT 1 FROM lead l WHERE l.id = lead_id AND l.partner_id = tandem_partner_id())))`);
    await queryRunner.query(`CREATE POLICY event_insert ON lead_stage_event FOR INSERT WITH CHECK (
      tandem_scope() IN ('vendor', 'system') OR (tandem_scope() = 'partner' AND partner_id = tandem_partner_id()))`);
    await queryRunner.query(`CREATE POLICY offer_isolation ON lead_offer
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    await queryRunner.query(
      `CREATE POLICY sla_event_read ON lead_sla_event FOR SELECT USING (tandem_sees_partner(partner_id))`,
    );
    await queryRunner.query(
      `CREATE POLICY sla_event_insert ON lead_sla_event FOR INSERT WITH CHECK (tandem_scope() IN ('vendor', 'system'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, policy] of [
      ['lead', 'lead_read'],
      ['lead', 'lead_insert'],
      ['lead', 'lead_update'],
      ['lead_stage_event', 'event_read'],
      ['lead_stage_event', 'event_insert'],
      ['lead_offer', 'offer_isolation'],
      ['lead_sla_event', 'sla_event_read'],
      ['lead_sla_event', 'sla_event_insert'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON ${table}`);
    }
    await queryRunner.query(`DROP INDEX uq_sla_policy_scope`);
    await queryRunner.query(`DROP INDEX uq_lead_owner_email`);
    await queryRunner.query(
      `ALTER TABLE "lead_sla_event" DROP CONSTRAINT "FK_ceca5839e65fd97ecd95b3e20a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_offer" DROP CONSTRAINT "FK_aeabb19589523f368a098f6887e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_offer" DROP CONSTRAINT "FK_b80c9be3a249f87bc133568c041"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_stage_event" DROP CONSTRAINT "FK_b772b83c364697faa6c964efe3c"`,
    );
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_d2a73ec95c993863ad4f437aef0"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_2d1183ed6e97e28b610ea7c7e6f"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_60279afb6476e4ed757f348fe41"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "focus_persona_ids"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "workday_end_hour"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "workday_start_hour"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "working_days"`);
    await queryRunner.query(`DROP TABLE "routing_rule"`);
    await queryRunner.query(`DROP TABLE "sla_policy"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_sla_event_lead"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_sla_event_partner"`);
    await queryRunner.query(`DROP TABLE "lead_sla_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_offer_lead"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_offer_partner_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_offer_user_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lead_offer_pending"`);
    await queryRunner.query(`DROP TABLE "lead_offer"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_stage_event_lead"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_stage_event_partner"`);
    await queryRunner.query(`DROP TABLE "lead_stage_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_partner_handoff"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_assignee"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_handoff"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_origin"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_stage"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lead_campaign"`);
    await queryRunner.query(`DROP TABLE "lead"`);
  }
}
