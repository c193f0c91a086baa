import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  CampaignPhase,
  CampaignStatus,
  CampaignTargetMode,
  NotificationKind,
  PersonaStatus,
  Role,
  WebhookEventType,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  JobRunner,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  countsById,
  emitDomainEvent,
  pageOf,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { Campaign, CampaignAck } from './campaign.entity';
import { CampaignFilterInput, CampaignInput, UpdateCampaignInput } from './campaign.inputs';

export const CAMPAIGN_LAUNCHED_JOB = 'campaign.launched';

type CampaignValues = Pick<
  Campaign,
  | 'name'
  | 'goal'
  | 'description'
  | 'startsOn'
  | 'endsOn'
  | 'personaIds'
  | 'targetMode'
  | 'targetTierIds'
  | 'targetRegions'
  | 'targetPartnerIds'
>;

/** The audience told about a launch: marketers and sales reps of every targeted partner. */
const LAUNCH_AUDIENCE = `SELECT u.id FROM app_user u JOIN campaign_target ct ON ct.partner_id = u.partner_id
  WHERE ct.campaign_id = $1 AND u.status = 'ACTIVE' AND u.role IN ('${Role.PARTNER_MARKETER}', '${Role.PARTNER_SALES_REP}')`;

export function campaignPhase(
  c: Pick<Campaign, 'status' | 'startsOn' | 'endsOn'>,
  today: string,
): CampaignPhase | null {
  if (c.status !== CampaignStatus.LAUNCHED) return null;
  if (today < c.startsOn) return CampaignPhase.UPCOMING;
  if (today > c.endsOn) return CampaignPhase.ENDED;
  return CampaignPhase.LIVE;
}

@Injectable()
export class CampaignsService implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(CAMPAIGN_LAUNCHED_JOB, async (payload, em) => {
      const [campaign] = await em.find(Campaign, { where: { id: String(payload['campaignId']) } });
      if (!campaign || campaign.status !== CampaignStatus.LAUNCHED) return;
      await this.notifications.notifyAudience(em, LAUNCH_AUDIENCE, [campaign.id], {
        kind: NotificationKind.CAMPAIGN_LAUNCHED,
        title: `Campaign launched: ${campaign.name}`,
        body: `${campaign.startsOn} to ${campaign.endsOn}. ${campaign.goal}`.trim(),
        link: `/campaigns/${campaign.id}`,
      });
    });
  }

  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /** Vendor staff see every campaign; a partner its own and the launched ones aimed at it. */
  private scoped(ctx: RequestContext) {
    const qb = ctx.em.createQueryBuilder(Campaign, 'c');
    const own = ctx.partnerId;
    if (!own) return qb.where('TRUE');
    return qb.where(
      `(c.partner_id = :own OR (c.status <> :draft AND EXISTS (
         SELECT 1 FROM campaign_target ct WHERE ct.campaign_id = c.id AND ct.partner_id = :own)))`,
      { own, draft: CampaignStatus.DRAFT },
    );
  }

  async list(
    ctx: RequestContext,
    filter: CampaignFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<Campaign>> {
    const qb = this.scoped(ctx);
    if (filter?.statuses?.length)
      qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.phases?.length) {
      const today = this.today();
      const parts = filter.phases.map((p) =>
        p === CampaignPhase.UPCOMING
          ? 'c.starts_on > :today'
          : p === CampaignPhase.ENDED
            ? 'c.ends_on < :today'
            : '(c.starts_on <= :today AND c.ends_on >= :today)',
      );
      qb.andWhere(`c.status = :launched AND (${parts.join(' OR ')})`, {
        today,
        launched: CampaignStatus.LAUNCHED,
      });
    }
    const search = filter?.search?.trim();
    if (search)
      qb.andWhere('c.name ILIKE :like', {
        like: `%${search.replace(/[\\%_]/g, (x) => `\\${x}`)}%`,
      });
    qb.orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    return pageOf(qb, page);
  }

  /** What is live now and coming up for the caller, soonest first. */
  async feed(ctx: RequestContext, page: Page): Promise<PaginatedResult<Campaign>> {
    const qb = this.scoped(ctx)
      .andWhere('c.status = :launched AND c.ends_on >= :today', {
        launched: CampaignStatus.LAUNCHED,
        today: this.today(),
      })
      .orderBy('c.starts_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    return pageOf(qb, page);
  }

  async get(ctx: RequestContext, id: string): Promise<Campaign> {
    const campaign = await this.scoped(ctx).andWhere('c.id = :id', { id }).getOne();
    if (!campaign) throw new NotFoundError('Campaign');
    return campaign;
  }

  async create(ctx: RequestContext, input: CampaignInput): Promise<Campaign> {
    const values = await this.validated(ctx, input);
    const campaign = await ctx.em.save(
      ctx.em.create(Campaign, {
        ...values,
        partnerId: ctx.partnerId,
        createdByLabel: ctx.user.name,
        status: CampaignStatus.DRAFT,
      }),
    );
    await this.audit.record(ctx, {
      action: 'campaign.created',
      entityType: 'Campaign',
      entityId: campaign.id,
      partnerId: campaign.partnerId,
      after: campaign,
    });
    return campaign;
  }

  async update(ctx: RequestContext, input: UpdateCampaignInput): Promise<Campaign> {
    const campaign = await this.manageable(ctx, input.id, input.version);
    if (campaign.status === CampaignStatus.CANCELLED)
      throw new ConflictError('This campaign was cancelled; create a new one.');
    const values = await this.validated(ctx, input);
    if (campaign.status === CampaignStatus.LAUNCHED) {
      const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
      if (
        values.targetMode !== campaign.targetMode ||
        !same(values.targetTierIds, campaign.targetTierIds) ||
        !same(values.targetRegions, campaign.targetRegions) ||
        !same(values.targetPartnerIds, campaign.targetPartnerIds)
      ) {
        throw ValidationError.field('targetMode', 'Targets are fixed once a campaign is launched.');
      }
    }
    const before = { ...campaign };
    Object.assign(campaign, values);
    const saved = await ctx.em.save(campaign);
    await this.audit.record(ctx, {
      action: 'campaign.updated',
      entityType: 'Campaign',
      entityId: campaign.id,
      partnerId: campaign.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /** Fixes the audience, tells it (through a durable job) and makes the campaign visible to it. */
  async launch(ctx: RequestContext, id: string): Promise<Campaign> {
    const campaign = await this.manageable(ctx, id);
    if (campaign.status !== CampaignStatus.DRAFT)
      throw new ConflictError('Only a draft campaign can be launched.');
    if (campaign.endsOn < this.today())
      throw ValidationError.field(
        'endsOn',
        'This campaign has already ended; change its dates first.',
      );
    const reached = await this.materializeTargets(ctx.em, campaign);
    if (reached === 0)
      throw ValidationError.field('targetMode', 'No active partner matches these targets.');
    campaign.status = CampaignStatus.LAUNCHED;
    campaign.launchedAt = this.clock.now();
    const saved = await ctx.em.save(campaign);
    await this.jobs.enqueue(
      ctx.em,
      CAMPAIGN_LAUNCHED_JOB,
      { campaignId: id },
      { dedupeKey: `campaign-launched:${id}` },
    );
    await emitDomainEvent(ctx.em, {
      type: WebhookEventType.CAMPAIGN_LAUNCHED,
      // A vendor-wide campaign is vendor data; a partner's own campaign is that partner's.
      partnerId: saved.partnerId,
      data: { campaign: campaignPayload(saved) },
      occurredAt: saved.launchedAt ?? this.clock.now(),
    });
    await this.audit.record(ctx, {
      action: 'campaign.launched',
      entityType: 'Campaign',
      entityId: id,
      partnerId: campaign.partnerId,
      after: { partnersReached: reached },
    });
    return saved;
  }

  async cancel(ctx: RequestContext, id: string, reason: string): Promise<Campaign> {
    const campaign = await this.manageable(ctx, id);
    if (campaign.status === CampaignStatus.CANCELLED) return campaign;
    const before = campaign.status;
    campaign.status = CampaignStatus.CANCELLED;
    const saved = await ctx.em.save(campaign);
    await this.audit.record(ctx, {
      action: 'campaign.cancelled',
      entityType: 'Campaign',
      entityId: id,
      partnerId: campaign.partnerId,
      before: { status: before },
      after: { status: CampaignStatus.CANCELLED, reason },
    });
    return saved;
  }

  async acknowledge(ctx: RequestContext, id: string): Promise<Campaign> {
    const campaign = await this.get(ctx, id);
    if (campaign.status !== CampaignStatus.LAUNCHED)
      throw new ConflictError('Only launched campaigns can be acknowledged.');
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(CampaignAck)
      .values({
        campaignId: id,
        userId: ctx.user.userId,
        partnerId: ctx.partnerId,
        acknowledgedAt: this.clock.now(),
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return campaign;
  }

  /** Vendor staff manage the vendor's campaigns; a partner manages only its own. */
  private async manageable(ctx: RequestContext, id: string, version?: number): Promise<Campaign> {
    const visible = await this.get(ctx, id);
    // Ownership first: locking a row (FOR UPDATE) also needs write access under row-level security.
    if ((visible.partnerId ?? null) !== (ctx.partnerId ?? null)) {
      throw new ForbiddenError(
        ctx.partnerId
          ? 'This is the vendor’s campaign; you can acknowledge it but not change it.'
          : 'This is a partner’s own campaign.',
      );
    }
    const campaign = await ctx.em.findOne(Campaign, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!campaign) throw new NotFoundError('Campaign');
    if (version !== undefined && version !== campaign.version) {
      throw new ConflictError(
        'Someone else changed this campaign while you were editing. Reload to see their changes.',
      );
    }
    return campaign;
  }

  private async validated(ctx: RequestContext, input: CampaignInput): Promise<CampaignValues> {
    const errors: FieldError[] = [];
    if (input.endsOn < input.startsOn)
      errors.push({ field: 'endsOn', message: 'The campaign must end on or after its first day.' });
    const values: CampaignValues = {
      name: input.name.trim(),
      goal: input.goal.trim(),
      description: input.description.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      personaIds: [...new Set(input.personaIds)],
      targetMode: input.targetMode,
      targetTierIds: [],
      targetRegions: [],
      targetPartnerIds: [],
    };
    if (ctx.partnerId) {
      values.targetMode = CampaignTargetMode.PARTNERS;
      values.targetPartnerIds = [ctx.partnerId];
    } else if (input.targetMode === CampaignTargetMode.TIERS) {
      values.targetTierIds = [...new Set(input.targetTierIds)];
      const found: unknown[] = values.targetTierIds.length
        ? await ctx.em.query('SELECT id FROM tier WHERE id = ANY($1)', [values.targetTierIds])
        : [];
      if (!values.targetTierIds.length || found.length !== values.targetTierIds.length) {
        errors.push({ field: 'targetTierIds', message: 'Choose at least one tier from the list.' });
      }
    } else if (input.targetMode === CampaignTargetMode.REGIONS) {
      values.targetRegions = [...new Set(input.targetRegions)];
      if (!values.targetRegions.length)
        errors.push({ field: 'targetRegions', message: 'Choose at least one region.' });
    } else if (input.targetMode === CampaignTargetMode.PARTNERS) {
      values.targetPartnerIds = [...new Set(input.targetPartnerIds)];
      const found: unknown[] = values.targetPartnerIds.length
        ? await ctx.em.query('SELECT id FROM partner WHERE id = ANY($1)', [values.targetPartnerIds])
        : [];
      if (!values.targetPartnerIds.length || found.length !== values.targetPartnerIds.length) {
        errors.push({
          field: 'targetPartnerIds',
          message: 'Choose at least one partner from the list.',
        });
      }
    }
    if (values.personaIds.length) {
      const published: unknown[] = await ctx.em.query(
        'SELECT id FROM persona WHERE id = ANY($1) AND status = $2',
        [values.personaIds, PersonaStatus.PUBLISHED],
      );
      if (published.length !== values.personaIds.length)
        errors.push({ field: 'personaIds', message: 'Choose published personas.' });
    }
    if (errors.length) throw new ValidationError(errors);
    return values;
  }

  private async materializeTargets(em: EntityManager, c: Campaign): Promise<number> {
    const where: Record<CampaignTargetMode, [string, unknown[]]> = {
      [CampaignTargetMode.ALL]: ['TRUE', []],
      [CampaignTargetMode.TIERS]: ['p.tier_id = ANY($2)', [c.targetTierIds]],
      [CampaignTargetMode.REGIONS]: ['p.region = ANY($2)', [c.targetRegions]],
      [CampaignTargetMode.PARTNERS]: ['p.id = ANY($2)', [c.targetPartnerIds]],
    };
    const [condition, params] = where[c.targetMode];
    const rows: { n: number }[] = await em.query(
      `WITH inserted AS (
         INSERT INTO campaign_target (campaign_id, partner_id)
         SELECT $1, p.id FROM partner p WHERE p.status <> 'SUSPENDED' AND ${condition}
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
      [c.id, ...params],
    );
    return rows[0]?.n ?? 0;
  }

  /** Acknowledgement counts the caller may see (row-level security limits partners to their own). */
  async ackCounts(ctx: RequestContext, ids: string[]): Promise<Map<string, number>> {
    return countsById(
      await ctx.em.query(
        `SELECT campaign_id AS id, count(*)::int AS n FROM campaign_ack WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
        [ids],
      ),
    );
  }

  async acknowledgedByMe(ctx: RequestContext, ids: readonly string[]): Promise<boolean[]> {
    const rows = await ctx.em.find(CampaignAck, {
      where: { campaignId: In([...ids]), userId: ctx.user.userId },
    });
    const set = new Set(rows.map((r) => r.campaignId));
    return ids.map((id) => set.has(id));
  }

  async targetCounts(ctx: RequestContext, ids: string[]): Promise<Map<string, number>> {
    return countsById(
      await ctx.em.query(
        `SELECT campaign_id AS id, count(*)::int AS n FROM campaign_target WHERE campaign_id = ANY($1) GROUP BY campaign_id`,
        [ids],
      ),
    );
  }
}

/** A launched campaign as webhook receivers see it (no list of the other partners it targets). */
function campaignPayload(c: Campaign): Record<string, unknown> {
  return {
    id: c.id,
    partnerId: c.partnerId,
    name: c.name,
    goal: c.goal,
    description: c.description,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    status: c.status,
    personaIds: c.personaIds,
    kitId: c.kitId,
    launchedAt: c.launchedAt,
  };
}
