import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stage events keep their insertion order, even several within one instant. */
export class LeadEventOrder1795448747960 implements MigrationInterface {
  name = 'LeadEventOrder1795448747960';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_lead_stage_event_lead"`);
    await queryRunner.query(
      `ALTER TABLE "lead_stage_event" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_lead_stage_event_lead" ON "lead_stage_event"  ("lead_id", "seq") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_lead_stage_event_lead"`);
    await queryRunner.query(`ALTER TABLE "lead_stage_event" DROP COLUMN "seq"`);
    await queryRunner.query(
      `CREATE INDEX "idx_lead_stage_event_lead" ON "lead_stage_event" USING btree ("lead_id", "occurred_at") `,
    );
  }
}
