import { MigrationInterface, QueryRunner } from 'typeorm';

/** Buyer personas with immutable versions, partner-scoped comments and proposals, and follows. */
export class Personas1795442202430 implements MigrationInterface {
  name = 'Personas1795442202430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "persona" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL DEFAULT 'DRAFT', "name" text NOT NULL, "draft" jsonb NOT NULL, "published_version" integer, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_13aefc75f60510f2be4cd243d71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_persona_status_name" ON "persona"  ("status", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "persona_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "persona_id" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "change_note" text NOT NULL DEFAULT '', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_label" text NOT NULL, CONSTRAINT "PK_fb9ca7a0f7fbdc2734101c3f4ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_persona_version_number" ON "persona_version"  ("persona_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "persona_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "persona_id" uuid NOT NULL, "partner_id" uuid, "author_id" uuid, "author_label" text NOT NULL, "kind" text NOT NULL, "body" text NOT NULL DEFAULT '', "field" text, "suggestion" text, "evidence" text, "status" text, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "accepted_version" integer, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbd5d2fcf6db575036e797aec6b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_persona_comment_partner" ON "persona_comment"  ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_persona_comment_persona_created" ON "persona_comment"  ("persona_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "persona_follow" ("persona_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d4142be527ada75d3d5978f03b" PRIMARY KEY ("persona_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_persona_follow_persona" ON "persona_follow"  ("persona_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "persona_version" ADD CONSTRAINT "FK_0daf83d83d0a81d27a0d3f77d28" FOREIGN KEY ("persona_id") REFERENCES "persona"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "persona_comment" ADD CONSTRAINT "FK_4ad2f43694f38efdeda41216ab5" FOREIGN KEY ("persona_id") REFERENCES "persona"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "persona_follow" ADD CONSTRAINT "FK_154691b99c8341534784adbf7f2" FOREIGN KEY ("persona_id") REFERENCES "persona"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // A partner sees its own conversation and the vendor's public comments; never another partner's.
    await queryRunner.query(`ALTER TABLE persona_comment ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE persona_comment FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY comment_read ON persona_comment FOR SELECT
      USING (tandem_sees_partner(partner_id) OR (partner_id IS NULL AND tandem_scope() = 'partner'))`);
    await queryRunner.query(`CREATE POLICY comment_insert ON persona_comment FOR INSERT
      WITH CHECK (tandem_sees_partner(partner_id) OR (partner_id IS NULL AND tandem_scope() = 'vendor'))`);
    await queryRunner.query(`CREATE POLICY comment_decide ON persona_comment FOR UPDATE
      USING (tandem_scope() IN ('vendor', 'system')) WITH CHECK (tandem_scope() IN ('vendor', 'system'))`);
    await queryRunner.query(`ALTER TABLE persona_follow ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE persona_follow FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY follow_own ON persona_follow
      USING (tandem_scope() = 'system' OR (user_id = tandem_user_id() AND tandem_scope() IN ('vendor', 'partner')))
      WITH CHECK (tandem_scope() = 'system' OR (user_id = tandem_user_id() AND tandem_scope() IN ('vendor', 'partner')))`);
    // The vendor reads followers to tell them about new versions.
    await queryRunner.query(
      `CREATE POLICY follow_vendor_read ON persona_follow FOR SELECT USING (tandem_scope() = 'vendor')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, policies] of [
      ['persona_comment', ['comment_read', 'comment_insert', 'comment_decide']],
      ['persona_follow', ['follow_own', 'follow_vendor_read']],
    ] as const) {
      for (const policy of policies) await queryRunner.query(`DROP POLICY ${policy} ON ${table}`);
    }
    await queryRunner.query(
      `ALTER TABLE "persona_follow" DROP CONSTRAINT "FK_154691b99c8341534784adbf7f2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "persona_comment" DROP CONSTRAINT "FK_4ad2f43694f38efdeda41216ab5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "persona_version" DROP CONSTRAINT "FK_0daf83d83d0a81d27a0d3f77d28"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_persona_follow_persona"`);
    await queryRunner.query(`DROP TABLE "persona_follow"`);
    await queryRunner.query(`DROP INDEX "public"."idx_persona_comment_persona_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_persona_comment_partner"`);
    await queryRunner.query(`DROP TABLE "persona_comment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_persona_version_number"`);
    await queryRunner.query(`DROP TABLE "persona_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_persona_status_name"`);
    await queryRunner.query(`DROP TABLE "persona"`);
  }
}
