import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import {
  INVITABLE_ROLES,
  NotificationKind,
  PARTNER_ROLES,
  Role,
  ROLE_LABELS,
  UserStatus,
} from '@tandem/shared-domain';
import {
  AppConfig,
  AuditService,
  Clock,
  ConflictError,
  DbService,
  ForbiddenError,
  MailerService,
  NotFoundError,
  PasswordHasher,
  RequestContext,
  ValidationError,
  assertPartnerInScope,
  assertStrongPassword,
  hashToken,
  newOpaqueToken,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { User } from '../users/user.entity';
import { Partner } from '../partners/partner.entity';
import { Invitation } from './invitation.entity';
import {
  AcceptInvitationInput,
  InvitationPreview,
  InvitationResult,
  InviteUserInput,
} from '../users/user.inputs';

const INVITATION_DAYS = 7;
export const VENDOR_NAME = 'Tandem';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DbService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mailer: MailerService,
    private readonly hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
  ) {}

  async invite(ctx: RequestContext, input: InviteUserInput): Promise<InvitationResult> {
    const caller = ctx.user;
    const allowed = INVITABLE_ROLES[caller.role] ?? [];
    if (!allowed.includes(input.role)) {
      throw ValidationError.field(
        'role',
        `You cannot invite a ${ROLE_LABELS[input.role].toLowerCase()}.`,
      );
    }
    let partnerId: string | null = null;
    if (PARTNER_ROLES.includes(input.role)) {
      partnerId = caller.partnerId ?? input.partnerId ?? null;
      if (!partnerId)
        throw ValidationError.field('partnerId', 'Choose the partner this person belongs to.');
      if (caller.partnerId && input.partnerId && input.partnerId !== caller.partnerId) {
        throw new NotFoundError('Partner');
      }
      await assertPartnerInScope(ctx, partnerId);
      if (!(await ctx.em.exists(Partner, { where: { id: partnerId } })))
        throw new NotFoundError('Partner');
    }
    const email = input.email.trim().toLowerCase();
    const existing: { status: UserStatus }[] = await this.db.asSystem((em) =>
      em.query('SELECT status FROM app_user WHERE email = $1', [email]),
    );
    if (existing.length) {
      throw new ConflictError(
        existing[0]?.status === UserStatus.INVITED
          ? 'This person has already been invited. Use “Resend invitation” in the user list.'
          : 'A user with this email already exists.',
        [{ field: 'email', message: 'Already in use.' }],
      );
    }
    const user = await ctx.em.save(
      ctx.em.create(User, {
        email,
        name: input.name?.trim() ?? '',
        role: input.role,
        partnerId,
        status: UserStatus.INVITED,
      }),
    );
    await this.audit.record(ctx, {
      action: 'user.invited',
      entityType: 'User',
      entityId: user.id,
      partnerId,
      after: user,
    });
    const inviteUrl = await this.issue(ctx.em, user, ctx.user.userId, ctx.user.name);
    return { user, inviteUrl };
  }

  async resend(ctx: RequestContext, userId: string): Promise<InvitationResult> {
    const user = await this.pendingUser(ctx, userId);
    await ctx.em.update(
      Invitation,
      { userId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    const inviteUrl = await this.issue(ctx.em, user, ctx.user.userId, ctx.user.name);
    await this.audit.record(ctx, {
      action: 'user.invitation-resent',
      entityType: 'User',
      entityId: userId,
      partnerId: user.partnerId,
    });
    return { user, inviteUrl };
  }

  async revoke(ctx: RequestContext, userId: string): Promise<boolean> {
    const user = await this.pendingUser(ctx, userId);
    await this.audit.record(ctx, {
      action: 'user.invitation-revoked',
      entityType: 'User',
      entityId: userId,
      partnerId: user.partnerId,
      before: user,
    });
    await ctx.em.delete(User, { id: userId });
    return true;
  }

  async preview(token: string): Promise<InvitationPreview> {
    return this.db.asSystem(async (em) => {
      const { invitation, user } = await this.findValid(em, token, false);
      return {
        email: user.email,
        name: user.name,
        role: user.role,
        organisationName: await this.organisationName(em, user.partnerId),
        expiresAt: invitation.expiresAt,
      };
    });
  }

  /** Sets the invitee's name and password and activates the account. Returns the email to sign in with. */
  async accept(input: AcceptInvitationInput): Promise<string> {
    assertStrongPassword(input.password);
    const name = input.name.trim();
    if (!name) throw ValidationError.field('name', 'Enter your name.');
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.asSystem(async (em) => {
      const { invitation, user } = await this.findValid(em, input.token, true);
      const now = this.clock.now();
      await em.update(Invitation, { id: invitation.id }, { acceptedAt: now });
      await em.update(User, { id: user.id }, { name, passwordHash, status: UserStatus.ACTIVE });
      await this.audit.recordSystem(
        em,
        {
          action: 'user.invitation-accepted',
          entityType: 'User',
          entityId: user.id,
          partnerId: user.partnerId,
          before: { status: user.status },
          after: { status: UserStatus.ACTIVE, name },
        },
        name,
      );
      if (invitation.invitedById) {
        await this.notifications.notify(em, [invitation.invitedById], {
          kind: NotificationKind.USER_INVITED,
          title: `${name} joined Tandem`,
          body: `${name} (${user.email}) accepted your invitation as ${ROLE_LABELS[user.role].toLowerCase()}.`,
          link: '/users',
        });
      }
      return user.email;
    });
  }

  private async issue(
    em: EntityManager,
    user: User,
    inviterId: string,
    inviterName: string,
  ): Promise<string> {
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_DAYS * 86_400_000);
    await em.insert(Invitation, {
      userId: user.id,
      partnerId: user.partnerId,
      invitedById: inviterId,
      tokenHash: hash,
      expiresAt,
    });
    const inviteUrl = `${this.config.publicUrl}/accept-invite?token=${token}`;
    const organisation = await this.organisationName(em, user.partnerId);
    await this.mailer.send(em, {
      to: user.email,
      subject: `${inviterName} invited you to ${organisation} on Tandem`,
      text:
        `${inviterName} invited you to join ${organisation} on Tandem as ${ROLE_LABELS[user.role].toLowerCase()}.\n\n` +
        `Set your password here (the link works for ${INVITATION_DAYS} days):\n${inviteUrl}\n`,
    });
    return inviteUrl;
  }

  private async pendingUser(ctx: RequestContext, userId: string): Promise<User> {
    const user = await ctx.em.findOne(User, { where: { id: userId } });
    if (!user) throw new NotFoundError('User');
    if (user.partnerId) await assertPartnerInScope(ctx, user.partnerId);
    else if (ctx.user.role !== Role.VENDOR_ADMIN) throw new NotFoundError('User');
    if (ctx.user.role === Role.CHANNEL_MANAGER) throw new ForbiddenError();
    if (user.status !== UserStatus.INVITED) {
      throw new ConflictError('This person has already accepted their invitation.');
    }
    return user;
  }

  private async findValid(
    em: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<{ invitation: Invitation; user: User }> {
    const invitation = await em.findOne(Invitation, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const invalid = new ValidationError(
      [
        {
          field: 'token',
          message: 'This invitation link is not valid any more. Ask for a new one.',
        },
      ],
      'This invitation link is not valid any more. Ask for a new one.',
    );
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw invalid;
    if (invitation.expiresAt.getTime() < this.clock.now().getTime()) throw invalid;
    const user = await em.findOne(User, { where: { id: invitation.userId } });
    if (!user || user.status !== UserStatus.INVITED) throw invalid;
    return { invitation, user };
  }

  private async organisationName(em: EntityManager, partnerId: string | null): Promise<string> {
    if (!partnerId) return VENDOR_NAME;
    const partner = await em.findOne(Partner, { where: { id: partnerId } });
    return partner?.name ?? VENDOR_NAME;
  }
}
