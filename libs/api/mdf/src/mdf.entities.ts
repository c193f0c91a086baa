import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  MdfActivityType,
  MdfClaimStatus,
  MdfDecision,
  MdfRequestStatus,
} from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { moneyTransformer } from '@tandem/api-deals';

registerEnumType(MdfActivityType, { name: 'MdfActivityType' });
registerEnumType(MdfRequestStatus, { name: 'MdfRequestStatus' });
registerEnumType(MdfClaimStatus, { name: 'MdfClaimStatus' });
registerEnumType(MdfDecision, { name: 'MdfDecision' });

const money = moneyTransformer;

/** A pot of market development funds for a period, allocated to partners. */
@Entity('mdf_budget')
@Index('uq_mdf_budget_name_period', ['name', 'periodCode'], { unique: true })
@ObjectType()
export class MdfBudget {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'citext' })
  @Field()
  name: string;

  @Column({ name: 'period_code', type: 'text' })
  @Field()
  periodCode: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  total: string;

  @Column({ name: 'updated_by_label', type: 'text' })
  @Field()
  updatedByLabel: string;

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

/** A partner's share of a budget. */
@Entity('mdf_allocation')
@Index('uq_mdf_allocation', ['budgetId', 'partnerId'], { unique: true })
@Index('idx_mdf_allocation_partner', ['partnerId'])
@ObjectType()
export class MdfAllocation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  @Field(() => ID)
  budgetId: string;

  @ManyToOne(() => MdfBudget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: MdfBudget;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  amount: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** A partner's request for funds for one marketing activity. */
@Entity('mdf_request')
@Index('idx_mdf_request_allocation', ['allocationId', 'status'])
@Index('idx_mdf_request_partner', ['partnerId', 'status', 'createdAt'])
@Index('idx_mdf_request_status', ['status', 'createdAt'])
@ObjectType()
export class MdfRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  @Field(() => ID)
  allocationId: string;

  @ManyToOne(() => MdfAllocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: MdfAllocation;

  @Column({ name: 'budget_id', type: 'uuid' })
  @Field(() => ID)
  budgetId: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @Column({ name: 'activity_type', type: 'text' })
  @Field(() => MdfActivityType)
  activityType: MdfActivityType;

  @Column({ type: 'text' })
  @Field()
  title: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field()
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field()
  endsOn: string;

  @Column({ name: 'planned_cost', type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  plannedCost: string;

  @Column({
    name: 'requested_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    transformer: money,
  })
  @Field({ description: 'The vendor funds asked for (at most the planned cost).' })
  requestedAmount: string;

  @Column({ name: 'expected_leads', type: 'int', default: 0 })
  @Field(() => Int)
  expectedLeads: number;

  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  personaId: string | null;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Leads of this campaign are the activity’s return.',
  })
  campaignId: string | null;

  @Column({ type: 'text', default: MdfRequestStatus.SUBMITTED })
  @Field(() => MdfRequestStatus)
  status: MdfRequestStatus;

  @Column({
    name: 'approved_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true })
  approvedAmount: string | null;

  @Column({ name: 'decision_reason', type: 'text', default: '' })
  @Field()
  decisionReason: string;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'requested_by_label', type: 'text' })
  @Field()
  requestedByLabel: string;

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

/** The claim that pays an approved request back against proof. */
@Entity('mdf_claim')
@Index('uq_mdf_claim_open', { synchronize: false })
@Index('idx_mdf_claim_request', ['requestId'])
@Index('idx_mdf_claim_partner', ['partnerId', 'status'])
@ObjectType()
export class MdfClaim {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  @Field(() => ID)
  requestId: string;

  @ManyToOne(() => MdfRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: MdfRequest;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @Column({ name: 'actual_cost', type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  actualCost: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field({ description: 'The amount claimed (at most the approved amount and the actual cost).' })
  amount: string;

  @Column({ type: 'text', default: MdfClaimStatus.SUBMITTED })
  @Field(() => MdfClaimStatus)
  status: MdfClaimStatus;

  @Column({ type: 'text', default: '' })
  @Field()
  reason: string;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Column({ name: 'submitted_by_label', type: 'text' })
  @Field()
  submittedByLabel: string;

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

/** A proof file of a claim, stored like content assets. */
@Entity('mdf_claim_file')
@Index('idx_mdf_claim_file_claim', ['claimId'])
@ObjectType()
export class MdfClaimFile {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  @Field(() => ID)
  claimId: string;

  @ManyToOne(() => MdfClaim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: MdfClaim;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'file_name', type: 'text' })
  @Field()
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  @Field()
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  @Field(() => Int)
  sizeBytes: number;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  @Field()
  uploadedAt: Date;
}

export const MDF_ENTITIES = [MdfBudget, MdfAllocation, MdfRequest, MdfClaim, MdfClaimFile];
