import { MigrationInterface, QueryRunner } from 'typeorm';

/** Content assets, kits, downloads (partner-owned), and the partner logo used for co-branding. */
export class Content1795443028429 implements MigrationInterface {
  name = 'Content1795443028429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "content_asset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "type" text NOT NULL, "kind" text NOT NULL, "url" text, "storage_key" text, "file_name" text, "mime_type" text, "size_bytes" bigint, "cobranded" boolean NOT NULL DEFAULT false, "persona_ids" uuid array NOT NULL DEFAULT '{}', "funnel_stage" text, "min_tier_id" uuid, "publish_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "created_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_2ec82b5b5b4397ffd7399ada0d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_asset_window" ON "content_asset"  ("publish_at", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_asset_stage" ON "content_asset"  ("funnel_stage") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_content_asset_type" ON "content_asset"  ("type") `);
    await queryRunner.query(
      `CREATE TABLE "content_kit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "talking_points" text array NOT NULL DEFAULT '{}', "persona_id" uuid, "campaign_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e810fc0e79a2f52f19314a3a7fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_kit_persona" ON "content_kit"  ("persona_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_kit_campaign" ON "content_kit"  ("campaign_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_kit_item" ("kit_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2023ca307d86b0675da4f24fd67" PRIMARY KEY ("kit_id", "asset_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_kit_item_asset" ON "content_kit_item"  ("asset_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_download" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid, "kit_id" uuid, "item_title" text NOT NULL, "user_id" uuid NOT NULL, "user_label" text NOT NULL, "partner_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ee52ae462b21dc858aabaf16a24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_download_at" ON "content_download"  ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_download_partner_at" ON "content_download"  ("partner_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_download_kit_at" ON "content_download"  ("kit_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_download_asset_at" ON "content_download"  ("asset_id", "at") `,
    );
    await queryRunner.query(`ALTER TABLE "partner" ADD "logo_url" text`);
    await queryRunner.query(
      `ALTER TABLE "content_kit_item" ADD CONSTRAINT "FK_add53b2b4ca9583ae6b0f8d66e3" FOREIGN KEY ("kit_id") REFERENCES "content_kit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_kit_item" ADD CONSTRAINT "FK_dd9b62d9e2381ea787e29a371bd" FOREIGN KEY ("asset_id") REFERENCES "content_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_download" ADD CONSTRAINT "FK_7df2165d2e29b9141402e08db50" FOREIGN KEY ("asset_id") REFERENCES "content_asset"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_download" ADD CONSTRAINT "FK_12b7d0479adce85fa538d324a7f" FOREIGN KEY ("kit_id") REFERENCES "content_kit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // Downloads belong to the downloader's partner: a partner sees only its own.
    await queryRunner.query(`ALTER TABLE content_download ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE content_download FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY download_isolation ON content_download
      USING (tandem_sees_partner(partner_id)) WITH CHECK (tandem_sees_partner(partner_id))`);
    await queryRunner.query(
      `CREATE INDEX idx_content_asset_title_trgm ON content_asset USING gin (title gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_content_asset_title_trgm`);
    await queryRunner.query(`DROP POLICY download_isolation ON content_download`);
    await queryRunner.query(
      `ALTER TABLE "content_download" DROP CONSTRAINT "FK_12b7d0479adce85fa538d324a7f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_download" DROP CONSTRAINT "FK_7df2165d2e29b9141402e08db50"`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_kit_item" DROP CONSTRAINT "FK_dd9b62d9e2381ea787e29a371bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_kit_item" DROP CONSTRAINT "FK_add53b2b4ca9583ae6b0f8d66e3"`,
    );
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "logo_url"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_download_asset_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_download_kit_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_download_partner_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_download_at"`);
    await queryRunner.query(`DROP TABLE "content_download"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_kit_item_asset"`);
    await queryRunner.query(`DROP TABLE "content_kit_item"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_kit_campaign"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_kit_persona"`);
    await queryRunner.query(`DROP TABLE "content_kit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_asset_type"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_asset_stage"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_asset_window"`);
    await queryRunner.query(`DROP TABLE "content_asset"`);
  }
}
