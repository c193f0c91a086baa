import {
  Args,
  Field,
  Float,
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
import { PersonaStatus, Permission, Role } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  idLoader,
  PageInput,
  Paginated,
  RequestContext,
  toPage,
  ValidationError,
  assertPartnerInScope,
  ForbiddenError,
} from '@tandem/api-core';
import { directoryLoaders } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';
import { Campaign } from '@tandem/api-campaigns';
import { ReasonCode } from '@tandem/api-definitions';
import {
  Lead,
  LeadOffer,
  LeadSlaEvent,
  LeadStageEvent,
  RoutingExplanation,
  RoutingRule,
  SlaPolicy,
} from './lead.entities';
import {
  AssignLeadInput,
  CreateLeadInput,
  ImportLeadsInput,
  LeadFilterInput,
  MoveLeadStageInput,
  RejectOfferInput,
  RoutingRuleInput,
  SlaPolicyInput,
  UpdateLeadInput,
} from './lead.inputs';
import { LeadsService } from './leads.service';
import { LeadImportReport, LeadImportService } from './lead-import.service';
import { RoutingConfigService } from './routing-config.service';
import { SlaComplianceService } from './sla-compliance.service';

@ObjectType()
export class LeadPage extends Paginated(Lead, 'LeadPage') {}

@ObjectType()
export class LeadAssignee {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Offers waiting for this rep now.' })
  openOffers: number;
}

@ObjectType()
export class SlaComplianceRow {
  @Field(() => ID, { nullable: true, description: 'The rep (null: the partner as a whole).' })
  userId: string | null;

  @Field()
  label: string;

  @Field(() => Int)
  offersDue: number;

  @Field(() => Int)
  answeredInTime: number;

  @Field(() => Int)
  acceptedInTime: number;

  @Field(() => Int)
  contactsDue: number;

  @Field(() => Int)
  contactedInTime: number;

  @Field(() => Float, { nullable: true, description: 'Accepted in time / offers due.' })
  acceptCompliance: number | null;

  @Field(() => Float, { nullable: true, description: 'Contacted in time / contacts due.' })
  contactCompliance: number | null;

  @Field(() => Float, { nullable: true, description: 'Average business-agnostic hours to accept.' })
  averageHoursToAccept: number | null;
}

const reasonLoader = (ctx: RequestContext) =>
  idLoader(ctx, 'lead.reason', (ids) => ctx.em.find(ReasonCode, { where: { id: In(ids) } }));

const LEAD_WRITERS = [Permission.LeadCreate, Permission.LeadWork, Permission.LeadAssign];

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly imports: LeadImportService,
    private readonly sla: SlaComplianceService,
  ) {}

  @Query(() => LeadPage, { description: 'Leads the caller may see, by view (inbox, pool, …).' })
  @Allow(Permission.LeadRead)
  leads(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: LeadFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx, filter, toPage(page));
  }

  @Query(() => Lead)
  @Allow(Permission.LeadRead)
  lead(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => Lead, {
    nullable: true,
    description:
      "A lead of the caller's own (or their partner's; the vendor's for vendor staff) by the id another system gave it.",
  })
  @Allow(Permission.LeadRead)
  leadByExternalId(@Ctx() ctx: RequestContext, @Args('externalId') externalId: string) {
    return this.service.findByExternalId(ctx, externalId);
  }

  @Query(() => [LeadAssignee], {
    description: 'Active sales reps a lead can go to (vendor staff: of the given partner).',
  })
  @Allow(Permission.LeadAssign)
  async leadAssignees(
    @Ctx() ctx: RequestContext,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
  ): Promise<LeadAssignee[]> {
    const pid = ctx.partnerId ?? partnerId;
    if (!pid) throw ValidationError.field('partnerId', 'Choose a partner.');
    await assertPartnerInScope(ctx, pid);
    return ctx.em.query(
      `SELECT u.id, u.name, (SELECT count(*)::int FROM lead_offer o
                             WHERE o.user_id = u.id AND o.status = 'PENDING') AS "openOffers"
       FROM app_user u WHERE u.partner_id = $1 AND u.status = 'ACTIVE' AND u.role = $2
       ORDER BY u.name LIMIT 100`,
      [pid, Role.PARTNER_SALES_REP],
    );
  }

  @Query(() => [SlaComplianceRow], {
    description:
      'SLA compliance of a partner and each of its reps over a period (a partner: its own).',
  })
  @Allow(Permission.LeadRead)
  leadSlaCompliance(
    @Ctx() ctx: RequestContext,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId: string | undefined,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ) {
    return this.sla.compliance(ctx, partnerId ?? null, from, to);
  }

  @Mutation(() => Lead)
  @Allow(Permission.LeadCreate)
  createLead(@Ctx() ctx: RequestContext, @Args('input') input: CreateLeadInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Lead)
  @Allow(...LEAD_WRITERS)
  updateLead(@Ctx() ctx: RequestContext, @Args('input') input: UpdateLeadInput) {
    return this.service.update(ctx, input);
  }

  @Mutation(() => LeadImportReport, { description: 'Checks a CSV file; writes nothing.' })
  @Allow(Permission.LeadImport)
  previewLeadImport(@Ctx() ctx: RequestContext, @Args('input') input: ImportLeadsInput) {
    return this.imports.run(ctx, input.csv, true);
  }

  @Mutation(() => LeadImportReport, {
    description: 'Imports the valid rows of a CSV file; invalid rows are reported, not written.',
  })
  @Allow(Permission.LeadImport)
  importLeads(@Ctx() ctx: RequestContext, @Args('input') input: ImportLeadsInput) {
    return this.imports.run(ctx, input.csv, false);
  }

  @Mutation(() => Lead, { description: 'Accepts the offer of a lead (it becomes an SQL).' })
  @Allow(Permission.LeadWork)
  acceptLeadOffer(@Ctx() ctx: RequestContext, @Args('leadId', { type: () => ID }) leadId: string) {
    return this.service.accept(ctx, leadId);
  }

  @Mutation(() => Boolean, {
    description: 'Rejects an offer with a reason; a vendor lead goes back to routing.',
  })
  @Allow(Permission.LeadWork)
  rejectLeadOffer(@Ctx() ctx: RequestContext, @Args('input') input: RejectOfferInput) {
    return this.service.reject(ctx, input);
  }

  @Mutation(() => Lead, { description: 'Records the first contact with an accepted lead.' })
  @Allow(Permission.LeadWork)
  markLeadContacted(
    @Ctx() ctx: RequestContext,
    @Args('leadId', { type: () => ID }) leadId: string,
  ) {
    return this.service.markContacted(ctx, leadId);
  }

  @Mutation(() => Lead, { description: 'Converts, wins, loses, disqualifies or recycles a lead.' })
  @Allow(Permission.LeadWork, Permission.LeadAssign)
  moveLeadStage(@Ctx() ctx: RequestContext, @Args('input') input: MoveLeadStageInput) {
    return this.service.moveStage(ctx, input);
  }

  @Mutation(() => Lead, {
    description: 'Hands a lead to another partner (vendor staff) or rep (partner staff).',
  })
  @Allow(Permission.LeadAssign)
  assignLead(@Ctx() ctx: RequestContext, @Args('input') input: AssignLeadInput) {
    return this.service.assign(ctx, input);
  }

  @Mutation(() => Lead, {
    description: 'Runs routing now for a vendor lead in the pool or the manual queue.',
  })
  @Allow(Permission.LeadAssign)
  routeLead(@Ctx() ctx: RequestContext, @Args('leadId', { type: () => ID }) leadId: string) {
    return this.service.routeNow(ctx, leadId);
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    if (!lead.partnerId) return null;
    return (await directoryLoaders.partner(ctx).load(lead.partnerId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async assignedUserName(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    if (!lead.assignedUserId) return null;
    return (await directoryLoaders.user(ctx).load(lead.assignedUserId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async personaName(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    if (!lead.personaId) return null;
    const p = await idLoader(ctx, 'lead.persona', (ids) =>
      ctx.em.find(Persona, { where: { id: In(ids), status: PersonaStatus.PUBLISHED } }),
    ).load(lead.personaId);
    return p?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async campaignName(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    if (!lead.campaignId) return null;
    const c = await idLoader(ctx, 'lead.campaign', (ids) =>
      ctx.em.find(Campaign, { where: { id: In(ids) } }),
    ).load(lead.campaignId);
    return c?.name ?? null;
  }

  @ResolveField(() => LeadOffer, {
    nullable: true,
    description: 'The pending offer, or the accepted one (a partner: only its own).',
  })
  @Allow(Permission.LeadRead)
  currentOffer(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    return this.service.offerLoader(ctx).load(lead.id);
  }

  @ResolveField(() => [LeadStageEvent], { description: 'Every stage entry, oldest first.' })
  @Allow(Permission.LeadRead)
  stageHistory(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    return ctx
      .loader(
        'lead.history',
        () =>
          new DataLoader<string, LeadStageEvent[]>(async (ids) => {
            const rows = await ctx.em
              .createQueryBuilder(LeadStageEvent, 'e')
              .where('e.lead_id IN (:...ids)', { ids })
              .orderBy('e.seq', 'ASC')
              .getMany();
            return ids.map((id) => rows.filter((r) => r.leadId === id));
          }),
      )
      .load(lead.id);
  }

  @ResolveField(() => [LeadOffer], {
    description: 'Hand-offs of this lead, newest first (a partner: only its own).',
  })
  @Allow(Permission.LeadRead)
  offers(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    return this.service.offersOf(ctx, lead.id);
  }

  @ResolveField(() => [LeadSlaEvent], { description: 'Reminders and missed deadlines.' })
  @Allow(Permission.LeadRead)
  slaEvents(@Ctx() ctx: RequestContext, @Parent() lead: Lead) {
    return ctx.em.find(LeadSlaEvent, {
      where: ctx.partnerId ? { leadId: lead.id, partnerId: ctx.partnerId } : { leadId: lead.id },
      order: { occurredAt: 'ASC' },
    });
  }
}

@Resolver(() => LeadStageEvent)
export class LeadStageEventResolver {
  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async reasonLabel(@Ctx() ctx: RequestContext, @Parent() e: LeadStageEvent) {
    return e.reasonCodeId ? ((await reasonLoader(ctx).load(e.reasonCodeId))?.label ?? null) : null;
  }
}

@Resolver(() => LeadOffer)
export class LeadOfferResolver {
  @ResolveField(() => RoutingExplanation, {
    nullable: true,
    description:
      'Why this partner got the offer. A partner sees only its own line: never the other candidates.',
  })
  @Allow(Permission.LeadRead)
  routing(@Ctx() ctx: RequestContext, @Parent() o: LeadOffer): RoutingExplanation | null {
    if (!o.routing || !ctx.partnerId) return o.routing;
    return {
      ...o.routing,
      excludedPartnerIds: [],
      candidates: o.routing.candidates.filter((c) => c.partnerId === ctx.partnerId),
    };
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async reasonLabel(@Ctx() ctx: RequestContext, @Parent() o: LeadOffer) {
    return o.reasonCodeId ? ((await reasonLoader(ctx).load(o.reasonCodeId))?.label ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() o: LeadOffer) {
    return (await directoryLoaders.partner(ctx).load(o.partnerId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.LeadRead)
  async userName(@Ctx() ctx: RequestContext, @Parent() o: LeadOffer) {
    return o.userId ? ((await directoryLoaders.user(ctx).load(o.userId))?.name ?? null) : null;
  }
}

@Resolver(() => RoutingRule)
export class RoutingConfigResolver {
  constructor(private readonly config: RoutingConfigService) {}

  @Query(() => [RoutingRule], { description: 'Routing rules in the order they apply.' })
  @Allow(Permission.RoutingManage, Permission.LeadAssign)
  routingRules(@Ctx() ctx: RequestContext) {
    if (!ctx.isVendor) throw new ForbiddenError();
    return this.config.rules(ctx);
  }

  @Mutation(() => RoutingRule)
  @Allow(Permission.RoutingManage)
  saveRoutingRule(@Ctx() ctx: RequestContext, @Args('input') input: RoutingRuleInput) {
    return this.config.saveRule(ctx, input);
  }

  @Mutation(() => [RoutingRule], { description: 'Sets the order rules apply in.' })
  @Allow(Permission.RoutingManage)
  reorderRoutingRules(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ) {
    return this.config.reorderRules(ctx, ids);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.RoutingManage)
  deleteRoutingRule(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.config.deleteRule(ctx, id);
  }

  @Query(() => [SlaPolicy], { description: 'SLA policies by tier and priority.' })
  @Allow(Permission.RoutingManage, Permission.LeadAssign)
  slaPolicies(@Ctx() ctx: RequestContext) {
    if (!ctx.isVendor) throw new ForbiddenError();
    return this.config.policies(ctx);
  }

  @Mutation(() => SlaPolicy)
  @Allow(Permission.RoutingManage)
  saveSlaPolicy(@Ctx() ctx: RequestContext, @Args('input') input: SlaPolicyInput) {
    return this.config.savePolicy(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.RoutingManage)
  deleteSlaPolicy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.config.deletePolicy(ctx, id);
  }
}
