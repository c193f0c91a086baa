import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796673729432 implements MigrationInterface {
  name = 'Webhooks1796673729432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" uuid NOT NULL, "type" text NOT NULL, "partner_id" uuid, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_event_pending" ON "outbox_event"  ("occurred_at") WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_event_dispatched" ON "outbox_event"  ("dispatched_at") WHERE dispatched_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid, "url" text NOT NULL, "description" text NOT NULL DEFAULT '', "events" text array NOT NULL, "secret" text NOT NULL, "secret_hint" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT '0', "failing_since" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_endpoint_partner" ON "webhook_endpoint"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "partner_id" uuid, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_delivery_due" ON "webhook_delivery"  ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_delivery_event" ON "webhook_delivery"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_delivery_endpoint" ON "webhook_delivery"  ("endpoint_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_webhook_delivery_event" ON "webhook_delivery"  ("endpoint_id", "event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "partner_id" uuid, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "success" boolean NOT NULL, "duration_ms" integer NOT NULL, "error" text, "response_excerpt" text NOT NULL DEFAULT '', CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_attempt_delivery" ON "webhook_attempt"  ("delivery_id", "attempted_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_973f00b9f79d28c494b48f469a5" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_f53f5aec02217a54927b13e39d9" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_b723a573cd78b4cff3404153ad1" FOREIGN KEY ("event_id") REFERENCES "outbox_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_attempt" ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The outbox: anyone signed in records events in their own transaction (a partner only its
    // own or vendor-only ones); only the dispatcher (system) reads and marks them.
    await queryRunner.query(`ALTER TABLE outbox_event ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE outbox_event FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY record_event ON outbox_event FOR INSERT
      WITH CHECK (tandem_scope() IN ('vendor', 'system')
        OR (tandem_scope() = 'partner' AND (partner_id IS NULL OR partner_id = tandem_partner_id())))`);
    await queryRunner.query(`CREATE POLICY system_only ON outbox_event
      USING (tandem_scope() = 'system') WITH CHECK (tandem_scope() = 'system')`);
    // Endpoints, deliveries and attempts: a partner sees its own; vendor endpoints (no partner)
    // and every partner's are visible to the vendor.
    for (const table of ['webhook_endpoint', 'webhook_delivery', 'webhook_attempt']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY partner_isolation ON ${table}
        USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['webhook_attempt', 'webhook_delivery', 'webhook_endpoint']) {
      await queryRunner.query(`DROP POLICY partner_isolation ON ${table}`);
    }
    await queryRunner.query(`DROP POLICY system_only ON outbox_event`);
    await queryRunner.query(`DROP POLICY record_event ON outbox_event`);
    await queryRunner.query(
      `ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_b723a573cd78b4cff3404153ad1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_f53f5aec02217a54927b13e39d9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_973f00b9f79d28c494b48f469a5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_attempt_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_delivery_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_delivery_endpoint"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_delivery_event"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_delivery_due"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webhook_endpoint_partner"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_dispatched"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outbox_event_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
