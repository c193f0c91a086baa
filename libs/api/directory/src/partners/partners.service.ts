import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotificationKind, PartnerStatus, Role } from '@tandem/shared-domain';
import {
  AuditService,
  ConflictError,
  FieldError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  assertPartnerInScope,
  scopeToPartners,
  pageOf,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { Partner } from './partner.entity';
import {
  CreatePartnerInput,
  PartnerFilterInput,
  PartnerSort,
  UpdateMyPartnerProfileInput,
  UpdatePartnerInput,
} from './partner.inputs';
import { businessHours, checkTimeZone, normalizeCountry, normalizeDomains } from './partner-rules';
import { Tier } from '../program/tier.entity';
import { PartnerType } from '../program/partner-type.entity';
import { User } from '../users/user.entity';

const SORTS: Record<PartnerSort, [string, 'ASC' | 'DESC'][]> = {
  [PartnerSort.NAME_ASC]: [['p.name', 'ASC']],
  [PartnerSort.NAME_DESC]: [['p.name', 'DESC']],
  [PartnerSort.NEWEST_FIRST]: [['p.created_at', 'DESC']],
  [PartnerSort.TIER_HIGH_FIRST]: [
    ['t.rank', 'DESC'],
    ['p.name', 'ASC'],
  ],
};

@Injectable()
export class PartnersService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: PartnerFilterInput | undefined,
    page: Page,
    sort: PartnerSort = PartnerSort.NAME_ASC,
  ): Promise<PaginatedResult<Partner>> {
    const qb = ctx.em.createQueryBuilder(Partner, 'p').innerJoin(Tier, 't', 't.id = p.tier_id');
    scopeToPartners(ctx, qb, 'p.id');
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        '(p.name ILIKE :like OR p.legal_name ILIKE :like OR EXISTS (SELECT 1 FROM unnest(p.website_domains) d WHERE d ILIKE :like))',
        { like },
      );
    }
    if (filter?.tierIds?.length)
      qb.andWhere('p.tier_id IN (:...tierIds)', { tierIds: filter.tierIds });
    if (filter?.typeIds?.length)
      qb.andWhere('p.type_id IN (:...typeIds)', { typeIds: filter.typeIds });
    if (filter?.regions?.length)
      qb.andWhere('p.region IN (:...regions)', { regions: filter.regions });
    if (filter?.statuses?.length)
      qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.channelManagerIds?.length) {
      qb.andWhere('p.channel_manager_id IN (:...managerIds)', {
        managerIds: filter.channelManagerIds,
      });
    }
    for (const [column, direction] of SORTS[sort]) qb.addOrderBy(column, direction);
    qb.addOrderBy('p.id', 'ASC').offset(page.offset).limit(page.limit);
    return pageOf(qb, page);
  }

  async get(ctx: RequestContext, id: string): Promise<Partner> {
    const qb = ctx.em.createQueryBuilder(Partner, 'p').where('p.id = :id', { id });
    scopeToPartners(ctx, qb, 'p.id');
    const partner = await qb.getOne();
    if (!partner) throw new NotFoundError('Partner');
    return partner;
  }

  async create(ctx: RequestContext, input: CreatePartnerInput): Promise<Partner> {
    const errors: FieldError[] = [];
    const values = {
      name: input.name.trim(),
      legalName: input.legalName?.trim() ?? '',
      logoUrl: input.logoUrl?.trim() || null,
      websiteDomains: normalizeDomains(input.websiteDomains ?? [], errors),
      country: normalizeCountry(input.country, errors),
      region: input.region,
      timeZone: checkTimeZone(input.timeZone, errors),
      ...businessHours(input, errors),
      typeId: input.typeId,
      tierId: input.tierId,
      channelManagerId: input.channelManagerId ?? null,
      status: PartnerStatus.ONBOARDING,
    };
    await this.checkReferences(ctx, values, errors, true);
    if (errors.length) throw new ValidationError(errors);
    await this.assertNameFree(ctx, values.name);
    const partner = await ctx.em.save(ctx.em.create(Partner, values));
    await this.audit.record(ctx, {
      action: 'partner.created',
      entityType: 'Partner',
      entityId: partner.id,
      partnerId: partner.id,
      after: partner,
    });
    if (partner.channelManagerId) await this.notifyAssigned(ctx, partner);
    return partner;
  }

  async update(ctx: RequestContext, input: UpdatePartnerInput): Promise<Partner> {
    const before = await this.lockForUpdate(ctx, input.id, input.version);
    const errors: FieldError[] = [];
    const changes: Partial<Partner> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.legalName !== undefined) changes.legalName = input.legalName.trim();
    if (input.logoUrl !== undefined) changes.logoUrl = input.logoUrl?.trim() || null;
    if (input.websiteDomains !== undefined)
      changes.websiteDomains = normalizeDomains(input.websiteDomains, errors);
    if (input.country !== undefined) changes.country = normalizeCountry(input.country, errors);
    if (input.region !== undefined) changes.region = input.region;
    if (input.timeZone !== undefined) changes.timeZone = checkTimeZone(input.timeZone, errors);
    Object.assign(changes, businessHours(input, errors, before));
    if (input.typeId !== undefined && input.typeId !== before.typeId) changes.typeId = input.typeId;
    if (input.tierId !== undefined) changes.tierId = input.tierId;
    if (input.channelManagerId !== undefined) changes.channelManagerId = input.channelManagerId;
    await this.checkReferences(ctx, changes, errors, false);
    if (errors.length) throw new ValidationError(errors);
    if (changes.name && changes.name.toLowerCase() !== before.name.toLowerCase()) {
      await this.assertNameFree(ctx, changes.name);
    }
    const after = await this.applyChanges(ctx, before, changes, 'partner.updated');
    if (changes.channelManagerId && changes.channelManagerId !== before.channelManagerId) {
      await this.notifyAssigned(ctx, after);
    }
    return after;
  }

  async updateOwnProfile(
    ctx: RequestContext,
    input: UpdateMyPartnerProfileInput,
  ): Promise<Partner> {
    const partnerId = ctx.user.partnerId;
    if (!partnerId) throw new NotFoundError('Partner');
    const before = await this.lockForUpdate(ctx, partnerId, input.version);
    const errors: FieldError[] = [];
    const changes: Partial<Partner> = {};
    if (input.legalName !== undefined) changes.legalName = input.legalName.trim();
    if (input.logoUrl !== undefined) changes.logoUrl = input.logoUrl?.trim() || null;
    if (input.websiteDomains !== undefined)
      changes.websiteDomains = normalizeDomains(input.websiteDomains, errors);
    if (input.timeZone !== undefined) changes.timeZone = checkTimeZone(input.timeZone, errors);
    Object.assign(changes, businessHours(input, errors, before));
    if (errors.length) throw new ValidationError(errors);
    return this.applyChanges(ctx, before, changes, 'partner.profile-updated');
  }

  async setStatus(
    ctx: RequestContext,
    id: string,
    status: PartnerStatus,
    reason: string,
  ): Promise<Partner> {
    const before = await this.lockForUpdate(ctx, id);
    if (before.status === status) return before;
    if (status === PartnerStatus.SUSPENDED && !reason.trim()) {
      throw ValidationError.field(
        'reason',
        'Say why the partner is suspended; its users will see it.',
      );
    }
    const after = await this.applyChanges(
      ctx,
      before,
      { status },
      'partner.status-changed',
      reason,
    );
    const recipients: User[] = await ctx.em.find(User, {
      where: [
        { partnerId: id, role: Role.PARTNER_ADMIN },
        ...(after.channelManagerId ? [{ id: after.channelManagerId }] : []),
      ],
    });
    await this.notifications.notify(
      ctx.em,
      recipients.map((u) => u.id),
      {
        kind: NotificationKind.PARTNER_STATUS_CHANGED,
        title: `${after.name} is now ${status.toLowerCase()}`,
        body: reason.trim(),
        link: `/partners/${id}`,
      },
    );
    return after;
  }

  /** Locks the row for this transaction and checks the caller's optimistic-lock version. */
  private async lockForUpdate(ctx: RequestContext, id: string, version?: number): Promise<Partner> {
    await assertPartnerInScope(ctx, id);
    const partner = await ctx.em.findOne(Partner, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!partner) throw new NotFoundError('Partner');
    if (version !== undefined && partner.version !== version) {
      throw new ConflictError(
        'Someone else changed this partner while you were editing. Reload to see their changes, then try again.',
      );
    }
    return partner;
  }

  /** Saves changes to a partner and records them (the form, the status change and the import). */
  async applyChanges(
    ctx: RequestContext,
    before: Partner,
    changes: Partial<Partner>,
    action: string,
    reason?: string,
  ): Promise<Partner> {
    const after = Object.assign(ctx.em.create(Partner, { ...before }), changes);
    const saved = await ctx.em.save(after);
    await this.audit.record(ctx, {
      action,
      entityType: 'Partner',
      entityId: before.id,
      partnerId: before.id,
      before,
      after: reason ? { ...saved, reason } : saved,
    });
    return saved;
  }

  private async assertNameFree(ctx: RequestContext, name: string): Promise<void> {
    const existing: unknown[] = await ctx.em.query(
      'SELECT 1 FROM partner WHERE lower(name) = lower($1)',
      [name],
    );
    if (existing.length) {
      throw new ConflictError(`A partner named “${name}” already exists.`, [
        { field: 'name', message: 'This name is already taken.' },
      ]);
    }
  }

  private async checkReferences(
    ctx: RequestContext,
    values: Partial<Pick<Partner, 'tierId' | 'typeId' | 'channelManagerId'>>,
    errors: FieldError[],
    creating: boolean,
  ): Promise<void> {
    if (values.tierId && !(await ctx.em.exists(Tier, { where: { id: values.tierId } }))) {
      errors.push({ field: 'tierId', message: 'That tier does not exist.' });
    }
    if (values.typeId) {
      const type = await ctx.em.findOne(PartnerType, { where: { id: values.typeId } });
      if (!type) errors.push({ field: 'typeId', message: 'That partner type does not exist.' });
      else if (!type.active && creating)
        errors.push({ field: 'typeId', message: 'That partner type is no longer offered.' });
    }
    if (values.channelManagerId) {
      const manager = await ctx.em.findOne(User, {
        where: { id: values.channelManagerId, role: In([Role.CHANNEL_MANAGER]) },
      });
      if (!manager)
        errors.push({
          field: 'channelManagerId',
          message: 'Choose a channel manager from the list.',
        });
    }
  }

  /** Tells a partner's channel manager the partner is now theirs. */
  async notifyAssigned(ctx: RequestContext, partner: Partner): Promise<void> {
    if (!partner.channelManagerId) return;
    await this.notifications.notify(ctx.em, [partner.channelManagerId], {
      kind: NotificationKind.PARTNER_ASSIGNED,
      title: `${partner.name} is now assigned to you`,
      link: `/partners/${partner.id}`,
    });
  }
}
