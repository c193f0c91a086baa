import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mdf1795461883324 implements MigrationInterface {
  name = 'Mdf1795461883324';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mdf_budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "period_code" text NOT NULL, "total" numeric(14,2) NOT NULL, "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_279a487a109484684de4037bd00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mdf_budget_name_period" ON "mdf_budget"  ("name", "period_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mdf_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "amount" numeric(14,2) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_9de711ce0061aad00668f2b91e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_allocation_partner" ON "mdf_allocation"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mdf_allocation" ON "mdf_allocation"  ("budget_id", "partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mdf_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "budget_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "activity_type" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "planned_cost" numeric(14,2) NOT NULL, "requested_amount" numeric(14,2) NOT NULL, "expected_leads" integer NOT NULL DEFAULT '0', "persona_id" uuid, "campaign_id" uuid, "status" text NOT NULL DEFAULT 'SUBMITTED', "approved_amount" numeric(14,2), "decision_reason" text NOT NULL DEFAULT '', "decided_by_label" text, "decided_at" TIMESTAMP WITH TIME ZONE, "requested_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_1dacbc57c4dcd8545d0c2e27875" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_request_status" ON "mdf_request"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_request_partner" ON "mdf_request"  ("partner_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_request_allocation" ON "mdf_request"  ("allocation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mdf_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "actual_cost" numeric(14,2) NOT NULL, "amount" numeric(14,2) NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "reason" text NOT NULL DEFAULT '', "decided_by_label" text, "decided_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "submitted_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_7e79bec46fca7639c8157aa131b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_claim_partner" ON "mdf_claim"  ("partner_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_mdf_claim_request" ON "mdf_claim"  ("request_id") `);
    await queryRunner.query(
      `CREATE TABLE "mdf_claim_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "storage_key" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b687697fbcbe3a04cf1ae82eaa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mdf_claim_file_claim" ON "mdf_claim_file"  ("claim_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_allocation" ADD CONSTRAINT "FK_09c354a2a3406405c8c1e22abee" FOREIGN KEY ("budget_id") REFERENCES "mdf_budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_allocation" ADD CONSTRAINT "FK_764f3338827afb55bf4a0c1573b" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_request" ADD CONSTRAINT "FK_0a6948d1f652be24d4e3923e05a" FOREIGN KEY ("allocation_id") REFERENCES "mdf_allocation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_claim" ADD CONSTRAINT "FK_20119d66dd380d5789398a4f980" FOREIGN KEY ("request_id") REFERENCES "mdf_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_claim_file" ADD CONSTRAINT "FK_dff21d451b881d36a3ea8b52ea4" FOREIGN KEY ("claim_id") REFERENCES "mdf_claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // One open claim per request (waiting, returned, approved or paid); rejected ones may repeat.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_mdf_claim_open ON mdf_claim (request_id) WHERE status IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'PAID')`,
    );
    // A partner reads its own allocations, requests, claims and proof (and requests and claims
    // for itself); budgets are read by vendor users and by partners holding an allocation (the API
    // narrows); only vendor users write budgets, allocations and decisions.
    for (const table of [
      'mdf_budget',
      'mdf_allocation',
      'mdf_request',
      'mdf_claim',
      'mdf_claim_file',
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`CREATE POLICY signed_in_read ON mdf_budget FOR SELECT
      USING (tandem_scope() IN ('vendor', 'partner', 'system'))`);
    await queryRunner.query(`CREATE POLICY vendor_write ON mdf_budget FOR ALL
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    await queryRunner.query(
      `CREATE POLICY partner_read ON mdf_allocation FOR SELECT USING (tandem_sees_partner(partner_id))`,
    );
    await queryRunner.query(`CREATE POLICY vendor_write ON mdf_allocation FOR ALL
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    for (const table of ['mdf_request', 'mdf_claim', 'mdf_claim_file']) {
      await queryRunner.query(`CREATE POLICY partner_isolation ON ${table}
        USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX uq_mdf_claim_open`);
    await queryRunner.query(
      `ALTER TABLE "mdf_claim_file" DROP CONSTRAINT "FK_dff21d451b881d36a3ea8b52ea4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_claim" DROP CONSTRAINT "FK_20119d66dd380d5789398a4f980"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_request" DROP CONSTRAINT "FK_0a6948d1f652be24d4e3923e05a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_allocation" DROP CONSTRAINT "FK_764f3338827afb55bf4a0c1573b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mdf_allocation" DROP CONSTRAINT "FK_09c354a2a3406405c8c1e22abee"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_claim_file_claim"`);
    await queryRunner.query(`DROP TABLE "mdf_claim_file"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_claim_request"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_claim_partner"`);
    await queryRunner.query(`DROP TABLE "mdf_claim"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_request_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_request_partner"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_request_status"`);
    await queryRunner.query(`DROP TABLE "mdf_request"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mdf_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdf_allocation_partner"`);
    await queryRunner.query(`DROP TABLE "mdf_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mdf_budget_name_period"`);
    await queryRunner.query(`DROP TABLE "mdf_budget"`);
  }
}
