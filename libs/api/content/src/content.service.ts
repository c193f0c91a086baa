import { Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import { AssetKind, DownloadReportGrouping, Permission } from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  paginated,
  countsById,
  scopeToPartners,
  pageOf,
} from '@tandem/api-core';
import { ContentAsset, ContentDownload, ContentKit, ContentKitItem } from './content.entities';
import {
  AssetInput,
  ContentFilterInput,
  DownloadFilterInput,
  KitInput,
  LinkAssetInput,
  UpdateAssetInput,
} from './content.inputs';

export interface NewFileAsset extends AssetInput {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  cobranded: boolean;
}

export interface DownloadReportRow {
  key: string;
  label: string;
  downloads: number;
  uniqueUsers: number;
  partners: number;
  lastDownloadAt: Date;
}

@Injectable()
export class ContentService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The tier rank of the caller's partner (once per request); null for vendor staff. */
  private myRank(ctx: RequestContext): Promise<number | null> {
    const partnerId = ctx.partnerId;
    if (!partnerId) return Promise.resolve(null);
    return ctx.memo('content.rank', async () => {
      const rows: { rank: number }[] = await ctx.em.query(
        'SELECT t.rank FROM partner p JOIN tier t ON t.id = p.tier_id WHERE p.id = $1',
        [partnerId],
      );
      return rows[0]?.rank ?? -1;
    });
  }

  /**
   * The SQL condition for assets the caller is entitled to: content managers see everything;
   * everyone else only what is published, not expired, and not above their partner's tier.
   */
  async entitlement(
    ctx: RequestContext,
    alias: string,
  ): Promise<{ sql: string; params: Record<string, unknown> }> {
    if (ctx.can(Permission.ContentManage)) return { sql: 'TRUE', params: {} };
    const rank = await this.myRank(ctx);
    const window = `${alias}.publish_at IS NOT NULL AND ${alias}.publish_at <= :entNow AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > :entNow)`;
    const tier = `(${alias}.min_tier_id IS NULL OR (SELECT mt.rank FROM tier mt WHERE mt.id = ${alias}.min_tier_id) <= :entRank)`;
    return {
      sql: rank === null ? `(${window})` : `(${window} AND ${tier})`,
      params: { entNow: this.clock.now(), entRank: rank ?? 0 },
    };
  }

  async entitled(ctx: RequestContext): Promise<SelectQueryBuilder<ContentAsset>> {
    const { sql, params } = await this.entitlement(ctx, 'a');
    return ctx.em.createQueryBuilder(ContentAsset, 'a').where(sql, params);
  }

  async listAssets(
    ctx: RequestContext,
    filter: ContentFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<ContentAsset>> {
    const qb = await this.entitled(ctx);
    const search = filter?.search?.trim();
    if (search) {
      qb.andWhere('(a.title ILIKE :like OR a.description ILIKE :like)', {
        like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter?.types?.length) qb.andWhere('a.type IN (:...types)', { types: filter.types });
    if (filter?.kinds?.length) qb.andWhere('a.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.stages?.length)
      qb.andWhere('a.funnel_stage IN (:...stages)', { stages: filter.stages });
    if (filter?.personaIds?.length)
      qb.andWhere('a.persona_ids && :personaIds::uuid[]', { personaIds: filter.personaIds });
    qb.orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    return pageOf(qb, page);
  }

  async getAsset(ctx: RequestContext, id: string, withStorageKey = false): Promise<ContentAsset> {
    const qb = (await this.entitled(ctx)).andWhere('a.id = :id', { id });
    if (withStorageKey) qb.addSelect('a.storageKey');
    const asset = await qb.getOne();
    if (!asset) throw new NotFoundError('Content');
    return asset;
  }

  async createLink(ctx: RequestContext, input: LinkAssetInput): Promise<ContentAsset> {
    const values = await this.validated(ctx, input);
    const asset = await ctx.em.save(
      ctx.em.create(ContentAsset, {
        ...values,
        kind: AssetKind.LINK,
        url: input.url,
        createdByLabel: ctx.user.name,
      }),
    );
    await this.audit.record(ctx, {
      action: 'content.link-created',
      entityType: 'ContentAsset',
      entityId: asset.id,
      after: asset,
    });
    return asset;
  }

  /** Called by the upload route once the file is safely on disk; the caller moves it into place. */
  async createFile(ctx: RequestContext, id: string, input: NewFileAsset): Promise<ContentAsset> {
    const values = await this.validated(ctx, input);
    await ctx.em.insert(ContentAsset, {
      ...values,
      id,
      kind: AssetKind.FILE,
      storageKey: id,
      fileName: input.fileName,
      mimeType: input.mimeType,
      sizeBytes: input.sizeBytes,
      cobranded: input.cobranded,
      createdByLabel: ctx.user.name,
    });
    await this.audit.record(ctx, {
      action: 'content.file-uploaded',
      entityType: 'ContentAsset',
      entityId: id,
      after: { ...values, fileName: input.fileName, sizeBytes: input.sizeBytes },
    });
    return this.getAsset(ctx, id);
  }

  async updateAsset(ctx: RequestContext, input: UpdateAssetInput): Promise<ContentAsset> {
    const asset = await ctx.em.findOne(ContentAsset, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!asset) throw new NotFoundError('Content');
    if (asset.version !== input.version) {
      throw new ConflictError(
        'Someone else changed this content while you were editing. Reload to see their changes.',
      );
    }
    if (input.url !== undefined && asset.kind !== AssetKind.LINK)
      throw ValidationError.field('url', 'Only links have a URL.');
    const values = await this.validated(ctx, input);
    const before = { ...asset };
    Object.assign(asset, values, input.url !== undefined ? { url: input.url } : {});
    const saved = await ctx.em.save(asset);
    await this.audit.record(ctx, {
      action: 'content.updated',
      entityType: 'ContentAsset',
      entityId: asset.id,
      before,
      after: saved,
    });
    return saved;
  }

  private async validated(ctx: RequestContext, input: AssetInput) {
    const errors: FieldError[] = [];
    if (input.publishAt && input.expiresAt && input.expiresAt <= input.publishAt) {
      errors.push({ field: 'expiresAt', message: 'Content must expire after it is published.' });
    }
    if (
      input.minTierId &&
      !(await ctx.em.query('SELECT 1 FROM tier WHERE id = $1', [input.minTierId])).length
    ) {
      errors.push({ field: 'minTierId', message: 'That tier does not exist.' });
    }
    const personaIds = [...new Set(input.personaIds ?? [])];
    if (personaIds.length) {
      const found: unknown[] = await ctx.em.query('SELECT id FROM persona WHERE id = ANY($1)', [
        personaIds,
      ]);
      if (found.length !== personaIds.length)
        errors.push({ field: 'personaIds', message: 'Choose personas from the list.' });
    }
    if (errors.length) throw new ValidationError(errors);
    return {
      title: input.title.trim(),
      description: (input.description ?? '').trim(),
      type: input.type,
      personaIds,
      funnelStage: input.funnelStage ?? null,
      minTierId: input.minTierId ?? null,
      publishAt: input.publishAt ?? null,
      expiresAt: input.expiresAt ?? null,
    };
  }

  // ---- kits

  async listKits(
    ctx: RequestContext,
    filter: { search?: string | null; personaId?: string | null; campaignId?: string | null },
    page: Page,
  ): Promise<PaginatedResult<ContentKit>> {
    const search = filter.search ?? undefined;
    const qb = ctx.em.createQueryBuilder(ContentKit, 'k');
    if (!ctx.can(Permission.ContentManage)) {
      // A kit is shown when at least one of its assets is meant for the caller.
      const { sql, params } = await this.entitlement(ctx, 'ka');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM content_kit_item ki JOIN content_asset ka ON ka.id = ki.asset_id WHERE ki.kit_id = k.id AND ${sql})`,
        params,
      );
    }
    if (filter.personaId) qb.andWhere('k.persona_id = :personaId', { personaId: filter.personaId });
    if (filter.campaignId)
      qb.andWhere('k.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (search?.trim())
      qb.andWhere('k.name ILIKE :like', {
        like: `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    qb.orderBy('k.name', 'ASC').addOrderBy('k.id', 'ASC').offset(page.offset).limit(page.limit);
    return pageOf(qb, page);
  }

  async getKit(ctx: RequestContext, id: string): Promise<ContentKit> {
    const kit = await ctx.em.findOne(ContentKit, { where: { id } });
    if (!kit) throw new NotFoundError('Kit');
    if (!ctx.can(Permission.ContentManage) && (await this.kitAssets(ctx, [id]))[0]?.length === 0)
      throw new NotFoundError('Kit');
    return kit;
  }

  /** The assets of each kit the caller is entitled to, in kit order. */
  async kitAssets(ctx: RequestContext, kitIds: readonly string[]): Promise<ContentAsset[][]> {
    const items = await ctx.em.find(ContentKitItem, {
      where: { kitId: In([...kitIds]) },
      order: { position: 'ASC' },
    });
    const assetIds = [...new Set(items.map((i) => i.assetId))];
    const assets = assetIds.length
      ? await (
          await this.entitled(ctx)
        )
          .andWhere('a.id IN (:...assetIds)', { assetIds })
          .addSelect('a.storageKey')
          .getMany()
      : [];
    const byId = new Map(assets.map((a) => [a.id, a]));
    return kitIds.map((kitId) =>
      items
        .filter((i) => i.kitId === kitId)
        .map((i) => byId.get(i.assetId))
        .filter((a): a is ContentAsset => Boolean(a)),
    );
  }

  async saveKit(ctx: RequestContext, input: KitInput): Promise<ContentKit> {
    const errors: FieldError[] = [];
    const assetIds = [...new Set(input.assetIds)];
    if (!assetIds.length) errors.push({ field: 'assetIds', message: 'Add at least one asset.' });
    else if (
      (await ctx.em.count(ContentAsset, { where: { id: In(assetIds) } })) !== assetIds.length
    ) {
      errors.push({ field: 'assetIds', message: 'Some assets do not exist.' });
    }
    if (
      input.personaId &&
      !(await ctx.em.query('SELECT 1 FROM persona WHERE id = $1', [input.personaId])).length
    ) {
      errors.push({ field: 'personaId', message: 'Choose a persona from the list.' });
    }
    if (
      input.campaignId &&
      !(await ctx.em.query('SELECT 1 FROM campaign WHERE id = $1', [input.campaignId])).length
    ) {
      errors.push({ field: 'campaignId', message: 'Choose a campaign from the list.' });
    }
    if (errors.length) throw new ValidationError(errors);
    let kit: ContentKit;
    const values = {
      name: input.name.trim(),
      description: input.description.trim(),
      talkingPoints: input.talkingPoints.map((p) => p.trim()).filter(Boolean),
      personaId: input.personaId ?? null,
      campaignId: input.campaignId ?? null,
    };
    if (input.id) {
      const existing = await ctx.em.findOne(ContentKit, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw new NotFoundError('Kit');
      if (input.version !== existing.version)
        throw new ConflictError('Someone else changed this kit. Reload to see their changes.');
      kit = await ctx.em.save(Object.assign(existing, values));
      await ctx.em.delete(ContentKitItem, { kitId: kit.id });
    } else {
      kit = await ctx.em.save(ctx.em.create(ContentKit, values));
    }
    await ctx.em.insert(
      ContentKitItem,
      assetIds.map((assetId, position) => ({ kitId: kit.id, assetId, position })),
    );
    // A campaign without a kit gets this one, so the campaign page links to it.
    if (values.campaignId) {
      await ctx.em.query('UPDATE campaign SET kit_id = $1 WHERE id = $2 AND kit_id IS NULL', [
        kit.id,
        values.campaignId,
      ]);
    }
    await this.audit.record(ctx, {
      action: input.id ? 'content.kit-updated' : 'content.kit-created',
      entityType: 'ContentKit',
      entityId: kit.id,
      after: { ...values, assetIds },
    });
    return kit;
  }

  // ---- downloads

  async recordDownload(
    ctx: RequestContext,
    item: { assetId?: string; kitId?: string; title: string },
  ): Promise<void> {
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(ContentDownload)
      .values({
        assetId: item.assetId ?? null,
        kitId: item.kitId ?? null,
        itemTitle: item.title,
        userId: ctx.user.userId,
        userLabel: ctx.user.name,
        partnerId: ctx.partnerId,
        at: this.clock.now(),
      })
      .updateEntity(false)
      .execute();
  }

  /** Downloads the caller may see, filtered like the download report (also its CSV export). */
  scopedDownloads(ctx: RequestContext, filter?: DownloadFilterInput) {
    const qb = ctx.em.createQueryBuilder(ContentDownload, 'd');
    if (ctx.partnerId) qb.where('d.partner_id = :own', { own: ctx.partnerId });
    else if (ctx.can(Permission.ContentManage)) qb.where('TRUE');
    else scopeToPartners(ctx, qb.where('d.partner_id IS NOT NULL'), 'd.partner_id');
    if (filter?.assetId) qb.andWhere('d.asset_id = :assetId', { assetId: filter.assetId });
    if (filter?.kitId) qb.andWhere('d.kit_id = :kitId', { kitId: filter.kitId });
    if (filter?.partnerId)
      qb.andWhere('d.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter?.from) qb.andWhere('d.at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('d.at < :to', { to: filter.to });
    return qb;
  }

  async downloads(
    ctx: RequestContext,
    filter: DownloadFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<ContentDownload>> {
    const qb = this.scopedDownloads(ctx, filter)
      .orderBy('d.at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit);
    return pageOf(qb, page);
  }

  /** Downloads grouped per asset, kit or partner, aggregated in SQL. */
  async report(
    ctx: RequestContext,
    groupBy: DownloadReportGrouping,
    filter: DownloadFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<DownloadReportRow>> {
    const key = { ASSET: 'd.asset_id', KIT: 'd.kit_id', PARTNER: 'd.partner_id' }[groupBy];
    const label = {
      ASSET: 'max(d.item_title)',
      KIT: 'max(d.item_title)',
      PARTNER: `coalesce((SELECT p.name FROM partner p WHERE p.id = d.partner_id), 'Vendor staff')`,
    }[groupBy];
    const base = this.scopedDownloads(ctx, filter).andWhere(
      groupBy === DownloadReportGrouping.PARTNER ? 'TRUE' : `${key} IS NOT NULL`,
    );
    const [sql, params] = base
      .select(`${key}::text`, 'key')
      .addSelect(groupBy === DownloadReportGrouping.PARTNER ? `min(${label})` : label, 'label')
      .addSelect('count(*)::int', 'downloads')
      .addSelect('count(DISTINCT d.user_id)::int', 'uniqueUsers')
      .addSelect('count(DISTINCT d.partner_id)::int', 'partners')
      .addSelect('max(d.at)', 'lastDownloadAt')
      .groupBy(key)
      .getQueryAndParameters();
    const rows: (DownloadReportRow & { total: number })[] = await ctx.em.query(
      `SELECT *, count(*) OVER ()::int AS total FROM (${sql}) r ORDER BY downloads DESC, label ASC LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    const total = rows[0]?.total ?? 0;
    return paginated(
      rows.map(({ total: _total, ...r }) => ({
        ...r,
        key: r.key ?? 'vendor',
        lastDownloadAt: new Date(r.lastDownloadAt),
      })),
      total,
      page,
    );
  }

  async countDownloads(
    ctx: RequestContext,
    column: 'asset_id' | 'kit_id',
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await this.scopedDownloads(ctx)
      .andWhere(`d.${column} IN (:...ids)`, { ids: [...ids] })
      .select(`d.${column}`, 'id')
      .addSelect('count(*)::int', 'n')
      .groupBy(`d.${column}`)
      .getRawMany();
    return countsById(rows);
  }
}
