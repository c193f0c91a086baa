import { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned funnel definitions, partners' acknowledgements (partner-owned) and reason codes. */
export class Definitions1795444917138 implements MigrationInterface {
  name = 'Definitions1795444917138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funnel_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL DEFAULT 'DRAFT', "number" integer, "stages" jsonb NOT NULL, "mql" jsonb NOT NULL, "change_note" text NOT NULL DEFAULT '', "published_at" TIMESTAMP WITH TIME ZONE, "published_by_label" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0a287f0c0f1ac3f32c560da923a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_funnel_definition_number" ON "funnel_definition"  ("number") WHERE number IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_funnel_definition_draft" ON "funnel_definition"  ("status") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE TABLE "definition_ack" ("definition_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "side" text NOT NULL, "acknowledged_by_label" text NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d785991c03a2f8e40bd1b1bbcf7" PRIMARY KEY ("definition_id", "partner_id", "side"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_definition_ack_partner" ON "definition_ack"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reason_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "code" text NOT NULL, "label" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_176ad44dc0dc044d2eb30c0ea3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reason_code_kind_code" ON "reason_code"  ("kind", "code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "definition_ack" ADD CONSTRAINT "FK_7fc1d53115d00768aafb6598f9b" FOREIGN KEY ("definition_id") REFERENCES "funnel_definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE definition_ack ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE definition_ack FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY ack_isolation ON definition_ack
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY ack_isolation ON definition_ack`);
    await queryRunner.query(
      `ALTER TABLE "definition_ack" DROP CONSTRAINT "FK_7fc1d53115d00768aafb6598f9b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_reason_code_kind_code"`);
    await queryRunner.query(`DROP TABLE "reason_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_definition_ack_partner"`);
    await queryRunner.query(`DROP TABLE "definition_ack"`);
    await queryRunner.query(`DROP INDEX "public"."uq_funnel_definition_draft"`);
    await queryRunner.query(`DROP INDEX "public"."uq_funnel_definition_number"`);
    await queryRunner.query(`DROP TABLE "funnel_definition"`);
  }
}
