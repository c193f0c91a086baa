import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AssetKind, AssetType, FunnelStage } from '@tandem/shared-domain';

registerEnumType(AssetType, { name: 'AssetType' });
registerEnumType(AssetKind, { name: 'AssetKind' });
registerEnumType(FunnelStage, { name: 'FunnelStage' });

/** A piece of content: an uploaded file or a link, with who may have it and when. */
@Entity('content_asset')
@Index('idx_content_asset_type', ['type'])
@Index('idx_content_asset_stage', ['funnelStage'])
@Index('idx_content_asset_window', ['publishAt', 'expiresAt'])
@ObjectType()
export class ContentAsset {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  // Trigram index for library search; created in the migration.
  @Index('idx_content_asset_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  @Field()
  title: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ type: 'text' })
  @Field(() => AssetType)
  type: AssetType;

  @Column({ type: 'text' })
  @Field(() => AssetKind)
  kind: AssetKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'For links: where the content lives.' })
  url: string | null;

  /** Where the file sits in storage; never shown to clients. */
  @Column({ name: 'storage_key', type: 'text', nullable: true, select: false })
  storageKey?: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Column({ name: 'mime_type', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  mimeType: string | null;

  @Column({
    name: 'size_bytes',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  @Field(() => Float, { nullable: true })
  sizeBytes: number | null;

  @Column({ type: 'boolean', default: false })
  @Field({
    description: 'A text template whose merge fields are filled in for the downloading partner.',
  })
  cobranded: boolean;

  @Column({ name: 'persona_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  personaIds: string[];

  @Column({ name: 'funnel_stage', type: 'text', nullable: true })
  @Field(() => FunnelStage, { nullable: true })
  funnelStage: FunnelStage | null;

  @Column({ name: 'min_tier_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Partners below this tier cannot see or download it.',
  })
  minTierId: string | null;

  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'Hidden from partners until then; empty = not published.',
  })
  publishAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'created_by_label', type: 'text' })
  @Field()
  createdByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** A curated bundle of assets for a persona or a campaign, downloadable as one ZIP. */
@Entity('content_kit')
@ObjectType()
export class ContentKit {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ name: 'talking_points', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  talkingPoints: string[];

  @Index('idx_content_kit_persona')
  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  personaId: string | null;

  @Index('idx_content_kit_campaign')
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  campaignId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

@Entity('content_kit_item')
@Index('idx_content_kit_item_asset', ['assetId'])
export class ContentKitItem {
  @PrimaryColumn({ name: 'kit_id', type: 'uuid' })
  kitId: string;

  @ManyToOne(() => ContentKit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id' })
  kit?: ContentKit;

  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne(() => ContentAsset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: ContentAsset;

  @Column({ type: 'int', default: 0 })
  position: number;
}

/** One download of an asset or a kit (previews are not recorded). Belongs to the downloader's partner. */
@Entity('content_download')
@Index('idx_content_download_asset_at', ['assetId', 'at'])
@Index('idx_content_download_kit_at', ['kitId', 'at'])
@Index('idx_content_download_partner_at', ['partnerId', 'at'])
@Index('idx_content_download_at', ['at'])
@ObjectType()
export class ContentDownload {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'asset_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  assetId: string | null;

  @ManyToOne(() => ContentAsset, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asset_id' })
  asset?: ContentAsset;

  @Column({ name: 'kit_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  kitId: string | null;

  @ManyToOne(() => ContentKit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'kit_id' })
  kit?: ContentKit;

  @Column({ name: 'item_title', type: 'text' })
  @Field({ description: 'Title of the asset or kit at the time of the download.' })
  itemTitle: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'user_label', type: 'text' })
  @Field()
  userLabel: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Column({ type: 'timestamptz' })
  @Field()
  at: Date;
}
