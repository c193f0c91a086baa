import {
  Args,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { CampaignPhase, Permission, PersonaStatus } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  PageInput,
  Paginated,
  RequestContext,
  countLoader,
  idLoader,
  present,
  toPage,
} from '@tandem/api-core';
import { Persona } from '@tandem/api-personas';
import { Campaign } from './campaign.entity';
import { CampaignFilterInput, CampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { CampaignsService, campaignPhase } from './campaigns.service';

@ObjectType()
export class CampaignPage extends Paginated(Campaign, 'CampaignPage') {}

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @Query(() => CampaignPage)
  @Allow(Permission.CampaignRead)
  campaigns(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: CampaignFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx, filter, toPage(page));
  }

  @Query(() => CampaignPage, {
    description: 'Launched campaigns that are live or upcoming for the caller, soonest first.',
  })
  @Allow(Permission.CampaignRead)
  campaignFeed(@Ctx() ctx: RequestContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.feed(ctx, toPage(page));
  }

  @Query(() => Campaign)
  @Allow(Permission.CampaignRead)
  campaign(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => Campaign, {
    description: 'A draft campaign: the vendor’s, or a partner marketer’s own.',
  })
  @Allow(Permission.CampaignManage)
  createCampaign(@Ctx() ctx: RequestContext, @Args('input') input: CampaignInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Campaign)
  @Allow(Permission.CampaignManage)
  updateCampaign(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCampaignInput) {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Campaign, {
    description: 'Fixes the targeted partners and notifies their marketers and sales reps.',
  })
  @Allow(Permission.CampaignManage)
  launchCampaign(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.launch(ctx, id);
  }

  @Mutation(() => Campaign)
  @Allow(Permission.CampaignManage)
  cancelCampaign(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { defaultValue: '' }) reason: string,
  ) {
    return this.service.cancel(ctx, id, reason);
  }

  @Mutation(() => Campaign, {
    description: '“Seen it”: marks a launched campaign as acknowledged by the caller.',
  })
  @Allow(Permission.CampaignRead)
  acknowledgeCampaign(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.acknowledge(ctx, id);
  }

  @ResolveField(() => CampaignPhase, {
    nullable: true,
    description: 'For launched campaigns: upcoming, live or ended.',
  })
  @Allow(Permission.CampaignRead)
  phase(@Parent() campaign: Campaign) {
    return campaignPhase(campaign, this.service.today());
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may edit, launch or cancel it.' })
  @Allow(Permission.CampaignRead)
  canManage(@Ctx() ctx: RequestContext, @Parent() campaign: Campaign) {
    return (
      ctx.can(Permission.CampaignManage) && (campaign.partnerId ?? null) === (ctx.partnerId ?? null)
    );
  }

  @ResolveField(() => [Persona], { description: 'The campaign’s published personas.' })
  @Allow(Permission.CampaignRead)
  async personas(@Ctx() ctx: RequestContext, @Parent() campaign: Campaign) {
    if (!campaign.personaIds.length) return [];
    const loader = idLoader(ctx, 'campaign.persona', (ids) =>
      ctx.em.find(Persona, { where: { id: In(ids), status: PersonaStatus.PUBLISHED } }),
    );
    return present(await loader.loadMany(campaign.personaIds));
  }

  @ResolveField(() => Boolean)
  @Allow(Permission.CampaignRead)
  acknowledgedByMe(@Ctx() ctx: RequestContext, @Parent() campaign: Campaign) {
    return ctx
      .loader(
        'campaign.ackMine',
        () => new DataLoader<string, boolean>((ids) => this.service.acknowledgedByMe(ctx, ids)),
      )
      .load(campaign.id);
  }

  @ResolveField(() => Int, {
    description: 'Acknowledgements the caller may see (a partner: its own people).',
  })
  @Allow(Permission.CampaignRead)
  acknowledgementCount(@Ctx() ctx: RequestContext, @Parent() campaign: Campaign) {
    return countLoader(ctx, 'campaign.ackCount', (ids) => this.service.ackCounts(ctx, ids)).load(
      campaign.id,
    );
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Partners reached (vendor staff, or the owning partner).',
  })
  @Allow(Permission.CampaignRead)
  targetPartnerCount(@Ctx() ctx: RequestContext, @Parent() campaign: Campaign) {
    if (ctx.partnerId && campaign.partnerId !== ctx.partnerId) return null;
    return countLoader(ctx, 'campaign.targets', (ids) => this.service.targetCounts(ctx, ids)).load(
      campaign.id,
    );
  }
}
