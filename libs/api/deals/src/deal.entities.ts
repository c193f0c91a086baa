import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  AccountListKind,
  DealConflictKind,
  DealDecisionKind,
  DealStatus,
  DealEngagementRule,
  ExtensionPolicy,
  ExtensionStatus,
} from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { moneyTransformer } from './money';

registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(DealConflictKind, { name: 'DealConflictKind' });
registerEnumType(DealDecisionKind, { name: 'DealDecisionKind' });
registerEnumType(DealEngagementRule, { name: 'DealEngagementRule' });
registerEnumType(ExtensionPolicy, { name: 'ExtensionPolicy' });
registerEnumType(ExtensionStatus, { name: 'ExtensionStatus' });
registerEnumType(AccountListKind, { name: 'AccountListKind' });

/** Money as exact decimals: Postgres numeric in, a string out (never a float in between). */
const money = moneyTransformer;

/** A product partners can register, from the vendor's price list. */
@Entity('product')
@ObjectType()
export class Product {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index('uq_product_sku', { unique: true })
  @Column({ type: 'citext' })
  @Field()
  sku: string;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ name: 'list_price', type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field({ description: 'Unit list price, exact decimal as a string.' })
  listPrice: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The vendor's own accounts: existing customers and opportunities it sells directly. */
@Entity('account_list_entry')
@Index('uq_account_list_key', ['kind', 'matchKey'], { unique: true })
@Index('idx_account_list_domain', ['domain'])
@Index('idx_account_list_name_trgm', { synchronize: false })
@ObjectType()
export class AccountListEntry {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field(() => AccountListKind)
  kind: AccountListKind;

  @Column({ name: 'company_name', type: 'text' })
  @Field()
  companyName: string;

  @Column({ name: 'normalized_name', type: 'text' })
  normalizedName: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Registrable domain, e.g. acme.co.uk.' })
  domain: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  @Field(() => String, { nullable: true })
  country: string | null;

  /** The domain, or the normalized name and country: what re-imports match on. */
  @Column({ name: 'match_key', type: 'text' })
  matchKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}

/** A partner's claim on a customer opportunity. */
@Entity('deal_registration')
@Index('idx_deal_partner_status', ['partnerId', 'status', 'updatedAt'])
@Index('idx_deal_registrant', ['registeredByUserId', 'status', 'updatedAt'])
@Index('idx_deal_status_due', ['status', 'decisionDueAt'])
@Index('idx_deal_domain_status', ['domain', 'status'])
@Index('idx_deal_country_status', ['country', 'status'])
@Index('idx_deal_lead', ['leadId'])
@Index('idx_deal_name_trgm', { synchronize: false })
@Index('uq_deal_idempotency', ['partnerId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@ObjectType()
export class DealRegistration {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'int' })
  @Generated('increment')
  @Field(() => Int, { description: 'Shown as DR-000123.' })
  number: number;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'registered_by_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  registeredByUserId: string | null;

  @Column({ name: 'registered_by_label', type: 'text' })
  @Field()
  registeredByLabel: string;

  @Column({ type: 'text', default: DealStatus.DRAFT })
  @Field(() => DealStatus)
  status: DealStatus;

  @Column({ name: 'company_name', type: 'text' })
  @Field()
  companyName: string;

  @Column({ name: 'normalized_name', type: 'text' })
  normalizedName: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'The website as entered.' })
  website: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Registrable domain, e.g. acme.co.uk.' })
  domain: string | null;

  @Column({ type: 'char', length: 2 })
  @Field()
  country: string;

  @Column({ name: 'contact_name', type: 'text', default: '' })
  @Field()
  contactName: string;

  @Column({ name: 'contact_email', type: 'text', default: '' })
  @Field()
  contactEmail: string;

  @Column({ name: 'contact_role', type: 'text', default: '' })
  @Field()
  contactRole: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  @Field()
  currency: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0, transformer: money })
  @Field({ description: 'Sum of the product lines, exact decimal as a string.' })
  amount: string;

  @Column({ name: 'expected_close_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true })
  expectedCloseOn: string | null;

  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  personaId: string | null;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  leadId: string | null;

  @Column({ name: 'last_meeting_on', type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Evidence: the last meeting with the customer.',
  })
  lastMeetingOn: string | null;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Evidence of engagement and anything the approver should know.' })
  notes: string;

  @Column({ name: 'has_conflicts', type: 'boolean', default: false })
  @Field({ description: 'Conflicts were found when it was submitted.' })
  hasConflicts: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decision_due_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'The vendor’s decision deadline.' })
  decisionDueAt: Date | null;

  @Column({ name: 'decision_overdue', type: 'boolean', default: false })
  @Field()
  decisionOverdue: boolean;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'End of the protection window.' })
  expiresAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Column({
    name: 'final_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true })
  finalAmount: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true })
  closedOn: string | null;

  @Column({ name: 'reason_code_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  reasonCodeId: string | null;

  @Column({ name: 'status_comment', type: 'text', default: '' })
  @Field({ description: 'Why it was rejected, withdrawn or lost.' })
  statusComment: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Lost to this competitor.' })
  competitor: string;

  @Column({ name: 'extensions_granted', type: 'int', default: 0 })
  @Field(() => Int)
  extensionsGranted: number;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

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

@Entity('deal_line')
@Index('idx_deal_line_deal', ['dealId'])
@ObjectType()
export class DealLine {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealRegistration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealRegistration;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'product_id', type: 'uuid' })
  @Field(() => ID)
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  @Column({ type: 'int' })
  @Field(() => Int)
  quantity: number;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field({ description: 'Line amount, exact decimal as a string.' })
  amount: string;

  @Column({ type: 'int' })
  position: number;
}

/** One entry of a registration's timeline: every transition with its reason. */
@Entity('deal_event')
@Index('idx_deal_event_deal', ['dealId', 'seq'])
@Index('idx_deal_event_partner', { synchronize: false })
@Index('idx_deal_event_partner_at', { synchronize: false })
@ObjectType()
export class DealEvent {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealRegistration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealRegistration;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', select: false })
  seq?: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  @Field(() => DealStatus, { nullable: true })
  fromStatus: DealStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  @Field(() => DealStatus)
  toStatus: DealStatus;

  @Column({ type: 'timestamptz' })
  @Field()
  at: Date;

  @Column({ name: 'actor_label', type: 'text' })
  @Field()
  actorLabel: string;

  @Column({ name: 'reason_code_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  reasonCodeId: string | null;

  @Column({ type: 'text', default: '' })
  @Field({
    description: 'The reason as the registering partner sees it (never another partner’s data).',
  })
  comment: string;
}

/** A conflict found on submit. Vendor eyes only: the partner learns just that one exists. */
@Entity('deal_conflict')
@Index('idx_deal_conflict_deal', ['dealId'])
@Index('idx_deal_conflict_other', ['otherDealId'])
@ObjectType()
export class DealConflict {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealRegistration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealRegistration;

  @Column({ type: 'text' })
  @Field(() => DealConflictKind)
  kind: DealConflictKind;

  @Column({ name: 'other_deal_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  otherDealId: string | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  accountId: string | null;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Name similarity (0–1) for name matches.' })
  similarity: number | null;

  @Column({ name: 'other_predates', type: 'boolean', default: false })
  @Field({ description: 'The other registration was submitted first.' })
  otherPredates: boolean;
}

/** The record of a decision: rule, evidence, who and when. Partners see only the redacted line. */
@Entity('deal_decision')
@Index('idx_deal_decision_deal', ['dealId'])
@ObjectType()
export class DealDecision {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealRegistration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealRegistration;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  @Field(() => DealDecisionKind)
  decision: DealDecisionKind;

  @Column({ type: 'text' })
  @Field(() => DealEngagementRule)
  rule: DealEngagementRule;

  @Column({ type: 'jsonb', default: [] })
  evidence: Record<string, unknown>[];

  @Column({ name: 'redacted_summary', type: 'text' })
  @Field({ description: 'What the registering partner is told.' })
  redactedSummary: string;

  @Column({ name: 'decided_by_label', type: 'text' })
  @Field()
  decidedByLabel: string;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  @Field()
  decidedAt: Date;
}

@Entity('deal_extension')
@Index('idx_deal_extension_deal', ['dealId'])
@Index('uq_deal_extension_pending', ['dealId'], { unique: true, where: "status = 'PENDING'" })
@ObjectType()
export class DealExtension {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  @Field(() => ID)
  dealId: string;

  @ManyToOne(() => DealRegistration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealRegistration;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text', default: ExtensionStatus.PENDING })
  @Field(() => ExtensionStatus)
  status: ExtensionStatus;

  @Column({ type: 'int' })
  @Field(() => Int)
  days: number;

  @Column({ type: 'text' })
  @Field()
  reason: string;

  @Column({ name: 'requested_by_label', type: 'text' })
  @Field()
  requestedByLabel: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  @Field()
  requestedAt: Date;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', default: '' })
  @Field()
  comment: string;
}

@ObjectType()
export class TierProtection {
  @Field(() => ID)
  tierId: string;

  @Field(() => Int)
  days: number;
}

/** Program-wide registration settings (a single row). */
@Entity('deal_settings')
@Index('uq_deal_settings_single', { synchronize: false })
@ObjectType()
export class DealSettings {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'protection_days', type: 'int', default: 90 })
  @Field(() => Int)
  protectionDays: number;

  @Column({ name: 'tier_protection_days', type: 'jsonb', default: {} })
  tierProtectionDays: Record<string, number>;

  @Field(() => [TierProtection], { description: 'Protection days that differ by tier.' })
  get tierProtection(): TierProtection[] {
    return Object.entries(this.tierProtectionDays ?? {}).map(([tierId, days]) => ({
      tierId,
      days,
    }));
  }

  @Column({ name: 'extension_policy', type: 'text', default: ExtensionPolicy.ONCE })
  @Field(() => ExtensionPolicy)
  extensionPolicy: ExtensionPolicy;

  @Column({ name: 'extension_days', type: 'int', default: 30 })
  @Field(() => Int)
  extensionDays: number;

  @Column({ name: 'decision_hours', type: 'double precision', default: 8 })
  @Field(() => Float, { description: 'Business hours the vendor has to decide (8 = one day).' })
  decisionHours: number;

  @Column({ name: 'vendor_time_zone', type: 'text', default: 'UTC' })
  @Field()
  vendorTimeZone: string;

  @Column({ name: 'engagement_rule', type: 'text', default: DealEngagementRule.FIRST_TO_REGISTER })
  @Field(() => DealEngagementRule)
  engagementRule: DealEngagementRule;

  @Column({ name: 'name_similarity', type: 'double precision', default: 0.5 })
  @Field(() => Float, { description: 'Trigram similarity (0–1) at which two names conflict.' })
  nameSimilarity: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

export const DEAL_ENTITIES = [
  Product,
  AccountListEntry,
  DealRegistration,
  DealLine,
  DealEvent,
  DealConflict,
  DealDecision,
  DealExtension,
  DealSettings,
];
