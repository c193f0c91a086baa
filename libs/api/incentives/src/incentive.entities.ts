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
  IncentiveEligibility,
  IncentivePlanStatus,
  IncentivePoolKind,
  Metric,
  PayoutStatus,
} from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { moneyTransformer } from '@tandem/api-deals';
import { normalizeDecimal } from '@tandem/api-analytics';

registerEnumType(IncentiveEligibility, { name: 'IncentiveEligibility' });
registerEnumType(IncentivePoolKind, { name: 'IncentivePoolKind' });
registerEnumType(IncentivePlanStatus, { name: 'IncentivePlanStatus' });
registerEnumType(PayoutStatus, { name: 'PayoutStatus' });

/** Exact decimals stay strings; money keeps its two decimals. */
const money = moneyTransformer;

@ObjectType()
export class IncentiveMeasure {
  @Field(() => Metric, { description: 'A goal metric the plan pays on (the partner’s goal).' })
  metric: Metric;

  @Field(() => Float, { description: 'Relative weight in the attainment.' })
  weight: number;
}

/** A shared incentive plan for a period: who is eligible, what it pays on, and how it pays. */
@Entity('incentive_plan')
@Index('uq_incentive_plan_name_period', ['name', 'periodCode'], { unique: true })
@ObjectType()
export class IncentivePlan {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'citext' })
  @Field()
  name: string;

  @Column({ name: 'period_code', type: 'text' })
  @Field()
  periodCode: string;

  @Column({ type: 'text', default: IncentivePlanStatus.DRAFT })
  @Field(() => IncentivePlanStatus)
  status: IncentivePlanStatus;

  @Column({ type: 'text' })
  @Field(() => IncentiveEligibility)
  eligibility: IncentiveEligibility;

  @Column({ name: 'tier_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  tierIds: string[];

  @Column({ name: 'partner_ids', type: 'uuid', array: true, default: () => "'{}'" })
  @Field(() => [ID])
  partnerIds: string[];

  @Column({ type: 'jsonb', default: [] })
  @Field(() => [IncentiveMeasure])
  measures: IncentiveMeasure[];

  @Column({ name: 'revenue_metric', type: 'text', default: Metric.REVENUE_WON })
  @Field(() => Metric, { description: 'The revenue a percentage pool is a share of.' })
  revenueMetric: Metric;

  @Column({ name: 'pool_kind', type: 'text' })
  @Field(() => IncentivePoolKind)
  poolKind: IncentivePoolKind;

  @Column({
    name: 'pool_percent',
    type: 'numeric',
    precision: 7,
    scale: 4,
    nullable: true,
    transformer: {
      to: (v: string | null) => v,
      from: (v: string | null) => (v === null ? null : normalizeDecimal(v)),
    },
  })
  @Field(() => String, { nullable: true, description: 'Percent of revenue, e.g. "5" = 5%.' })
  poolPercent: string | null;

  @Column({
    name: 'pool_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true, description: 'A fixed pool per partner.' })
  poolAmount: string | null;

  @Column({ name: 'threshold_percent', type: 'int', default: 80 })
  @Field(() => Int, { description: 'Nothing is paid below this attainment.' })
  thresholdPercent: number;

  @Column({ name: 'cap_percent', type: 'int', default: 150 })
  @Field(() => Int, { description: 'Attainment above this pays no more.' })
  capPercent: number;

  @Column({ name: 'marketing_share_percent', type: 'int', default: 50 })
  @Field(() => Int, { description: 'Marketing’s share of a payout; sales gets the rest.' })
  marketingSharePercent: number;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

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

@ObjectType()
export class MeasureResultView {
  @Field(() => Metric)
  metric: Metric;

  @Field(() => Float)
  weight: number;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field(() => String, { nullable: true })
  actual: string | null;

  @Field(() => Float)
  progress: number;
}

/** A partner's frozen payout for a closed plan, and its review. */
@Entity('incentive_payout')
@Index('uq_incentive_payout', ['planId', 'partnerId'], { unique: true })
@Index('idx_incentive_payout_partner', ['partnerId', 'status'])
@ObjectType()
export class IncentivePayout {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  @Field(() => ID)
  planId: string;

  @ManyToOne(() => IncentivePlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: IncentivePlan;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'numeric', precision: 16, scale: 2, transformer: money })
  @Field()
  revenue: string;

  @Column({
    type: 'numeric',
    precision: 8,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  @Field(() => Float)
  attainment: number;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  pool: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field({ description: 'What the rule pays, frozen when the period closed.' })
  earned: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  marketing: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  @Field()
  sales: string;

  @Column({ type: 'jsonb', default: [] })
  @Field(() => [MeasureResultView])
  measures: MeasureResultView[];

  @Column({ type: 'text', default: PayoutStatus.PENDING })
  @Field(() => PayoutStatus)
  status: PayoutStatus;

  @Column({
    name: 'approved_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true, description: 'The amount approved (may be adjusted).' })
  approvedAmount: string | null;

  @Column({
    name: 'approved_marketing',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true })
  approvedMarketing: string | null;

  @Column({
    name: 'approved_sales',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: money,
  })
  @Field(() => String, { nullable: true })
  approvedSales: string | null;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Why it was adjusted or held.' })
  reason: string;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'frozen_at', type: 'timestamptz' })
  @Field()
  frozenAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

export const INCENTIVE_ENTITIES = [IncentivePlan, IncentivePayout];
