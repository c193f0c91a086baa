import {
  Args,
  Field,
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
import { PartnerSide, Permission, ReasonKind } from '@tandem/shared-domain';
import { Allow, Ctx, PageInput, Paginated, RequestContext, toPage } from '@tandem/api-core';
import { DefinitionAck, FunnelDefinition, ReasonCode } from './definition.entities';
import { FunnelDefinitionInput, ReasonCodeInput } from './definition.types';
import { DefinitionsService, PartnerAgreement } from './definitions.service';

@ObjectType()
export class FunnelDefinitionPage extends Paginated(FunnelDefinition, 'FunnelDefinitionPage') {}

@ObjectType()
export class PartnerAgreementRow implements PartnerAgreement {
  @Field(() => ID)
  partnerId: string;

  @Field()
  partnerName: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Latest version the marketing side acknowledged.',
  })
  marketingVersion: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest version the sales side acknowledged.' })
  salesVersion: number | null;
}

@ObjectType()
export class PartnerAgreementPage extends Paginated(PartnerAgreementRow, 'PartnerAgreementPage') {}

@Resolver(() => FunnelDefinition)
export class DefinitionsResolver {
  constructor(private readonly service: DefinitionsService) {}

  @Query(() => FunnelDefinition, {
    nullable: true,
    description: 'The published funnel definition everyone works to.',
  })
  @Allow(Permission.DefinitionRead)
  funnelDefinition(@Ctx() ctx: RequestContext) {
    return this.service.current(ctx);
  }

  @Query(() => FunnelDefinition, { nullable: true, description: 'The unpublished draft, if any.' })
  @Allow(Permission.DefinitionManage)
  funnelDefinitionDraft(@Ctx() ctx: RequestContext) {
    return this.service.draft(ctx);
  }

  @Query(() => FunnelDefinitionPage, { description: 'Published versions, newest first.' })
  @Allow(Permission.DefinitionRead)
  funnelDefinitionVersions(
    @Ctx() ctx: RequestContext,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.versions(ctx, toPage(page));
  }

  @Query(() => PartnerAgreementPage, {
    description: 'Which version each partner has agreed to (a partner: itself).',
  })
  @Allow(Permission.PartnerRead)
  definitionAgreements(
    @Ctx() ctx: RequestContext,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('missingOnly', { defaultValue: false }) missingOnly?: boolean,
  ) {
    return this.service.agreements(ctx, toPage(page), missingOnly ?? false);
  }

  @Mutation(() => FunnelDefinition, { description: 'Creates or updates the draft definition.' })
  @Allow(Permission.DefinitionManage)
  saveFunnelDefinitionDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: FunnelDefinitionInput,
  ) {
    return this.service.saveDraft(ctx, input);
  }

  @Mutation(() => FunnelDefinition, {
    description: 'Publishes the draft as the next version and asks partners to acknowledge it.',
  })
  @Allow(Permission.DefinitionManage)
  publishFunnelDefinition(
    @Ctx() ctx: RequestContext,
    @Args('changeNote', { defaultValue: '' }) changeNote: string,
  ) {
    return this.service.publish(ctx, changeNote);
  }

  @Mutation(() => [DefinitionAck], {
    description: 'A partner admin agrees to a version for marketing, sales or both.',
  })
  @Allow(Permission.DefinitionAcknowledge)
  acknowledgeFunnelDefinition(
    @Ctx() ctx: RequestContext,
    @Args('definitionId', { type: () => ID }) definitionId: string,
    @Args('sides', { type: () => [PartnerSide] }) sides: PartnerSide[],
  ) {
    return this.service.acknowledge(ctx, definitionId, sides);
  }

  @Query(() => [ReasonCode], {
    description: 'Reasons for rejecting or disqualifying leads and losing deals.',
  })
  @Allow(Permission.DefinitionRead)
  reasonCodes(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => ReasonKind, nullable: true }) kind?: ReasonKind,
    @Args('includeInactive', { defaultValue: false }) includeInactive?: boolean,
  ) {
    return this.service.reasonCodes(ctx, kind ?? undefined, includeInactive ?? false);
  }

  @Mutation(() => ReasonCode)
  @Allow(Permission.DefinitionManage)
  saveReasonCode(@Ctx() ctx: RequestContext, @Args('input') input: ReasonCodeInput) {
    return this.service.saveReasonCode(ctx, input);
  }

  @ResolveField(() => [DefinitionAck], {
    description: 'Acknowledgements of this version the caller may see (a partner: its own).',
  })
  @Allow(Permission.DefinitionRead)
  acknowledgements(@Ctx() ctx: RequestContext, @Parent() definition: FunnelDefinition) {
    return ctx
      .loader(
        'definition.acks',
        () =>
          new DataLoader<string, DefinitionAck[]>(async (ids) => {
            const rows = await this.service.acksFor(ctx, ids);
            return ids.map((id) => rows.filter((r) => r.definitionId === id));
          }),
      )
      .load(definition.id);
  }
}
