import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1795457502937 implements MigrationInterface {
  name = 'Analytics1795457502937';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fiscal_year_start_month" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_238d7c28cfb3a74f09024d48902" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "period_code" text NOT NULL, "title" text NOT NULL, "side" text NOT NULL, "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_1084365b2a588160b31361a252e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_objective_partner_period" ON "objective"  ("partner_id", "period_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "goal_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "tier_id" uuid NOT NULL, "period_kind" text NOT NULL, "items" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_695f015df27db60209bd4f64cdc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_goal_template_name" ON "goal_template"  ("name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "period_code" text NOT NULL, "metric" text NOT NULL, "target" numeric(16,4) NOT NULL, "side" text NOT NULL, "objective_id" uuid, "template_id" uuid, "adjusted" boolean NOT NULL DEFAULT false, "note" text NOT NULL DEFAULT '', "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_goal_template" ON "goal"  ("template_id") `);
    await queryRunner.query(`CREATE INDEX "idx_goal_objective" ON "goal"  ("objective_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_goal_period" ON "goal"  ("period_code", "partner_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_goal_partner_period_metric" ON "goal"  ("partner_id", "period_code", "metric") `,
    );
    await queryRunner.query(
      `ALTER TABLE "objective" ADD CONSTRAINT "FK_f11a39d8c58a5861eb0e6c314a5" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_template" ADD CONSTRAINT "FK_d0e2fae80ed87823784a60e097e" FOREIGN KEY ("tier_id") REFERENCES "tier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_b44ee4299bfdda598f89b0f02f9" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_1a324d86b26e13ae2d7048616bf" FOREIGN KEY ("objective_id") REFERENCES "objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_695f015df27db60209bd4f64cdc" FOREIGN KEY ("template_id") REFERENCES "goal_template"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_analytics_settings_single ON analytics_settings ((true))`,
    );
    await queryRunner.query(`INSERT INTO analytics_settings DEFAULT VALUES`);
    await queryRunner.query(
      `CREATE INDEX idx_deal_event_partner ON deal_event (partner_id, to_status, "at")`,
    );

    // The funnel-event view: every stage event of leads, every hand-off offer (and its outcome) and
    // every registration transition, with the lead's source, campaign and persona. Every metric is
    // computed from it (docs/metrics.md). It reads the tables with the caller's row-level scope.
    await queryRunner.query(`CREATE VIEW funnel_event WITH (security_invoker = true) AS
      SELECT 'LEAD'::text AS subject, e.stage AS step, e.lead_id, NULL::uuid AS deal_id,
             e.partner_id, e.user_id, e.occurred_at, e.reason_code_id,
             l.source, l.campaign_id, l.persona_id,
             NULL::numeric AS amount, NULL::timestamptz AS started_at,
             NULL::timestamptz AS due_at, NULL::text AS outcome, NULL::timestamptz AS outcome_at
        FROM lead_stage_event e JOIN lead l ON l.id = e.lead_id
      UNION ALL
      SELECT 'OFFER', 'OFFERED', o.lead_id, NULL, o.partner_id, o.user_id, o.offered_at, NULL,
             l.source, l.campaign_id, l.persona_id, NULL, NULL, o.accept_due_at, o.status, o.decided_at
        FROM lead_offer o JOIN lead l ON l.id = o.lead_id WHERE o.status <> 'WITHDRAWN'
      UNION ALL
      SELECT 'OFFER', 'OFFER_REJECTED', o.lead_id, NULL, o.partner_id, o.user_id, o.decided_at,
             o.reason_code_id, l.source, l.campaign_id, l.persona_id, NULL, o.offered_at,
             o.accept_due_at, o.status, o.decided_at
        FROM lead_offer o JOIN lead l ON l.id = o.lead_id WHERE o.status = 'REJECTED'
      UNION ALL
      SELECT 'DEAL', ev.to_status, d.lead_id, ev.deal_id, ev.partner_id, d.registered_by_user_id,
             ev."at", ev.reason_code_id, coalesce(l.source, 'PARTNER_SALES'), l.campaign_id,
             coalesce(d.persona_id, l.persona_id),
             CASE WHEN ev.to_status = 'WON' THEN coalesce(d.final_amount, d.amount) ELSE d.amount END,
             d.submitted_at, NULL, NULL, NULL
        FROM deal_event ev JOIN deal_registration d ON d.id = ev.deal_id
        LEFT JOIN lead l ON l.id = d.lead_id`);

    // Goals and objectives: a partner reads its own; only vendor users (channel managers for their
    // partners, checked by the API) write. Templates and the calendar are vendor-managed.
    for (const table of ['goal', 'objective', 'goal_template', 'analytics_settings']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['goal', 'objective']) {
      await queryRunner.query(
        `CREATE POLICY partner_read ON ${table} FOR SELECT USING (tandem_sees_partner(partner_id))`,
      );
      await queryRunner.query(`CREATE POLICY vendor_write ON ${table} FOR ALL
        USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    }
    await queryRunner.query(`CREATE POLICY vendor_only ON goal_template
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    await queryRunner.query(`CREATE POLICY signed_in_read ON analytics_settings FOR SELECT
      USING (tandem_scope() IN ('vendor', 'partner', 'system'))`);
    await queryRunner.query(`CREATE POLICY vendor_write ON analytics_settings FOR ALL
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW funnel_event`);
    await queryRunner.query(`DROP INDEX idx_deal_event_partner`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_695f015df27db60209bd4f64cdc"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_1a324d86b26e13ae2d7048616bf"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_b44ee4299bfdda598f89b0f02f9"`);
    await queryRunner.query(
      `ALTER TABLE "goal_template" DROP CONSTRAINT "FK_d0e2fae80ed87823784a60e097e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "objective" DROP CONSTRAINT "FK_f11a39d8c58a5861eb0e6c314a5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_goal_partner_period_metric"`);
    await queryRunner.query(`DROP INDEX "public"."idx_goal_period"`);
    await queryRunner.query(`DROP INDEX "public"."idx_goal_objective"`);
    await queryRunner.query(`DROP INDEX "public"."idx_goal_template"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP INDEX "public"."uq_goal_template_name"`);
    await queryRunner.query(`DROP TABLE "goal_template"`);
    await queryRunner.query(`DROP INDEX "public"."idx_objective_partner_period"`);
    await queryRunner.query(`DROP TABLE "objective"`);
    await queryRunner.query(`DROP TABLE "analytics_settings"`);
  }
}
