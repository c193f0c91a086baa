import { MigrationInterface, QueryRunner } from 'typeorm';

/** The foundation schema: program settings, partners, users, auth, notifications, audit, jobs. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_label" text NOT NULL, "partner_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entry_partner_at" ON "audit_entry"  ("partner_id", "at") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_entry_at" ON "audit_entry"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entry_entity" ON "audit_entry"  ("entity_type", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '10', "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "completed_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98ab1c14ff8d1cf80d18703b92f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_job_dedupe_key" ON "job"  ("dedupe_key") WHERE dedupe_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_job_due" ON "job"  ("run_at") WHERE completed_at IS NULL AND failed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "tier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "rank" integer NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14d67ceef0dbea040e39e97e7f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_tier_name" ON "tier"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_tier_rank" ON "tier"  ("rank") `);
    await queryRunner.query(
      `CREATE TABLE "partner_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "description" text NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_113ea8f499b431942768929a231" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_partner_type_name" ON "partner_type"  ("name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "legal_name" text NOT NULL DEFAULT '', "website_domains" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "region" text NOT NULL, "time_zone" text NOT NULL, "type_id" uuid NOT NULL, "tier_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'ONBOARDING', "channel_manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_partner_name" ON "partner"  ("name") `);
    await queryRunner.query(
      `CREATE INDEX "idx_partner_channel_manager" ON "partner"  ("channel_manager_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_partner_status" ON "partner"  ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_partner_region" ON "partner"  ("region") `);
    await queryRunner.query(`CREATE INDEX "idx_partner_type" ON "partner"  ("type_id") `);
    await queryRunner.query(`CREATE INDEX "idx_partner_tier" ON "partner"  ("tier_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "name" text NOT NULL DEFAULT '', "role" text NOT NULL, "partner_id" uuid, "status" text NOT NULL DEFAULT 'INVITED', "password_hash" text, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "idx_app_user_role" ON "app_user"  ("role") `);
    await queryRunner.query(
      `CREATE INDEX "idx_app_user_partner_name" ON "app_user"  ("partner_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "partner_id" uuid, "invited_by_id" uuid, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitation_token_hash" ON "invitation"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_invitation_partner" ON "invitation"  ("partner_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_invitation_user" ON "invitation"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_user_unread" ON "notification"  ("user_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_user_created" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_refresh_token_family" ON "refresh_token"  ("family_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_refresh_token_user" ON "refresh_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_password_reset_token_hash" ON "password_reset"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_password_reset_user" ON "password_reset"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4c7fca5065c568fa2bae24a1d26" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD CONSTRAINT "FK_113ea8f499b431942768929a231" FOREIGN KEY ("type_id") REFERENCES "partner_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD CONSTRAINT "FK_a904f34f8ebecbb5ae0f0196515" FOREIGN KEY ("tier_id") REFERENCES "tier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" ADD CONSTRAINT "FK_8719e0ca18d1820539ee65732fd" FOREIGN KEY ("channel_manager_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_0184bb477a21dce3da3985bc06d" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_3b252ac9f47803a7402ae76b2d4" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_3b252ac9f47803a7402ae76b2d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_dbf801c80100c878509602456ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_0184bb477a21dce3da3985bc06d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" DROP CONSTRAINT "FK_8719e0ca18d1820539ee65732fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" DROP CONSTRAINT "FK_a904f34f8ebecbb5ae0f0196515"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner" DROP CONSTRAINT "FK_113ea8f499b431942768929a231"`,
    );
    await queryRunner.query(`DROP TABLE "auth_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."idx_password_reset_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_token_hash"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."idx_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_refresh_token_family"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_user_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."idx_invitation_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_invitation_partner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitation_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_app_user_partner_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_app_user_role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_tier"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_type"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_region"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_channel_manager"`);
    await queryRunner.query(`DROP INDEX "public"."idx_partner_name"`);
    await queryRunner.query(`DROP TABLE "partner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_partner_type_name"`);
    await queryRunner.query(`DROP TABLE "partner_type"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tier_rank"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tier_name"`);
    await queryRunner.query(`DROP TABLE "tier"`);
    await queryRunner.query(`DROP INDEX "public"."idx_job_due"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "job"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_entity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_entry_partner_at"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
