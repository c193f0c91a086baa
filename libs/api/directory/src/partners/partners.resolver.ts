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
import { PartnerStatus, Permission } from '@tandem/shared-domain';
import {
  Allow,
  CsvImportInput,
  CsvImportReport,
  Ctx,
  PageInput,
  Paginated,
  RequestContext,
  toPage,
} from '@tandem/api-core';
import { Partner } from './partner.entity';
import {
  CreatePartnerInput,
  PartnerFilterInput,
  PartnerSort,
  UpdateMyPartnerProfileInput,
  UpdatePartnerInput,
} from './partner.inputs';
import { PartnersService } from './partners.service';
import { PartnerImportService } from './partner-import.service';
import { countryName } from './partner-rules';
import { Tier } from '../program/tier.entity';
import { PartnerType } from '../program/partner-type.entity';
import { User } from '../users/user.entity';
import { directoryLoaders } from '../directory.loaders';

@ObjectType()
export class PartnerPage extends Paginated(Partner, 'PartnerPage') {}

@Resolver(() => Partner)
export class PartnersResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly imports: PartnerImportService,
  ) {}

  @Query(() => PartnerPage, {
    description: 'The partner directory, limited to the partners the caller may see.',
  })
  @Allow(Permission.PartnerRead)
  partners(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: PartnerFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('sort', { type: () => PartnerSort, nullable: true }) sort?: PartnerSort,
  ) {
    return this.service.list(ctx, filter, toPage(page), sort ?? undefined);
  }

  @Query(() => Partner)
  @Allow(Permission.PartnerRead)
  partner(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => CsvImportReport, {
    description:
      'Imports partners from CSV (preview: true checks and writes nothing). A row matches a partner by name, case-insensitive, else by a website domain; matches are updated with the non-blank cells.',
  })
  @Allow(Permission.PartnerCreate)
  importPartners(@Ctx() ctx: RequestContext, @Args('input') input: CsvImportInput) {
    return this.imports.run(ctx, input.csv, input.preview);
  }

  @Mutation(() => Partner)
  @Allow(Permission.PartnerCreate)
  createPartner(@Ctx() ctx: RequestContext, @Args('input') input: CreatePartnerInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Partner)
  @Allow(Permission.PartnerUpdate)
  updatePartner(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePartnerInput) {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Partner, {
    description: 'A partner admin edits their own organisation’s profile.',
  })
  @Allow(Permission.PartnerUpdateOwnProfile)
  updateMyPartnerProfile(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMyPartnerProfileInput,
  ) {
    return this.service.updateOwnProfile(ctx, input);
  }

  @Mutation(() => Partner, {
    description: 'Suspending cuts the partner’s users off on their next request.',
  })
  @Allow(Permission.PartnerSetStatus)
  setPartnerStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => PartnerStatus }) status: PartnerStatus,
    @Args('reason', { defaultValue: '' }) reason: string,
  ) {
    return this.service.setStatus(ctx, id, status, reason);
  }

  @ResolveField(() => Tier)
  @Allow(Permission.PartnerRead)
  tier(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return directoryLoaders.tier(ctx).load(partner.tierId);
  }

  @ResolveField(() => PartnerType)
  @Allow(Permission.PartnerRead)
  type(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return directoryLoaders.partnerType(ctx).load(partner.typeId);
  }

  @ResolveField(() => User, { nullable: true })
  @Allow(Permission.PartnerRead)
  channelManager(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return partner.channelManagerId
      ? directoryLoaders.user(ctx).load(partner.channelManagerId)
      : null;
  }

  @ResolveField(() => Int, { description: 'Users who are active or invited.' })
  @Allow(Permission.PartnerRead)
  userCount(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return directoryLoaders.activeUserCount(ctx).load(partner.id);
  }

  @ResolveField(() => String)
  @Allow(Permission.PartnerRead)
  countryName(@Parent() partner: Partner) {
    return countryName(partner.country);
  }
}
