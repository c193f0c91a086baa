import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokens1796673410208 implements MigrationInterface {
  name = 'ApiTokens1796673410208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "partner_id" uuid, "created_by_user_id" uuid NOT NULL, "created_by_label" text NOT NULL, "permissions" text array NOT NULL, "secret_prefix" text NOT NULL, "secret_hash" text NOT NULL, "rate_limit_per_minute" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_label" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_api_token_partner" ON "api_token"  ("partner_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token"  ("secret_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "lead" ADD "external_id" text`);
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_9b695da45de0a5798b029eb24cf" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_4a865bf1ab72c27c0b8e784b349" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A sender's id is unique per owner (the vendor, or the partner that sourced the lead), which
    // makes lead creation by external id idempotent.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_lead_external_id ON lead (coalesce(origin_partner_id, '00000000-0000-0000-0000-000000000000'::uuid), external_id) WHERE external_id IS NOT NULL`,
    );
    // A partner admin sees and revokes their partner's tokens only; vendor tokens (no partner)
    // are the vendor's alone. Tokens are looked up by hash in the system scope.
    await queryRunner.query(`ALTER TABLE api_token ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE api_token FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY partner_isolation ON api_token
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY partner_isolation ON api_token`);
    await queryRunner.query(`DROP INDEX uq_lead_external_id`);
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "FK_4a865bf1ab72c27c0b8e784b349"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "FK_9b695da45de0a5798b029eb24cf"`,
    );
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "external_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_api_token_partner"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
  }
}
