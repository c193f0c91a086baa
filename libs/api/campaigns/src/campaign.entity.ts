import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { CampaignPhase, CampaignStatus, CampaignTargetMode } from '@tandem/shared-domain';

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(CampaignPhase, { name: 'CampaignPhase' });
registerEnumType(CampaignTargetMode, { name: 'CampaignTargetMode' });

/**
 * A marketing campaign: the vendor's (partnerId null, aimed at partners chosen by the target) or
 * one partner's own (partnerId set, visible to that partner only).
 */
@Entity('campaign')
@Index('idx_campaign_partner', ['partnerId'])
@Index('idx_campaign_status_dates', ['status', 'startsOn', 'endsOn'])
@ObjectType()
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Set for a partner’s own campaign.' })
  partnerId: string | null;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ type: 'text', default: '' })
  @Field()
  goal: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field({ description: 'First day, YYYY-MM-DD.' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field({ description: 'Last day, YYYY-MM-DD.' })
  endsOn: string;

  @Column({ type: 'text', default: CampaignStatus.DRAFT })
  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Column({ name: 'target_mode', type: 'text', default: CampaignTargetMode.ALL })
  @Field(() => CampaignTargetMode)
  targetMode: CampaignTargetMode;

  @Column({ name: 'target_tier_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  targetTierIds: string[];

  @Column({ name: 'target_regions', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  targetRegions: string[];

  @Column({ name: 'target_partner_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  targetPartnerIds: string[];

  @Column({ name: 'persona_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  personaIds: string[];

  /** The content kit to run with; kits arrive with the content library. */
  @Column({ name: 'kit_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  kitId: string | null;

  @Column({ name: 'launched_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  launchedAt: Date | null;

  @Column({ name: 'created_by_label', type: 'text' })
  @Field()
  createdByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** Which partners a launched campaign reaches, fixed at launch (drives feeds and isolation). */
@Entity('campaign_target')
@Index('idx_campaign_target_partner', ['partnerId', 'campaignId'])
export class CampaignTarget {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;
}

/** A user's "seen it" on a launched campaign. */
@Entity('campaign_ack')
export class CampaignAck {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('idx_campaign_ack_partner')
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt: Date;
}
