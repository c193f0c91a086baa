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
  ClosedLoopGrouping,
  GoalSide,
  GoalStatus,
  Metric,
  PeriodKind,
} from '@tandem/shared-domain';
import { Partner, Tier } from '@tandem/api-directory';

registerEnumType(Metric, { name: 'Metric' });
registerEnumType(GoalSide, { name: 'GoalSide' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
registerEnumType(PeriodKind, { name: 'PeriodKind' });
registerEnumType(ClosedLoopGrouping, { name: 'ClosedLoopGrouping' });

/** Exact decimals (numeric) stay strings end to end. */
const decimal = {
  to: (v: string | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : normalizeDecimal(v)),
};

/** "1200.0000" → "1200", "0.2500" → "0.25". */
export function normalizeDecimal(v: string): string {
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

/** The vendor's reporting calendar (one row, created by the migration). */
@Entity('analytics_settings')
@ObjectType()
export class AnalyticsSettings {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fiscal_year_start_month', type: 'int', default: 1 })
  @Field(() => Int, { description: 'Month the fiscal year starts in (1 = January).' })
  fiscalYearStartMonth: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** An objective for a quarter: up to four key results (goals) whose average progress it shows. */
@Entity('objective')
@Index('idx_objective_partner_period', ['partnerId', 'periodCode'])
@ObjectType()
export class Objective {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'period_code', type: 'text' })
  @Field()
  periodCode: string;

  @Column({ type: 'text' })
  @Field()
  title: string;

  @Column({ type: 'text' })
  @Field(() => GoalSide)
  side: GoalSide;

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

  /** Filled by the service: its key results with their progress. */
  @Field(() => [Goal])
  keyResults: Goal[];

  @Field(() => Float, {
    nullable: true,
    description: 'Average of the key results’ progress, each capped at 1.',
  })
  progress: number | null;
}

/** A tier template: the same goals for every partner of a tier, applied to a period. */
@Entity('goal_template')
@Index('uq_goal_template_name', ['name'], { unique: true })
@ObjectType()
export class GoalTemplate {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'citext' })
  @Field()
  name: string;

  @Column({ name: 'tier_id', type: 'uuid' })
  @Field(() => ID)
  tierId: string;

  @ManyToOne(() => Tier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tier_id' })
  tier?: Tier;

  @Column({ name: 'period_kind', type: 'text' })
  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Column({ type: 'jsonb', default: [] })
  @Field(() => [GoalTemplateItem])
  items: GoalTemplateItem[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

@ObjectType()
export class GoalTemplateItem {
  @Field(() => Metric)
  metric: Metric;

  @Field({ description: 'Exact decimal.' })
  target: string;

  @Field(() => GoalSide)
  side: GoalSide;
}

/** A target for one partner, period and metric, owned by its marketing side, sales side or both. */
@Entity('goal')
@Index('uq_goal_partner_period_metric', ['partnerId', 'periodCode', 'metric'], { unique: true })
@Index('idx_goal_period', ['periodCode', 'partnerId'])
@Index('idx_goal_objective', ['objectiveId'])
@Index('idx_goal_template', ['templateId'])
@ObjectType()
export class Goal {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  @Field(() => ID)
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ name: 'period_code', type: 'text' })
  @Field()
  periodCode: string;

  @Column({ type: 'text' })
  @Field(() => Metric)
  metric: Metric;

  @Column({ type: 'numeric', precision: 16, scale: 4, transformer: decimal })
  @Field({ description: 'Exact decimal; rates are shares (0.25 = 25%).' })
  target: string;

  @Column({ type: 'text' })
  @Field(() => GoalSide)
  side: GoalSide;

  @Column({ name: 'objective_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The objective this is a key result of.' })
  objectiveId: string | null;

  @ManyToOne(() => Objective, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective?: Objective;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The tier template that set it.' })
  templateId: string | null;

  @ManyToOne(() => GoalTemplate, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'template_id' })
  template?: GoalTemplate;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Changed for this partner after a template set it.' })
  adjusted: boolean;

  @Column({ type: 'text', default: '' })
  @Field()
  note: string;

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

  // Filled by the goals service from the metric layer.
  @Field(() => String, { nullable: true, description: 'The metric’s value so far.' })
  actual: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where a cumulative metric should be by now at an even pace.',
  })
  expected: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target (inverted when lower is better).',
  })
  progress: number | null;

  @Field(() => GoalStatus)
  status: GoalStatus;
}

export const ANALYTICS_ENTITIES = [AnalyticsSettings, Objective, GoalTemplate, Goal];
