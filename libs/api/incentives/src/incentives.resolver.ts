import {
  Args,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IncentiveEligibility, IncentivePoolKind, Metric, Permission } from '@tandem/shared-domain';
import { Allow, Ctx, RequestContext } from '@tandem/api-core';
import { directoryLoaders } from '@tandem/api-directory';
import { IncentivePayout, IncentivePlan, MeasureResultView } from './incentive.entities';
import { IncentivesService } from './incentives.service';

@InputType()
export class IncentiveMeasureInput {
  @Field(() => Metric)
  @IsEnum(Metric)
  metric: Metric;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber()
  weight = 1;
}

@InputType()
export class IncentivePlanInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field()
  @IsString()
  @MaxLength(12)
  periodCode: string;

  @Field(() => IncentiveEligibility)
  @IsEnum(IncentiveEligibility)
  eligibility: IncentiveEligibility;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  tierIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(2000)
  partnerIds?: string[];

  @Field(() => [IncentiveMeasureInput])
  @ValidateNested({ each: true })
  @Type(() => IncentiveMeasureInput)
  @ArrayMaxSize(10)
  measures: IncentiveMeasureInput[];

  @Field(() => Metric, { nullable: true, description: 'Default: revenue won.' })
  @IsOptional()
  @IsEnum(Metric)
  revenueMetric?: Metric;

  @Field(() => IncentivePoolKind)
  @IsEnum(IncentivePoolKind)
  poolKind: IncentivePoolKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  poolPercent?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  poolAmount?: string;

  @Field(() => Int, { defaultValue: 80 })
  @IsInt()
  thresholdPercent = 80;

  @Field(() => Int, { defaultValue: 150 })
  @IsInt()
  capPercent = 150;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  marketingSharePercent = 50;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@ObjectType()
export class PartnerEarnings {
  @Field(() => ID)
  planId: string;

  @Field(() => ID)
  partnerId: string;

  @Field({ description: 'The revenue the pool is a share of.' })
  revenue: string;

  @Field()
  pool: string;

  @Field(() => Float, { description: 'Weighted attainment, a share (1 = 100%).' })
  attainment: number;

  @Field(() => Float, { description: 'Share of the pool paid at this attainment.' })
  factor: number;

  @Field({ description: 'Earned so far (frozen once the period closed).' })
  earned: string;

  @Field()
  marketing: string;

  @Field()
  sales: string;

  @Field({ description: 'What 100% attainment pays.' })
  atTarget: string;

  @Field({ description: 'How much more 100% would pay.' })
  toTarget: string;

  @Field(() => [MeasureResultView])
  measures: MeasureResultView[];

  @Field()
  frozen: boolean;

  @Field(() => IncentivePayout, {
    nullable: true,
    description: 'The frozen payout and its review.',
  })
  payout: IncentivePayout | null;
}

@Resolver(() => IncentivePlan)
export class IncentivesResolver {
  constructor(private readonly incentives: IncentivesService) {}

  @Query(() => [IncentivePlan], {
    description: 'Vendor users: every plan. Partners: the running and closed plans they are in.',
  })
  @Allow(Permission.IncentiveRead)
  incentivePlans(
    @Ctx() ctx: RequestContext,
    @Args('periodCode', { nullable: true }) periodCode?: string,
  ): Promise<IncentivePlan[]> {
    return this.incentives.plans(ctx, periodCode);
  }

  @Query(() => IncentivePlan)
  @Allow(Permission.IncentiveRead)
  incentivePlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncentivePlan> {
    return this.incentives.plan(ctx, id);
  }

  @Query(() => [PartnerEarnings], {
    description:
      'Earnings under a plan: live while it runs, frozen once closed. Partners get their own.',
  })
  @Allow(Permission.IncentiveRead)
  incentiveEarnings(
    @Ctx() ctx: RequestContext,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
  ): Promise<PartnerEarnings[]> {
    return this.incentives.earnings(ctx, planId, partnerId);
  }

  @Mutation(() => IncentivePlan)
  @Allow(Permission.IncentiveManage)
  saveIncentivePlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IncentivePlanInput,
  ): Promise<IncentivePlan> {
    return this.incentives.savePlan(ctx, input);
  }

  @Mutation(() => IncentivePlan, { description: 'Publishes a draft plan to its partners.' })
  @Allow(Permission.IncentiveManage)
  activateIncentivePlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncentivePlan> {
    return this.incentives.activate(ctx, id);
  }

  @Mutation(() => IncentivePlan, {
    description: 'Freezes the payouts of a plan whose period has ended (it also closes itself).',
  })
  @Allow(Permission.IncentiveManage)
  closeIncentivePlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IncentivePlan> {
    return this.incentives.close(ctx, id);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.IncentiveManage)
  deleteIncentivePlan(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.incentives.deletePlan(ctx, id);
  }

  @Mutation(() => IncentivePayout, {
    description: 'Approves a payout as frozen, or adjusted to another amount with a reason.',
  })
  @Allow(Permission.IncentiveReview)
  approveIncentivePayout(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('amount', { nullable: true }) amount?: string,
    @Args('reason', { nullable: true }) reason?: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<IncentivePayout> {
    return this.incentives.approve(ctx, id, amount, reason, expectedVersion);
  }

  @Mutation(() => IncentivePayout)
  @Allow(Permission.IncentiveReview)
  holdIncentivePayout(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<IncentivePayout> {
    return this.incentives.hold(ctx, id, reason, expectedVersion);
  }
}

@Resolver(() => PartnerEarnings)
export class PartnerEarningsResolver {
  @ResolveField(() => String, { description: 'The partner’s name.' })
  @Allow(Permission.IncentiveRead)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() e: PartnerEarnings): Promise<string> {
    return (await directoryLoaders.partner(ctx).load(e.partnerId))?.name ?? '';
  }
}
