import { Injectable } from '@nestjs/common';
import {
  NotificationKind,
  PARTNER_ROLES,
  Role,
  ROLE_LABELS,
  UserStatus,
  VENDOR_ROLES,
} from '@tandem/shared-domain';
import {
  AuditService,
  ForbiddenError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  scopeToPartners,
  pageOf,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { User } from './user.entity';
import { UserFilterInput } from './user.inputs';

@Injectable()
export class UsersService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async me(ctx: RequestContext): Promise<User> {
    const user = await ctx.em.findOne(User, { where: { id: ctx.user.userId } });
    if (!user) throw new NotFoundError('User');
    return user;
  }

  async list(
    ctx: RequestContext,
    filter: UserFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<User>> {
    const qb = this.scoped(ctx);
    if (filter?.partnerId)
      qb.andWhere('u.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter?.vendorStaff) qb.andWhere('u.partner_id IS NULL');
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.name ILIKE :like OR u.email ILIKE :like)', { like });
    }
    if (filter?.roles?.length) qb.andWhere('u.role IN (:...roles)', { roles: filter.roles });
    if (filter?.statuses?.length)
      qb.andWhere('u.status IN (:...statuses)', { statuses: filter.statuses });
    qb.orderBy('u.name', 'ASC').addOrderBy('u.email', 'ASC').offset(page.offset).limit(page.limit);
    return pageOf(qb, page);
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    const user = await this.scoped(ctx).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** Channel managers the caller may see: all for vendor staff, their own for a partner. */
  async channelManagers(ctx: RequestContext): Promise<User[]> {
    const qb = ctx.em
      .createQueryBuilder(User, 'u')
      .where('u.role = :role', { role: Role.CHANNEL_MANAGER })
      .andWhere('u.status <> :disabled', { disabled: UserStatus.DISABLED });
    if (ctx.partnerId) {
      qb.andWhere('u.id IN (SELECT channel_manager_id FROM partner WHERE id = :own)', {
        own: ctx.partnerId,
      });
    }
    return qb.orderBy('u.name', 'ASC').limit(500).getMany();
  }

  async setStatus(ctx: RequestContext, id: string, status: UserStatus): Promise<User> {
    if (status === UserStatus.INVITED) {
      throw ValidationError.field('status', 'A user can only be enabled or disabled.');
    }
    const user = await this.manageable(ctx, id);
    if (user.status === UserStatus.INVITED) {
      throw ValidationError.field(
        'status',
        'This person has not accepted their invitation yet; revoke it instead.',
      );
    }
    if (user.status === status) return user;
    const before = { ...user };
    user.status = status;
    const saved = await ctx.em.save(user);
    await this.audit.record(ctx, {
      action: status === UserStatus.DISABLED ? 'user.disabled' : 'user.enabled',
      entityType: 'User',
      entityId: id,
      partnerId: user.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  async changeRole(ctx: RequestContext, id: string, role: Role): Promise<User> {
    const user = await this.manageable(ctx, id);
    const allowed = user.partnerId ? PARTNER_ROLES : VENDOR_ROLES;
    if (!allowed.includes(role)) {
      throw ValidationError.field(
        'role',
        user.partnerId
          ? 'Partner users can only hold partner roles.'
          : 'Vendor staff can only hold vendor roles.',
      );
    }
    if (user.role === role) return user;
    if (user.role === Role.CHANNEL_MANAGER) {
      const assigned: unknown[] = await ctx.em.query(
        'SELECT 1 FROM partner WHERE channel_manager_id = $1 LIMIT 1',
        [id],
      );
      if (assigned.length) {
        throw ValidationError.field(
          'role',
          'Reassign this channel manager’s partners before changing their role.',
        );
      }
    }
    const before = { ...user };
    user.role = role;
    const saved = await ctx.em.save(user);
    await this.audit.record(ctx, {
      action: 'user.role-changed',
      entityType: 'User',
      entityId: id,
      partnerId: user.partnerId,
      before,
      after: saved,
    });
    await this.notifications.notify(ctx.em, [id], {
      kind: NotificationKind.ACCOUNT_CHANGED,
      title: `Your role is now ${ROLE_LABELS[role]}`,
      body: `Changed by ${ctx.user.name}.`,
    });
    return saved;
  }

  async updateMyProfile(ctx: RequestContext, name: string): Promise<User> {
    const trimmed = name.trim();
    if (!trimmed) throw ValidationError.field('name', 'Enter your name.');
    if (trimmed.length > 120)
      throw ValidationError.field('name', 'Name can be at most 120 characters.');
    const user = await this.me(ctx);
    const before = { ...user };
    user.name = trimmed;
    const saved = await ctx.em.save(user);
    await this.audit.record(ctx, {
      action: 'user.profile-updated',
      entityType: 'User',
      entityId: user.id,
      partnerId: user.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /** A user the caller may manage: vendor admins manage everyone, partner admins their own partner. */
  private async manageable(ctx: RequestContext, id: string): Promise<User> {
    if (id === ctx.user.userId)
      throw new ForbiddenError('You cannot change your own role or status.');
    const user = await this.get(ctx, id);
    if (ctx.user.role !== Role.VENDOR_ADMIN && ctx.user.role !== Role.PARTNER_ADMIN)
      throw new ForbiddenError();
    return user;
  }

  private scoped(ctx: RequestContext) {
    const qb = ctx.em.createQueryBuilder(User, 'u');
    const caller = ctx.user;
    if (caller.partnerId) return qb.where('u.partner_id = :own', { own: caller.partnerId });
    if (caller.role === Role.VENDOR_ADMIN) return qb.where('TRUE');
    // Channel managers see the users of their partners.
    qb.where('u.partner_id IS NOT NULL');
    return scopeToPartners(ctx, qb, 'u.partner_id');
  }
}
