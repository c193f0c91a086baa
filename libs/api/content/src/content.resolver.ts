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
import { In } from 'typeorm';
import { DownloadReportGrouping, Permission, PersonaStatus } from '@tandem/shared-domain';
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
import { Tier } from '@tandem/api-directory';
import { ContentAsset, ContentDownload, ContentKit } from './content.entities';
import {
  ContentFilterInput,
  DownloadFilterInput,
  KitInput,
  LinkAssetInput,
  UpdateAssetInput,
} from './content.inputs';
import { ContentService, DownloadReportRow } from './content.service';

@ObjectType()
export class ContentAssetPage extends Paginated(ContentAsset, 'ContentAssetPage') {}

@ObjectType()
export class ContentKitPage extends Paginated(ContentKit, 'ContentKitPage') {}

@ObjectType()
export class ContentDownloadPage extends Paginated(ContentDownload, 'ContentDownloadPage') {}

@ObjectType()
export class DownloadReportRowType implements DownloadReportRow {
  @Field({ description: 'Id of the asset, kit or partner ("vendor" for vendor staff).' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  downloads: number;

  @Field(() => Int)
  uniqueUsers: number;

  @Field(() => Int)
  partners: number;

  @Field()
  lastDownloadAt: Date;
}

@ObjectType()
export class DownloadReportPage extends Paginated(DownloadReportRowType, 'DownloadReportPage') {}

/** Personas the caller may see: managers all, everyone else published ones. */
const personasLoader = (ctx: RequestContext) =>
  idLoader(ctx, 'content.persona', (ids) =>
    ctx.em.find(Persona, {
      where: ctx.can(Permission.PersonaManage)
        ? { id: In(ids) }
        : { id: In(ids), status: PersonaStatus.PUBLISHED },
    }),
  );

@Resolver(() => ContentAsset)
export class ContentAssetsResolver {
  constructor(private readonly content: ContentService) {}

  @Query(() => ContentAssetPage, {
    description: 'Content the caller is entitled to (by tier and publication window).',
  })
  @Allow(Permission.ContentRead)
  contentAssets(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: ContentFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.content.listAssets(ctx, filter, toPage(page));
  }

  @Query(() => ContentAsset)
  @Allow(Permission.ContentRead)
  contentAsset(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.content.getAsset(ctx, id);
  }

  @Mutation(() => ContentAsset, {
    description: 'Adds a link asset. Files are uploaded with POST /api/content/assets.',
  })
  @Allow(Permission.ContentManage)
  createLinkAsset(@Ctx() ctx: RequestContext, @Args('input') input: LinkAssetInput) {
    return this.content.createLink(ctx, input);
  }

  @Mutation(() => ContentAsset)
  @Allow(Permission.ContentManage)
  updateAsset(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAssetInput) {
    return this.content.updateAsset(ctx, input);
  }

  @ResolveField(() => String, {
    description: 'Where to download it (recorded) — the client never sees a storage path.',
  })
  @Allow(Permission.ContentRead)
  downloadPath(@Parent() asset: ContentAsset) {
    return `/api/content/assets/${asset.id}/download`;
  }

  @ResolveField(() => String, { description: 'Where to view it in the browser (not recorded).' })
  @Allow(Permission.ContentRead)
  previewPath(@Parent() asset: ContentAsset) {
    return `/api/content/assets/${asset.id}/preview`;
  }

  @ResolveField(() => [Persona])
  @Allow(Permission.ContentRead)
  async personas(@Ctx() ctx: RequestContext, @Parent() asset: ContentAsset) {
    return asset.personaIds.length
      ? present(await personasLoader(ctx).loadMany(asset.personaIds))
      : [];
  }

  @ResolveField(() => Tier, { nullable: true })
  @Allow(Permission.ContentRead)
  minTier(@Ctx() ctx: RequestContext, @Parent() asset: ContentAsset) {
    if (!asset.minTierId) return null;
    return idLoader(ctx, 'content.tier', (ids) =>
      ctx.em.find(Tier, { where: { id: In(ids) } }),
    ).load(asset.minTierId);
  }

  @ResolveField(() => Int, { description: 'Downloads the caller may see (a partner: its own).' })
  @Allow(Permission.ContentRead)
  downloadCount(@Ctx() ctx: RequestContext, @Parent() asset: ContentAsset) {
    return countLoader(ctx, 'content.assetDownloads', (ids) =>
      this.content.countDownloads(ctx, 'asset_id', ids),
    ).load(asset.id);
  }
}

@Resolver(() => ContentKit)
export class ContentKitsResolver {
  constructor(private readonly content: ContentService) {}

  @Query(() => ContentKitPage)
  @Allow(Permission.ContentRead)
  contentKits(
    @Ctx() ctx: RequestContext,
    @Args('search', { nullable: true }) search?: string,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('personaId', { type: () => ID, nullable: true }) personaId?: string,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string,
  ) {
    return this.content.listKits(ctx, { search, personaId, campaignId }, toPage(page));
  }

  @Query(() => ContentKit)
  @Allow(Permission.ContentRead)
  contentKit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.content.getKit(ctx, id);
  }

  @Mutation(() => ContentKit, { description: 'Creates a kit, or replaces it when id is given.' })
  @Allow(Permission.ContentManage)
  saveKit(@Ctx() ctx: RequestContext, @Args('input') input: KitInput) {
    return this.content.saveKit(ctx, input);
  }

  @Query(() => ContentDownloadPage, {
    description: 'Downloads, newest first; a partner sees its own.',
  })
  @Allow(Permission.ContentRead)
  contentDownloads(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: DownloadFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.content.downloads(ctx, filter, toPage(page));
  }

  @Query(() => DownloadReportPage, {
    description: 'Downloads per asset, kit or partner; a partner sees its own.',
  })
  @Allow(Permission.ContentRead)
  downloadReport(
    @Ctx() ctx: RequestContext,
    @Args('groupBy', { type: () => DownloadReportGrouping }) groupBy: DownloadReportGrouping,
    @Args('filter', { nullable: true }) filter?: DownloadFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.content.report(ctx, groupBy, filter, toPage(page));
  }

  @ResolveField(() => [ContentAsset], {
    description: 'The kit’s assets the caller is entitled to, in order.',
  })
  @Allow(Permission.ContentRead)
  assets(@Ctx() ctx: RequestContext, @Parent() kit: ContentKit) {
    return ctx
      .loader(
        'content.kitAssets',
        () => new DataLoader<string, ContentAsset[]>((ids) => this.content.kitAssets(ctx, ids)),
      )
      .load(kit.id);
  }

  @ResolveField(() => Persona, { nullable: true })
  @Allow(Permission.ContentRead)
  persona(@Ctx() ctx: RequestContext, @Parent() kit: ContentKit) {
    return kit.personaId ? personasLoader(ctx).load(kit.personaId) : null;
  }

  @ResolveField(() => String)
  @Allow(Permission.ContentRead)
  downloadPath(@Parent() kit: ContentKit) {
    return `/api/content/kits/${kit.id}/download`;
  }

  @ResolveField(() => Int, {
    description: 'Kit downloads the caller may see (a partner: its own).',
  })
  @Allow(Permission.ContentRead)
  downloadCount(@Ctx() ctx: RequestContext, @Parent() kit: ContentKit) {
    return countLoader(ctx, 'content.kitDownloads', (ids) =>
      this.content.countDownloads(ctx, 'kit_id', ids),
    ).load(kit.id);
  }
}
