import {
  Args,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { MdfActivityType, MdfDecision, MdfRequestStatus, Permission } from '@tandem/shared-domain';
import { Allow, Ctx, RequestContext } from '@tandem/api-core';
import { MdfBudget, MdfClaim, MdfClaimFile, MdfRequest } from './mdf.entities';
import { MdfService } from './mdf.service';

@ObjectType()
export class MdfFiguresView {
  @Field()
  allocated: string;

  @Field({ description: 'Approved requests not yet claimed.' })
  reserved: string;

  @Field({ description: 'Approved claims not yet paid.' })
  claimed: string;

  @Field()
  paid: string;

  @Field({ description: 'allocated − reserved − claimed − paid.' })
  remaining: string;
}

@ObjectType()
export class MdfBudgetView extends MdfFiguresView {
  @Field(() => MdfBudget)
  budget: MdfBudget;

  @Field()
  total: string;

  @Field({ description: 'Not yet allocated to partners (vendor-wide view only).' })
  unallocated: string;
}

@ObjectType()
export class MdfAllocationView extends MdfFiguresView {
  @Field(() => ID)
  allocationId: string;

  @Field(() => ID)
  budgetId: string;

  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;
}

@ObjectType()
export class MdfReturnView {
  @Field(() => Int)
  leads: number;

  @Field(() => Int)
  sqls: number;

  @Field({ description: 'Registrations made from those leads (not refused or withdrawn).' })
  pipeline: string;

  @Field()
  revenueWon: string;

  @Field(() => Float, { nullable: true })
  leadsPerThousand: number | null;

  @Field(() => Float, { nullable: true, description: 'Revenue won per unit of funds.' })
  revenuePerUnit: number | null;
}

@ObjectType()
export class MdfClaimView {
  @Field(() => MdfClaim)
  claim: MdfClaim;

  @Field(() => [MdfClaimFile])
  files: MdfClaimFile[];
}

@ObjectType()
export class MdfRequestView {
  @Field(() => MdfRequest)
  request: MdfRequest;

  @Field()
  partnerName: string;

  @Field(() => [MdfClaimView], { description: 'Newest first.' })
  claims: MdfClaimView[];

  @Field(() => MdfReturnView, {
    nullable: true,
    description: 'Leads, SQLs, pipeline and revenue from the activity’s campaign.',
  })
  return: MdfReturnView | null;
}

@InputType()
export class MdfBudgetInput {
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

  @Field()
  @IsString()
  @MaxLength(16)
  total: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class MdfAllocationInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field(() => ID, { nullable: true, description: 'Every (not suspended) partner of the tier.' })
  @IsOptional()
  @IsUUID('all')
  tierId?: string;

  @Field()
  @IsString()
  @MaxLength(16)
  amount: string;
}

@InputType()
export class MdfRequestInput {
  @Field(() => ID, { nullable: true, description: 'A returned request to send again.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => ID)
  @IsUUID('all')
  budgetId: string;

  @Field(() => MdfActivityType)
  @IsEnum(MdfActivityType)
  activityType: MdfActivityType;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(10)
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(10)
  endsOn: string;

  @Field()
  @IsString()
  @MaxLength(16)
  plannedCost: string;

  @Field()
  @IsString()
  @MaxLength(16)
  requestedAmount: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  expectedLeads = 0;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  personaId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  campaignId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class MdfClaimInput {
  @Field(() => ID)
  @IsUUID('all')
  requestId: string;

  @Field()
  @IsString()
  @MaxLength(16)
  actualCost: string;

  @Field()
  @IsString()
  @MaxLength(16)
  amount: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class MdfAllocationsInput {
  @Field(() => ID)
  @IsUUID('all')
  budgetId: string;

  @Field(() => [MdfAllocationInput])
  @ValidateNested({ each: true })
  @Type(() => MdfAllocationInput)
  @ArrayMaxSize(2000)
  entries: MdfAllocationInput[];
}

@Resolver()
export class MdfResolver {
  constructor(private readonly mdf: MdfService) {}

  @Query(() => [MdfBudgetView], {
    description:
      'Budgets with their figures (partners: their allocation; channel managers: theirs).',
  })
  @Allow(Permission.MdfRead)
  async mdfBudgets(
    @Ctx() ctx: RequestContext,
    @Args('periodCode', { nullable: true }) periodCode?: string,
  ): Promise<MdfBudgetView[]> {
    const budgets = await this.mdf.budgets(ctx, periodCode);
    const figures = await this.mdf.budgetFigures(ctx, budgets);
    return budgets.map((budget) => ({ budget, ...figures.get(budget.id)! }));
  }

  @Query(() => [MdfAllocationView])
  @Allow(Permission.MdfRead)
  mdfAllocations(
    @Ctx() ctx: RequestContext,
    @Args('budgetId', { type: () => ID }) budgetId: string,
  ): Promise<MdfAllocationView[]> {
    return this.mdf.allocations(ctx, budgetId);
  }

  @Query(() => [MdfRequestView], {
    description: 'Requests newest first (at most 200), with claims, proof and return.',
  })
  @Allow(Permission.MdfRead)
  async mdfRequests(
    @Ctx() ctx: RequestContext,
    @Args('budgetId', { type: () => ID, nullable: true }) budgetId?: string,
    @Args('status', { type: () => MdfRequestStatus, nullable: true }) status?: MdfRequestStatus,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
  ): Promise<MdfRequestView[]> {
    return this.views(ctx, await this.mdf.requests(ctx, { budgetId, status, partnerId }));
  }

  @Query(() => MdfRequestView)
  @Allow(Permission.MdfRead)
  async mdfRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MdfRequestView> {
    return (await this.views(ctx, [await this.mdf.request(ctx, id)]))[0];
  }

  @Mutation(() => MdfBudget)
  @Allow(Permission.MdfManage)
  saveMdfBudget(@Ctx() ctx: RequestContext, @Args('input') input: MdfBudgetInput) {
    return this.mdf.saveBudget(ctx, input);
  }

  @Mutation(() => [MdfAllocationView], {
    description: 'Sets partners’ allocations, by partner or for every partner of a tier.',
  })
  @Allow(Permission.MdfManage)
  async allocateMdf(@Ctx() ctx: RequestContext, @Args('input') input: MdfAllocationsInput) {
    await this.mdf.allocate(ctx, input.budgetId, input.entries);
    return this.mdf.allocations(ctx, input.budgetId);
  }

  @Mutation(() => MdfRequest, { description: 'Requests funds (or resends a returned request).' })
  @Allow(Permission.MdfRequest)
  saveMdfRequest(@Ctx() ctx: RequestContext, @Args('input') input: MdfRequestInput) {
    return this.mdf.saveRequest(ctx, input);
  }

  @Mutation(() => MdfRequest)
  @Allow(Permission.MdfReview)
  decideMdfRequest(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => MdfDecision }) decision: MdfDecision,
    @Args('amount', { nullable: true }) amount?: string,
    @Args('reason', { nullable: true }) reason?: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ) {
    return this.mdf.decideRequest(ctx, id, decision, amount, reason, expectedVersion);
  }

  @Mutation(() => MdfClaim, {
    description: 'Claims an approved request (or resends a returned claim).',
  })
  @Allow(Permission.MdfRequest)
  saveMdfClaim(@Ctx() ctx: RequestContext, @Args('input') input: MdfClaimInput) {
    return this.mdf.saveClaim(ctx, input);
  }

  @Mutation(() => MdfClaim)
  @Allow(Permission.MdfReview)
  decideMdfClaim(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => MdfDecision }) decision: MdfDecision,
    @Args('reason', { nullable: true }) reason?: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ) {
    return this.mdf.decideClaim(ctx, id, decision, reason, expectedVersion);
  }

  @Mutation(() => MdfClaim)
  @Allow(Permission.MdfReview)
  markMdfClaimPaid(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ) {
    return this.mdf.markPaid(ctx, id, expectedVersion);
  }

  /** Requests with partner names, claims, proof files and returns, in a fixed number of queries. */
  private async views(ctx: RequestContext, requests: MdfRequest[]): Promise<MdfRequestView[]> {
    if (requests.length === 0) return [];
    const names = new Map<string, string>(
      (
        (await ctx.em.query(`SELECT id, name FROM partner WHERE id = ANY($1::uuid[])`, [
          [...new Set(requests.map((r) => r.partnerId))],
        ])) as { id: string; name: string }[]
      ).map((p) => [p.id, p.name]),
    );
    const claims = await ctx.em
      .createQueryBuilder(MdfClaim, 'c')
      .where('c.request_id IN (:...ids)', { ids: requests.map((r) => r.id) })
      .orderBy('c.created_at', 'DESC')
      .getMany();
    const files = await this.mdf.claimFiles(
      ctx,
      claims.map((c) => c.id),
    );
    const returns = await this.mdf.returns(ctx, requests);
    return requests.map((request) => ({
      request,
      partnerName: names.get(request.partnerId) ?? '',
      claims: claims
        .filter((c) => c.requestId === request.id)
        .map((claim) => ({ claim, files: files.filter((f) => f.claimId === claim.id) })),
      return: returns.get(request.id) ?? null,
    }));
  }
}
