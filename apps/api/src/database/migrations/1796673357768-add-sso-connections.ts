import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSsoConnections1796673357768 implements MigrationInterface {
  name = 'AddSsoConnections1796673357768';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_connection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "partner_id" uuid, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret_sealed" text NOT NULL, "email_domains" text array NOT NULL, "default_role" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5158ac85025e15df591a62eb7ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_sso_connection_partner" ON "sso_connection"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "connection_id" uuid NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87b5856b206b5b77e6e2fa29508" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_user_identity_user" ON "user_identity"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_identity_user" ON "user_identity"  ("connection_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_identity_subject" ON "user_identity"  ("connection_id", "subject") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_connection" ADD CONSTRAINT "FK_d5fa55f60f9fca92f5afa671751" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_identity" ADD CONSTRAINT "FK_5fe17bbf40c110cca56d3b35515" FOREIGN KEY ("connection_id") REFERENCES "sso_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_identity" ADD CONSTRAINT "FK_2818839f889ab24f4077437753f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Connections and identity links are program settings: vendor staff (the API narrows to vendor
    // admins) and the sign-in flow (system scope) only; partner users never see them.
    for (const table of ['sso_connection', 'user_identity']) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY vendor_only ON ${table}
        USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sso_connection', 'user_identity']) {
      await queryRunner.query(`DROP POLICY vendor_only ON ${table}`);
    }
    await queryRunner.query(
      `ALTER TABLE "user_identity" DROP CONSTRAINT "FK_2818839f889ab24f4077437753f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_identity" DROP CONSTRAINT "FK_5fe17bbf40c110cca56d3b35515"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_connection" DROP CONSTRAINT "FK_d5fa55f60f9fca92f5afa671751"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_user_identity_subject"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_identity_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_user_identity_user"`);
    await queryRunner.query(`DROP TABLE "user_identity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sso_connection_partner"`);
    await queryRunner.query(`DROP TABLE "sso_connection"`);
  }
}
