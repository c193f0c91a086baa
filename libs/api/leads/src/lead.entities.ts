import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  LeadHandoff,
  LeadPriority,
  LeadSource,
  LeadStage,
  OfferKind,
  OfferStatus,
  SlaEventKind,
} from '@tandem/shared-domain';
import { Partner, User } from '@tandem/api-directory';

registerEnumType(LeadSource, { name: 'LeadSource' });
registerEnumType(LeadPriority, { name: 'LeadPriority' });
registerEnumType(LeadHandoff, { name: 'LeadHandoff' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(SlaEventKind, { name: 'SlaEventKind' });

/**
 * A lead. `originPartnerId` is the owner that sourced it (null = vendor marketing) and, with the
 * email, decides duplicates; `partnerId` is the partner that holds it now (offered or accepted).
 */
@Entity('lead')
@Index('uq_lead_owner_email', { synchronize: false })
@Index('uq_lead_external_id', { synchronize: false })
@Index('idx_lead_partner_handoff', ['partnerId', 'handoff', 'stageChangedAt'])
@Index('idx_lead_assignee', ['assignedUserId', 'handoff', 'stageChangedAt'])
@Index('idx_lead_handoff', ['handoff', 'createdAt'])
@Index('idx_lead_origin', ['originPartnerId', 'createdAt'])
@Index('idx_lead_stage', ['stage', 'stageChangedAt'])
@Index('idx_lead_campaign', ['campaignId'])
@ObjectType()
export class Lead {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'origin_partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Partner that sourced the lead (null: vendor marketing).',
  })
  originPartnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_partner_id' })
  originPartner?: Partner;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Partner that holds the lead now.' })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'assigned_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Sales rep the lead is offered to or works it.' })
  assignedUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_user_id' })
  assignedUser?: User;

  @Column({ type: 'text' })
  @Field(() => LeadSource)
  source: LeadSource;

  @Column({ type: 'text' })
  @Field(() => LeadStage)
  stage: LeadStage;

  @Column({ name: 'stage_changed_at', type: 'timestamptz' })
  @Field()
  stageChangedAt: Date;

  @Column({ type: 'text' })
  @Field(() => LeadHandoff)
  handoff: LeadHandoff;

  @Column({ type: 'text', default: LeadPriority.NORMAL })
  @Field(() => LeadPriority)
  priority: LeadPriority;

  @Column({ name: 'contact_name', type: 'text' })
  @Field()
  contactName: string;

  @Column({ type: 'citext' })
  @Field()
  email: string;

  @Column({ type: 'text', default: '' })
  @Field()
  phone: string;

  @Column({ type: 'text', default: '' })
  @Field()
  title: string;

  @Column({ type: 'text', default: '' })
  @Field()
  company: string;

  @Column({ type: 'text', default: '' })
  @Field()
  domain: string;

  @Column({ type: 'char', length: 2, nullable: true })
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Column({ name: 'company_size', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Employees.' })
  companySize: number | null;

  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  personaId: string | null;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  campaignId: string | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'The contact agreed to be contacted.' })
  consent: boolean;

  @Column({ type: 'text', default: '' })
  @Field()
  notes: string;

  @Column({ name: 'campaign_responses', type: 'int', default: 0 })
  @Field(() => Int)
  campaignResponses: number;

  @Column({ name: 'content_downloads', type: 'int', default: 0 })
  @Field(() => Int)
  contentDownloads: number;

  @Column({ name: 'mql_score', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Score under the published MQL criteria.' })
  mqlScore: number | null;

  @Column({ name: 'mql_reasons', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Why the lead is (or is not yet) an MQL.' })
  mqlReasons: string[];

  @Column({ name: 'definition_version', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Definition version the score used.' })
  definitionVersion: number | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Flagged as spam by a partner.' })
  spam: boolean;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ name: 'created_by_label', type: 'text' })
  @Field()
  createdByLabel: string;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "The lead's id in the system that sent it (a CRM or marketing automation); unique per owner.",
  })
  externalId: string | null;

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

/** One immutable stage entry; the stage history every report is computed from. */
@Entity('lead_stage_event')
@Index('idx_lead_stage_event_lead', ['leadId', 'seq'])
@Index('idx_lead_stage_event_partner', ['partnerId', 'stage', 'occurredAt'])
@ObjectType()
export class LeadStageEvent {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  @Field(() => ID)
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Partner holding the lead at the time.' })
  partnerId: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  @Field(() => LeadStage)
  stage: LeadStage;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  @Field(() => LeadStage, { nullable: true })
  fromStage: LeadStage | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field()
  occurredAt: Date;

  /** Insertion order: events of one instant (Lead, then MQL) keep the order they happened in. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', select: false })
  seq?: string;

  @Column({ name: 'actor_label', type: 'text' })
  @Field()
  actorLabel: string;

  @Column({ name: 'reason_code_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  reasonCodeId: string | null;

  @Column({ type: 'text', default: '' })
  @Field()
  comment: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'E.g. the MQL score reasons.' })
  details: string[];
}

/** A routing candidate as stored with an offer: why that partner was (or was not) chosen. */
@ObjectType()
export class RoutingCandidate {
  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field(() => Float)
  score: number;

  @Field(() => Float)
  tierScore: number;

  @Field(() => Float)
  conversionRate: number;

  @Field(() => Float)
  slaCompliance: number;

  @Field(() => Int)
  openOffers: number;
}

@ObjectType()
export class RoutingExplanation {
  @Field(() => ID, { nullable: true })
  ruleId: string | null;

  @Field()
  ruleName: string;

  @Field(() => [String], { description: 'Filters the rule applied.' })
  filters: string[];

  @Field(() => [ID], { description: 'Partners left out because they declined or missed before.' })
  excludedPartnerIds: string[];

  @Field(() => [RoutingCandidate], { description: 'Eligible partners, best first.' })
  candidates: RoutingCandidate[];

  @Field()
  summary: string;
}

/** A hand-off waiting for an answer, with its SLA deadlines. */
@Entity('lead_offer')
@Index('idx_lead_offer_lead', ['leadId', 'offeredAt'])
@Index('idx_lead_offer_partner_status', ['partnerId', 'status', 'acceptDueAt'])
@Index('idx_lead_offer_user_status', ['userId', 'status', 'acceptDueAt'])
// The funnel's reads by period (docs/decisions/0016-funnel-rollups.md).
@Index('idx_lead_offer_partner_offered', ['partnerId', 'offeredAt'])
@Index('idx_lead_offer_partner_due', ['partnerId', 'acceptDueAt'])
@Index('idx_lead_offer_partner_decided', ['partnerId', 'decidedAt'], {
  where: "status = 'REJECTED'",
})
@Index('uq_lead_offer_pending', ['leadId'], { unique: true, where: "status = 'PENDING'" })
@ObjectType()
export class LeadOffer {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  @Field(() => ID)
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Column({ type: 'text' })
  @Field(() => OfferKind)
  kind: OfferKind;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Rep the offer went to.' })
  userId: string | null;

  @Column({ type: 'text', default: OfferStatus.PENDING })
  @Field(() => OfferStatus)
  status: OfferStatus;

  @Column({ name: 'offered_at', type: 'timestamptz' })
  @Field()
  offeredAt: Date;

  @Column({ name: 'offered_by_label', type: 'text' })
  @Field()
  offeredByLabel: string;

  @Column({ name: 'accept_due_at', type: 'timestamptz' })
  @Field()
  acceptDueAt: Date;

  @Column({ name: 'contact_due_at', type: 'timestamptz' })
  @Field()
  contactDueAt: Date;

  @Column({ name: 'sla_policy_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  slaPolicyId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'contacted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'First contact with the lead.' })
  contactedAt: Date | null;

  @Column({ name: 'reason_code_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  reasonCodeId: string | null;

  @Column({ type: 'text', default: '' })
  @Field()
  comment: string;

  @Column({ name: 'contact_reached', type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'On rejection: was the contact reached?' })
  contactReached: boolean | null;

  @Column({ type: 'boolean', default: false })
  @Field()
  spam: boolean;

  @Column({ name: 'accept_breached', type: 'boolean', default: false })
  @Field()
  acceptBreached: boolean;

  @Column({ name: 'contact_breached', type: 'boolean', default: false })
  @Field()
  contactBreached: boolean;

  @Column({ type: 'jsonb', nullable: true })
  @Field(() => RoutingExplanation, { nullable: true })
  routing: RoutingExplanation | null;
}

/** A reminder or a missed deadline, recorded against the partner (and rep) that held the offer. */
@Entity('lead_sla_event')
@Index('idx_lead_sla_event_lead', ['leadId', 'occurredAt'])
@Index('idx_lead_sla_event_partner', ['partnerId', 'kind', 'occurredAt'])
@ObjectType()
export class LeadSlaEvent {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  @Field(() => ID)
  offerId: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  @Field(() => ID)
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  @Field(() => SlaEventKind)
  kind: SlaEventKind;

  @Column({ name: 'due_at', type: 'timestamptz' })
  @Field()
  dueAt: Date;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field()
  occurredAt: Date;
}

/** Vendor SLA: how fast a partner must accept and first contact, by tier and priority. */
@Entity('sla_policy')
@Index('uq_sla_policy_scope', { synchronize: false })
@ObjectType()
export class SlaPolicy {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ name: 'tier_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null: every tier.' })
  tierId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => LeadPriority, { nullable: true, description: 'Null: every priority.' })
  priority: LeadPriority | null;

  @Column({ name: 'accept_hours', type: 'double precision' })
  @Field(() => Float, { description: 'Business hours to accept or reject.' })
  acceptHours: number;

  @Column({ name: 'contact_hours', type: 'double precision' })
  @Field(() => Float, { description: 'Business hours to the first contact.' })
  contactHours: number;

  @Column({ name: 'reminder_percent', type: 'int', default: 75 })
  @Field(() => Int, { description: 'Remind when this share of the time has passed.' })
  reminderPercent: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** A vendor routing rule: which leads it takes, which partners are eligible, how to weigh them. */
@Entity('routing_rule')
@ObjectType()
export class RoutingRule {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'Rules apply in ascending position; the first that finds a partner wins.',
  })
  position: number;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @Column({ name: 'lead_countries', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Only leads from these countries (empty: any).' })
  leadCountries: string[];

  @Column({ name: 'lead_persona_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID], { description: 'Only leads of these personas (empty: any).' })
  leadPersonaIds: string[];

  @Column({ name: 'lead_priority', type: 'text', nullable: true })
  @Field(() => LeadPriority, { nullable: true, description: 'Only leads of this priority.' })
  leadPriority: LeadPriority | null;

  @Column({ name: 'same_country', type: 'boolean', default: false })
  @Field({ description: 'Partner must be in the lead’s country.' })
  sameCountry: boolean;

  @Column({ name: 'partner_regions', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Partner must be in one of these regions (empty: any).' })
  partnerRegions: string[];

  @Column({ name: 'partner_tier_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID], { description: 'Partner must be of one of these tiers (empty: any).' })
  partnerTierIds: string[];

  @Column({ name: 'require_specialisation', type: 'boolean', default: false })
  @Field({ description: 'Partner must specialise in the lead’s persona.' })
  requireSpecialisation: boolean;

  @Column({ name: 'max_open_offers', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Skip partners with this many unanswered offers.',
  })
  maxOpenOffers: number | null;

  @Column({ name: 'weight_tier', type: 'double precision', default: 1 })
  @Field(() => Float)
  weightTier: number;

  @Column({ name: 'weight_conversion', type: 'double precision', default: 1 })
  @Field(() => Float)
  weightConversion: number;

  @Column({ name: 'weight_sla', type: 'double precision', default: 1 })
  @Field(() => Float)
  weightSla: number;

  @Column({ name: 'weight_capacity', type: 'double precision', default: 1 })
  @Field(() => Float)
  weightCapacity: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

export const LEAD_ENTITIES = [
  Lead,
  LeadStageEvent,
  LeadOffer,
  LeadSlaEvent,
  SlaPolicy,
  RoutingRule,
];
