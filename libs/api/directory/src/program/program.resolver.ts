import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { Allow, Ctx, RequestContext } from '@tandem/api-core';
import { Tier } from './tier.entity';
import { PartnerType } from './partner-type.entity';
import { PartnerTypeInput, TierInput } from './program.inputs';
import { ProgramService } from './program.service';

@Resolver()
export class ProgramResolver {
  constructor(private readonly program: ProgramService) {}

  @Query(() => [Tier], { description: 'The tier ladder, lowest rank first.' })
  @Allow(Permission.Authenticated)
  tiers(@Ctx() ctx: RequestContext) {
    return this.program.tiers(ctx);
  }

  @Query(() => [PartnerType])
  @Allow(Permission.Authenticated)
  partnerTypes(@Ctx() ctx: RequestContext) {
    return this.program.partnerTypes(ctx);
  }

  @Mutation(() => Tier, { description: 'Creates a tier, or updates it when id is given.' })
  @Allow(Permission.ProgramSettingsManage)
  saveTier(@Ctx() ctx: RequestContext, @Args('input') input: TierInput) {
    return this.program.saveTier(ctx, input);
  }

  @Mutation(() => PartnerType, {
    description: 'Creates a partner type, or updates it when id is given.',
  })
  @Allow(Permission.ProgramSettingsManage)
  savePartnerType(@Ctx() ctx: RequestContext, @Args('input') input: PartnerTypeInput) {
    return this.program.savePartnerType(ctx, input);
  }
}
