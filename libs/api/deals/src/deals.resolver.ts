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
import { AccountListKind, DealConflictKind, DealStatus, Permission } from '@tandem/shared-domain';
import {
  Allow,
  CsvImportReport,
  Ctx,
  idLoader,
  PageInput,
  Paginated,
  RequestContext,
  toPage,
  CsvImportInput,
} from '@tandem/api-core';
import { directoryLoaders } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import {
  AccountListEntry,
  DealDecision,
  DealEvent,
  DealExtension,
  DealLine,
  DealRegistration,
  DealSettings,
  Product,
} from './deal.entities';
import {
  AccountListEntryInput,
  CloseDealInput,
  DealFilterInput,
  DealInput,
  DealSettingsInput,
  DecideDealInput,
  ExtensionDecisionInput,
  ProductInput,
} from './deal.inputs';
import { DealsService, pad } from './deals.service';
import { CatalogService } from './catalog.service';

@ObjectType()
export class DealPage extends Paginated(DealRegistration, 'DealPage') {}

@ObjectType()
export class AccountListPage extends Paginated(AccountListEntry, 'AccountListPage') {}

/** A conflict with the other side's facts, for the approver only. */
@ObjectType()
export class DealConflictView {
  @Field(() => ID)
  id: string;

  @Field(() => DealConflictKind)
  kind: DealConflictKind;

  @Field(() => Float, { nullable: true })
  similarity: number | null;

  @Field()
  otherPredates: boolean;

  @Field(() => ID, { nullable: true })
  otherDealId: string | null;

  @Field(() => Int, { nullable: true })
  otherNumber: number | null;

  @Field(() => String, { nullable: true })
  otherCompany: string | null;

  @Field(() => String, { nullable: true })
  otherDomain: string | null;

  @Field(() => DealStatus, { nullable: true })
  otherStatus: DealStatus | null;

  @Field(() => Date, { nullable: true })
  otherSubmittedAt: Date | null;

  @Field(() => String, { nullable: true })
  otherLastMeetingOn: string | null;

  @Field(() => String, { nullable: true })
  otherNotes: string | null;

  @Field(() => String, { nullable: true })
  otherAmount: string | null;

  @Field(() => String, { nullable: true })
  otherCurrency: string | null;

  @Field(() => String, { nullable: true })
  otherPartnerName: string | null;

  @Field(() => String, { nullable: true, description: 'The vendor’s own account that matched.' })
  accountName: string | null;

  @Field(() => String, { nullable: true })
  accountDomain: string | null;

  @Field(() => AccountListKind, { nullable: true })
  accountKind: AccountListKind | null;
}

const reasonLoader = (ctx: RequestContext) =>
  idLoader(ctx, 'deal.reason', (ids) => ctx.em.find(ReasonCode, { where: { id: In(ids) } }));

@Resolver(() => DealRegistration)
export class DealsResolver {
  constructor(private readonly deals: DealsService) {}

  @Query(() => DealPage, { description: 'Registrations the caller may see.' })
  @Allow(Permission.DealRead)
  dealRegistrations(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: DealFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.deals.list(ctx, filter, toPage(page));
  }

  @Query(() => DealRegistration)
  @Allow(Permission.DealRead)
  dealRegistration(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.deals.get(ctx, id);
  }

  @Query(() => Boolean, {
    description:
      'Is this account already engaged (an active registration, or a vendor customer or direct deal)? Yes or no, never who.',
  })
  @Allow(Permission.DealRegister)
  dealAccountEngaged(
    @Ctx() ctx: RequestContext,
    @Args('website') website: string,
    @Args('companyName', { nullable: true }) companyName?: string,
    @Args('country', { nullable: true }) country?: string,
  ) {
    return this.deals.engaged(ctx, website, companyName, country);
  }

  @Query(() => DealSettings)
  @Allow(Permission.DealRead, Permission.DealManage)
  dealSettings(@Ctx() ctx: RequestContext) {
    return this.deals.settings(ctx.em);
  }

  @Mutation(() => DealRegistration, { description: 'Creates or updates a draft.' })
  @Allow(Permission.DealRegister)
  saveDealDraft(@Ctx() ctx: RequestContext, @Args('input') input: DealInput) {
    return this.deals.saveDraft(ctx, input);
  }

  @Mutation(() => DealRegistration, {
    description:
      'Registers and submits in one step. The same idempotency key twice gives the same registration.',
  })
  @Allow(Permission.DealRegister)
  registerDeal(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DealInput,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ) {
    return this.deals.register(ctx, input, idempotencyKey?.slice(0, 100) ?? null);
  }

  @Mutation(() => DealRegistration)
  @Allow(Permission.DealRegister)
  submitDeal(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.deals.submit(ctx, id);
  }

  @Mutation(() => DealRegistration, { description: 'Approve, reject or mark duplicate.' })
  @Allow(Permission.DealDecide)
  decideDeal(@Ctx() ctx: RequestContext, @Args('input') input: DecideDealInput) {
    return this.deals.decide(ctx, input);
  }

  @Mutation(() => DealRegistration)
  @Allow(Permission.DealRegister)
  withdrawDeal(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.deals.withdraw(ctx, id, reason);
  }

  @Mutation(() => DealRegistration, {
    description: 'Closes an approved registration as won or lost.',
  })
  @Allow(Permission.DealRegister)
  closeDeal(@Ctx() ctx: RequestContext, @Args('input') input: CloseDealInput) {
    return this.deals.close(ctx, input);
  }

  @Mutation(() => DealExtension)
  @Allow(Permission.DealRegister)
  requestDealExtension(
    @Ctx() ctx: RequestContext,
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('reason') reason: string,
  ) {
    return this.deals.requestExtension(ctx, dealId, reason);
  }

  @Mutation(() => DealExtension)
  @Allow(Permission.DealDecide)
  decideDealExtension(@Ctx() ctx: RequestContext, @Args('input') input: ExtensionDecisionInput) {
    return this.deals.decideExtension(ctx, input);
  }

  @Mutation(() => DealSettings)
  @Allow(Permission.DealManage)
  saveDealSettings(@Ctx() ctx: RequestContext, @Args('input') input: DealSettingsInput) {
    return this.deals.saveSettings(ctx, input);
  }

  @ResolveField(() => String, { description: 'DR-000123' })
  @Allow(Permission.DealRead)
  reference(@Parent() deal: DealRegistration) {
    return `DR-${pad(deal.number)}`;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.DealRead)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return (await directoryLoaders.partner(ctx).load(deal.partnerId))?.name ?? null;
  }

  @ResolveField(() => [DealLine])
  @Allow(Permission.DealRead)
  lines(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return ctx
      .loader(
        'deal.lines',
        () =>
          new DataLoader<string, DealLine[]>(async (ids) => {
            const rows = await this.deals.linesOf(ctx, ids);
            return ids.map((id) => rows.filter((r) => r.dealId === id));
          }),
      )
      .load(deal.id);
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.DealRead)
  async reasonLabel(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return deal.reasonCodeId
      ? ((await reasonLoader(ctx).load(deal.reasonCodeId))?.label ?? null)
      : null;
  }

  @ResolveField(() => [DealEvent], {
    description: 'Every transition with its reason, oldest first.',
  })
  @Allow(Permission.DealRead)
  timeline(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return this.deals.eventsOf(ctx, deal.id);
  }

  @ResolveField(() => [DealDecision], {
    description:
      'Decision records with the rule applied (vendor staff; partners read the redacted reason in the timeline).',
  })
  @Allow(Permission.DealRead)
  decisions(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    if (!ctx.isVendor) return [];
    return this.deals.decisionsOf(ctx, deal.id);
  }

  @ResolveField(() => [DealExtension])
  @Allow(Permission.DealRead)
  extensions(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return this.deals.extensionsOf(ctx, deal.id);
  }

  @ResolveField(() => [DealConflictView], {
    description: 'Conflicting registrations and accounts side by side (approvers only).',
  })
  @Allow(Permission.DealDecide)
  conflicts(@Ctx() ctx: RequestContext, @Parent() deal: DealRegistration) {
    return this.deals.conflictsOf(ctx, deal.id);
  }
}

@Resolver(() => DealLine)
export class DealLineResolver {
  @ResolveField(() => Product, { nullable: true })
  @Allow(Permission.DealRead)
  product(@Ctx() ctx: RequestContext, @Parent() line: DealLine) {
    return idLoader(ctx, 'deal.product', (ids) =>
      ctx.em.find(Product, { where: { id: In(ids) } }),
    ).load(line.productId);
  }
}

@Resolver(() => DealEvent)
export class DealEventResolver {
  @ResolveField(() => String, { nullable: true })
  @Allow(Permission.DealRead)
  async reasonLabel(@Ctx() ctx: RequestContext, @Parent() e: DealEvent) {
    return e.reasonCodeId ? ((await reasonLoader(ctx).load(e.reasonCodeId))?.label ?? null) : null;
  }
}

@Resolver(() => Product)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [Product], { description: 'Products partners can register (vendor admins: all).' })
  @Allow(Permission.DealRead, Permission.DealManage)
  products(
    @Ctx() ctx: RequestContext,
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ) {
    return this.catalog.products(ctx, includeInactive && ctx.can(Permission.DealManage));
  }

  @Mutation(() => Product)
  @Allow(Permission.DealManage)
  saveProduct(@Ctx() ctx: RequestContext, @Args('input') input: ProductInput) {
    return this.catalog.saveProduct(ctx, input);
  }

  @Mutation(() => CsvImportReport, {
    description:
      'sku,name,list_price[,active], matched by SKU; preview: true checks and writes nothing; rows with errors are reported, not written.',
  })
  @Allow(Permission.DealManage)
  importProducts(@Ctx() ctx: RequestContext, @Args('input') input: CsvImportInput) {
    return this.catalog.importProducts(ctx, input.csv, input.preview);
  }

  @Query(() => AccountListPage, {
    description: 'The vendor’s existing customers and direct deals.',
  })
  @Allow(Permission.DealManage)
  accountList(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => AccountListKind, nullable: true }) kind?: AccountListKind,
    @Args('search', { nullable: true }) search?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.catalog.accounts(ctx, kind, search, toPage(page));
  }

  @Mutation(() => AccountListEntry)
  @Allow(Permission.DealManage)
  saveAccountListEntry(@Ctx() ctx: RequestContext, @Args('input') input: AccountListEntryInput) {
    return this.catalog.saveAccount(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.DealManage)
  deleteAccountListEntry(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.catalog.deleteAccount(ctx, id);
  }

  @Mutation(() => CsvImportReport, {
    description:
      'company_name,website,country, matched by domain (or name + country); preview: true checks and writes nothing; rows with errors are reported, not written.',
  })
  @Allow(Permission.DealManage)
  importAccountList(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => AccountListKind }) kind: AccountListKind,
    @Args('input') input: CsvImportInput,
  ) {
    return this.catalog.importAccounts(ctx, kind, input.csv, input.preview);
  }
}
