import { MigrationInterface, QueryRunner } from 'typeorm';

/** Campaigns, the partners each launched campaign reaches, and acknowledgements. */
export class Campaigns1795442538335 implements MigrationInterface {
  name = 'Campaigns1795442538335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid, "name" text NOT NULL, "goal" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "target_mode" text NOT NULL DEFAULT 'ALL', "target_tier_ids" uuid array NOT NULL DEFAULT '{}', "target_regions" text array NOT NULL DEFAULT '{}', "target_partner_ids" uuid array NOT NULL DEFAULT '{}', "persona_ids" uuid array NOT NULL DEFAULT '{}', "kit_id" uuid, "launched_at" TIMESTAMP WITH TIME ZONE, "created_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_campaign_status_dates" ON "campaign"  ("status", "starts_on", "ends_on") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_campaign_partner" ON "campaign"  ("partner_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_target" ("campaign_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_ef5d9b378dac72908f2b80e2a2f" PRIMARY KEY ("campaign_id", "partner_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_campaign_target_partner" ON "campaign_target"  ("partner_id", "campaign_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_ack" ("campaign_id" uuid NOT NULL, "user_id" uuid NOT NULL, "partner_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a859a5cccd34f40ec5d41af26ec" PRIMARY KEY ("campaign_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_campaign_ack_partner" ON "campaign_ack"  ("partner_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_target" ADD CONSTRAINT "FK_81c31562368ee5ca3ca8b0f95a0" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_ack" ADD CONSTRAINT "FK_93050ec46181f4959adf9ede720" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // A partner sees its own campaigns and the launched ones that target it; never another's.
    for (const table of ['campaign', 'campaign_target', 'campaign_ack']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`CREATE POLICY campaign_read ON campaign FOR SELECT USING (
      tandem_scope() IN ('vendor', 'system')
      OR (tandem_scope() = 'partner' AND (partner_id = tandem_partner_id() OR EXISTS (
        SELECT 1 FROM campaign_target ct WHERE ct.campaign_id = campaign.id AND ct.partner_id = tandem_partner_id()))))`);
    await queryRunner.query(`CREATE POLICY campaign_insert ON campaign FOR INSERT WITH CHECK (
      tandem_scope() IN ('vendor', 'system') OR (tandem_scope() = 'partner' AND partner_id = tandem_partner_id()))`);
    await queryRunner.query(`CREATE POLICY campaign_update ON campaign FOR UPDATE
      USING (tandem_scope() IN ('vendor', 'system') OR (tandem_scope() = 'partner' AND partner_id = tandem_partner_id()))
      WITH CHECK (tandem_scope() IN ('vendor', 'system') OR (tandem_scope() = 'partner' AND partner_id = tandem_partner_id()))`);
    await queryRunner.query(`CREATE POLICY target_isolation ON campaign_target
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    await queryRunner.query(`CREATE POLICY ack_read ON campaign_ack FOR SELECT
      USING (tandem_sees_partner(partner_id) OR user_id = tandem_user_id())`);
    await queryRunner.query(`CREATE POLICY ack_insert ON campaign_ack FOR INSERT
      WITH CHECK (tandem_scope() = 'system' OR (user_id = tandem_user_id() AND tandem_scope() IN ('vendor', 'partner')))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, policy] of [
      ['campaign', 'campaign_read'],
      ['campaign', 'campaign_insert'],
      ['campaign', 'campaign_update'],
      ['campaign_target', 'target_isolation'],
      ['campaign_ack', 'ack_read'],
      ['campaign_ack', 'ack_insert'],
    ]) {
      await queryRunner.query(`DROP POLICY ${policy} ON ${table}`);
    }
    await queryRunner.query(
      `ALTER TABLE "campaign_ack" DROP CONSTRAINT "FK_93050ec46181f4959adf9ede720"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_target" DROP CONSTRAINT "FK_81c31562368ee5ca3ca8b0f95a0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_ack_partner"`);
    await queryRunner.query(`DROP TABLE "campaign_ack"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_target_partner"`);
    await queryRunner.query(`DROP TABLE "campaign_target"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_partner"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_status_dates"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
  }
}
