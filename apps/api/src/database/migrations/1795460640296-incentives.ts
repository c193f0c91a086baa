import { MigrationInterface, QueryRunner } from 'typeorm';

export class Incentives1795460640296 implements MigrationInterface {
  name = 'Incentives1795460640296';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "incentive_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "period_code" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "eligibility" text NOT NULL, "tier_ids" uuid array NOT NULL DEFAULT '{}', "partner_ids" uuid array NOT NULL DEFAULT '{}', "measures" jsonb NOT NULL DEFAULT '[]', "revenue_metric" text NOT NULL DEFAULT 'REVENUE_WON', "pool_kind" text NOT NULL, "pool_percent" numeric(7,4), "pool_amount" numeric(14,2), "threshold_percent" integer NOT NULL DEFAULT '80', "cap_percent" integer NOT NULL DEFAULT '150', "marketing_share_percent" integer NOT NULL DEFAULT '50', "closed_at" TIMESTAMP WITH TIME ZONE, "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a64166b0e2ccedf38d8de9a3548" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_incentive_plan_name_period" ON "incentive_plan"  ("name", "period_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incentive_payout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "revenue" numeric(16,2) NOT NULL, "attainment" numeric(8,4) NOT NULL, "pool" numeric(14,2) NOT NULL, "earned" numeric(14,2) NOT NULL, "marketing" numeric(14,2) NOT NULL, "sales" numeric(14,2) NOT NULL, "measures" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'PENDING', "approved_amount" numeric(14,2), "approved_marketing" numeric(14,2), "approved_sales" numeric(14,2), "reason" text NOT NULL DEFAULT '', "decided_by_label" text, "decided_at" TIMESTAMP WITH TIME ZONE, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_cfbde8a3e1357e3b3bbc5f24191" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_incentive_payout_partner" ON "incentive_payout"  ("partner_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_incentive_payout" ON "incentive_payout"  ("plan_id", "partner_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "incentive_payout" ADD CONSTRAINT "FK_64c257fc2613f915580a2117fbf" FOREIGN KEY ("plan_id") REFERENCES "incentive_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incentive_payout" ADD CONSTRAINT "FK_fa348dc782269dac66b471c272d" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A partner reads the plans it is in (the API narrows by eligibility) and its own payouts;
    // only vendor users (and the close job) write.
    for (const table of ['incentive_plan', 'incentive_payout']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`CREATE POLICY signed_in_read ON incentive_plan FOR SELECT
      USING (tandem_scope() = 'vendor' OR tandem_scope() = 'system'
        OR (tandem_scope() = 'partner' AND status <> 'DRAFT'))`);
    await queryRunner.query(`CREATE POLICY vendor_write ON incentive_plan FOR ALL
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    await queryRunner.query(
      `CREATE POLICY partner_read ON incentive_payout FOR SELECT USING (tandem_sees_partner(partner_id))`,
    );
    await queryRunner.query(`CREATE POLICY vendor_write ON incentive_payout FOR ALL
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "incentive_payout" DROP CONSTRAINT "FK_fa348dc782269dac66b471c272d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incentive_payout" DROP CONSTRAINT "FK_64c257fc2613f915580a2117fbf"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_incentive_payout"`);
    await queryRunner.query(`DROP INDEX "public"."idx_incentive_payout_partner"`);
    await queryRunner.query(`DROP TABLE "incentive_payout"`);
    await queryRunner.query(`DROP INDEX "public"."uq_incentive_plan_name_period"`);
    await queryRunner.query(`DROP TABLE "incentive_plan"`);
  }
}
