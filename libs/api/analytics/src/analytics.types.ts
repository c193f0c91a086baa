import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { GoalSide, Metric, PeriodKind } from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { Goal, Objective } from './analytics.entities';
import { MetricValues } from './metric-layer';

@ObjectType()
export class Period {
  @Field({ description: 'FY2026 (year), FY2026-Q1 (quarter) or 2026-03 (month).' })
  code: string;

  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field()
  label: string;

  @Field({ description: 'Start (inclusive), in the vendor time zone.' })
  start: Date;

  @Field({ description: 'End (exclusive).' })
  end: Date;
}

@ObjectType()
export class AnalyticsCalendar {
  @Field(() => Int)
  fiscalYearStartMonth: number;

  @Field({ description: 'The vendor time zone periods are cut in (registration settings).' })
  timeZone: string;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class MetricValue {
  @Field(() => Metric)
  metric: Metric;

  @Field(() => String, {
    nullable: true,
    description: 'Exact decimal; rates are shares (0.25 = 25%); null when undefined (0/0).',
  })
  value: string | null;
}

export function metricValues(values: MetricValues): MetricValue[] {
  return (Object.keys(values) as Metric[]).map((metric) => ({ metric, value: values[metric] }));
}

@ObjectType()
export class PeriodMetrics {
  @Field(() => Period)
  period: Period;

  @Field(() => [MetricValue])
  values: MetricValue[];
}

@ObjectType()
export class ScorecardLine {
  @Field(() => Metric)
  metric: Metric;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field(() => Goal, { nullable: true })
  goal: Goal | null;
}

@ObjectType()
export class ReasonCount {
  @Field(() => ID, { nullable: true })
  reasonCodeId: string | null;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PartnerScorecard {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Period)
  period: Period;

  @Field(() => [ScorecardLine], { description: 'Every metric, with its goal where one is set.' })
  lines: ScorecardLine[];

  @Field(() => [ReasonCount])
  rejectedByReason: ReasonCount[];

  @Field(() => [PeriodMetrics], {
    description: 'The same metrics for earlier periods, oldest first.',
  })
  trend: PeriodMetrics[];

  @Field(() => [Objective])
  objectives: Objective[];
}

@ObjectType()
export class RepFigures {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => [MetricValue])
  values: MetricValue[];
}

@ObjectType()
export class PartnerGoals {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Period)
  period: Period;

  @Field(() => [Goal], { description: 'Every goal, key results included.' })
  goals: Goal[];

  @Field(() => [Objective])
  objectives: Objective[];
}

@ObjectType()
export class LeaderboardRow {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Partner)
  partner?: Partner;

  @Field(() => Int)
  rank: number;

  @Field(() => [MetricValue])
  values: MetricValue[];
}

@ObjectType()
export class Leaderboard {
  @Field(() => Period)
  period: Period;

  @Field(() => Int)
  total: number;

  @Field(() => [LeaderboardRow])
  items: LeaderboardRow[];
}

@ObjectType()
export class ChannelFunnelStage {
  @Field(() => Metric)
  metric: Metric;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ChannelFunnel {
  @Field(() => Period)
  period: Period;

  @Field(() => Int, { description: 'Partners in the selection.' })
  partners: number;

  @Field(() => [ChannelFunnelStage])
  stages: ChannelFunnelStage[];

  @Field(() => [MetricValue], { description: 'Every metric over the whole selection.' })
  values: MetricValue[];
}

@ObjectType()
export class ClosedLoopRow {
  @Field(() => String, { nullable: true })
  key: string | null;

  @Field()
  label: string;

  @Field(() => Int)
  leads: number;

  @Field(() => Int)
  sqls: number;

  @Field(() => Int)
  opportunities: number;

  @Field(() => Int)
  dealsWon: number;

  @Field()
  revenueWon: string;

  @Field(() => String, {
    nullable: true,
    description:
      'By campaign: market development funds behind it (approved requests starting in the period, at the claimed amount once claimed).',
  })
  funds: string | null;

  @Field(() => Float, { nullable: true, description: 'Revenue won per unit of those funds.' })
  revenuePerFund: number | null;
}

@ObjectType()
export class TemplateApplicationResult {
  @Field(() => Int)
  partners: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Goals adjusted by hand that were kept.' })
  skipped: number;
}

@ObjectType()
export class PlanStepView {
  @Field(() => Metric)
  metric: Metric;

  @Field()
  label: string;

  @Field(() => Int)
  needed: number;

  @Field({ description: 'When this stage must be reached for the revenue to close in time.' })
  startBy: Date;

  @Field(() => GoalSide)
  side: GoalSide;
}

@ObjectType()
export class PlanAssumptionView {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  partnerValue: number | null;

  @Field(() => Int)
  partnerSample: number;

  @Field(() => Float, { nullable: true })
  programMedian: number | null;

  @Field(() => Float, { description: 'Share of the partner’s own figure in the blend.' })
  weight: number;

  @Field(() => Float)
  used: number;
}

@ObjectType()
export class PlanLag {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Float)
  days: number;

  @Field({ description: 'Too few of the partner’s own samples: the program median is used.' })
  fromProgram: boolean;
}

@ObjectType()
export class RevenuePlanView {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Period)
  period: Period;

  @Field()
  revenueTarget: string;

  @Field(() => [PlanStepView])
  steps: PlanStepView[];

  @Field(() => [PlanAssumptionView])
  assumptions: PlanAssumptionView[];

  @Field(() => [PlanLag])
  lagDays: PlanLag[];

  @Field(() => Int)
  maxLeadsInAPeriod: number;

  @Field({ description: 'Needs more leads than the partner has ever received in such a period.' })
  exceedsHistory: boolean;

  @Field(() => [String])
  warnings: string[];
}

@ObjectType()
export class GoalOverviewRow {
  @Field(() => ID)
  partnerId: string;

  @Field(() => Partner)
  partner?: Partner;

  @Field(() => Int)
  goals: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  onTrack: number;

  @Field(() => Int)
  achieved: number;

  @Field(() => Int)
  missed: number;

  @Field(() => Int)
  upcoming: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average progress of the goals, each capped at 1.',
  })
  averageProgress: number | null;
}

@ObjectType()
export class GoalOverview {
  @Field(() => Period)
  period: Period;

  @Field(() => Int)
  total: number;

  @Field(() => [GoalOverviewRow], { description: 'Partners with goals at risk or missed first.' })
  items: GoalOverviewRow[];
}

// ---- Inputs ----

@InputType()
export class PartnerSelectionInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  tierIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  regions?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  typeIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  channelManagerId?: string;

  @Field(() => [ID], { nullable: true, description: 'A hand-picked selection.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  partnerIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class GoalTargetInput {
  @Field(() => Metric)
  @IsEnum(Metric)
  metric: Metric;

  @Field({ description: 'Exact decimal; rates as shares (0.35 = 35%).' })
  @IsString()
  @MaxLength(20)
  target: string;

  @Field(() => GoalSide, { nullable: true, description: 'Default: the metric’s usual owner.' })
  @IsOptional()
  @IsEnum(GoalSide)
  side?: GoalSide;
}

@InputType()
export class SetGoalInput extends GoalTargetInput {
  @Field(() => ID)
  @IsUUID('all')
  partnerId: string;

  @Field()
  @IsString()
  @MaxLength(12)
  periodCode: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited (stale edits refused).',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class ObjectiveInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => ID)
  @IsUUID('all')
  partnerId: string;

  @Field()
  @IsString()
  @MaxLength(12)
  periodCode: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => GoalSide)
  @IsEnum(GoalSide)
  side: GoalSide;

  @Field(() => [GoalTargetInput])
  @ValidateNested({ each: true })
  @Type(() => GoalTargetInput)
  @ArrayMaxSize(10)
  keyResults: GoalTargetInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class GoalTemplateInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => ID)
  @IsUUID('all')
  tierId: string;

  @Field(() => PeriodKind)
  @IsEnum(PeriodKind)
  periodKind: PeriodKind;

  @Field(() => [GoalTargetInput])
  @ValidateNested({ each: true })
  @Type(() => GoalTargetInput)
  @ArrayMaxSize(30)
  items: GoalTargetInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class ApplyGoalTemplateInput {
  @Field(() => ID)
  @IsUUID('all')
  templateId: string;

  @Field()
  @IsString()
  @MaxLength(12)
  periodCode: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also replace goals adjusted by hand.',
  })
  @IsBoolean()
  overwriteAdjusted = false;
}

@InputType()
export class RevenuePlanInput {
  @Field(() => ID)
  @IsUUID('all')
  partnerId: string;

  @Field()
  @IsString()
  @MaxLength(12)
  periodCode: string;

  @Field({ description: 'Exact decimal, e.g. 250000.' })
  @IsString()
  @MaxLength(20)
  revenueTarget: string;
}

@InputType()
export class AnalyticsSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
