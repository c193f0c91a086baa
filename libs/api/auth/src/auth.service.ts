import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { PartnerStatus, UserStatus } from '@tandem/shared-domain';
import {
  AppConfig,
  AuditService,
  Clock,
  DbService,
  DomainError,
  ErrorCode,
  Identity,
  MailerService,
  PasswordHasher,
  RequestContext,
  TooManyRequestsError,
  UnauthenticatedError,
  ValidationError,
  assertStrongPassword,
  hashToken,
  newOpaqueToken,
} from '@tandem/api-core';
import { User } from '@tandem/api-directory';
import { AuthThrottle, PasswordReset, RefreshToken } from './auth.entities';
import {
  ACCESS_COOKIE,
  REFRESH_COOKIE,
  SESSION_HINT_COOKIE,
  accessCookieOptions,
  clearSessionCookies,
  refreshCookieOptions,
  sessionHintCookieOptions,
} from './cookies';

const GENERIC_FAILURE = 'Email or password is incorrect.';
const RESET_MINUTES = 60;
/** A refresh token spent this recently may be presented again (two tabs refreshing at once). */
const REUSE_GRACE_MS = 10_000;

interface IdentityRow {
  id: string;
  email: string;
  name: string;
  role: Identity['role'];
  partner_id: string | null;
  status: UserStatus;
  partner_status: PartnerStatus | null;
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both paths cost the same. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly db: DbService,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mailer: MailerService,
  ) {}

  /** Loads who a user is right now; null when the account or its partner may not use Tandem. */
  async loadIdentity(userId: string): Promise<Identity | null> {
    // One statement, no transaction of its own: this runs on every request.
    const rows: IdentityRow[] = await this.db.dataSource.query(
      `SELECT * FROM tandem_session_identity($1)`,
      [userId],
    );
    const row = rows[0];
    if (!row || row.status !== UserStatus.ACTIVE || row.partner_status === PartnerStatus.SUSPENDED)
      return null;
    return {
      userId: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      partnerId: row.partner_id,
    };
  }

  /** Checks a password sign-in, with per-email slowing and locking. */
  async verifyCredentials(emailInput: string, password: string): Promise<Identity> {
    const email = emailInput.trim().toLowerCase();
    if (!email || !password)
      throw new ValidationError([{ field: 'email', message: 'Enter your email and password.' }]);
    const now = this.clock.now();
    const throttle = await this.db.asSystem((em) =>
      em.findOne(AuthThrottle, { where: { key: email } }),
    );
    if (throttle?.lockedUntil && throttle.lockedUntil > now) {
      const minutes = Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw new TooManyRequestsError(
        `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`,
      );
    }
    const user = await this.db.asSystem((em) =>
      em
        .createQueryBuilder(User, 'u')
        .addSelect('u.passwordHash')
        .where('u.email = :email', { email })
        .getOne(),
    );
    this.dummyHash ??= this.hasher.hash(randomUUID());
    const ok = await this.hasher.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !user.passwordHash || !ok) {
      const failures = await this.recordFailure(email);
      // Slow each further guess down: 0.25 s more per recent failure, at most 2 s.
      await new Promise((r) => setTimeout(r, Math.min(250 * (failures - 1), 2000)));
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    const identity = await this.loadIdentity(user.id);
    if (!identity) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'This account cannot sign in right now. Ask your administrator to check it.',
      );
    }
    await this.db.asSystem(async (em) => {
      await em.delete(AuthThrottle, { key: email });
      await em.update(User, { id: user.id }, { lastSignInAt: now });
    });
    return identity;
  }

  private async recordFailure(email: string): Promise<number> {
    const now = this.clock.now();
    const max = this.config.auth.loginMaxFailures;
    const lockUntil = new Date(now.getTime() + this.config.auth.loginLockMinutes * 60_000);
    const rows: { failures: number }[] = await this.db.asSystem((em) =>
      em.query(
        `INSERT INTO auth_throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN auth_throttle.locked_until IS NOT NULL AND auth_throttle.locked_until <= $2
                           THEN 1 ELSE auth_throttle.failures + 1 END,
           locked_until = CASE WHEN auth_throttle.failures + 1 >= $3
                                AND (auth_throttle.locked_until IS NULL OR auth_throttle.locked_until > $2)
                               THEN $4::timestamptz ELSE NULL END,
           last_failure_at = $2
         RETURNING failures`,
        [email, now, max, lockUntil],
      ),
    );
    return rows[0]?.failures ?? 1;
  }

  /** Starts a session: a short-lived access token and a new refresh-token family, as cookies. */
  async startSession(res: Response, userId: string, em?: EntityManager): Promise<void> {
    const familyId = randomUUID();
    const work = (m: EntityManager) => this.issueRefresh(m, userId, familyId, res);
    if (em) await work(em);
    else await this.db.asSystem(work);
    this.setAccessCookie(res, userId);
  }

  /** Rotates the refresh token in the cookie; a spent token presented again revokes its family. */
  async refresh(cookie: string | undefined, res: Response): Promise<Identity> {
    const [id, secret] = (cookie ?? '').split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id))
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    const now = this.clock.now();
    const userId = await this.db.asSystem(async (em) => {
      const token = await em.findOne(RefreshToken, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.tokenHash !== hashToken(secret) || token.expiresAt <= now) return null;
      if (token.revokedAt) {
        const benign =
          token.replacedById && now.getTime() - token.revokedAt.getTime() < REUSE_GRACE_MS;
        if (!benign) {
          await em.update(
            RefreshToken,
            { familyId: token.familyId, revokedAt: IsNull() },
            { revokedAt: now },
          );
          return null;
        }
        return token.userId;
      }
      const next = await this.issueRefresh(em, token.userId, token.familyId, res);
      await em.update(RefreshToken, { id }, { revokedAt: now, replacedById: next });
      return token.userId;
    });
    const identity = userId ? await this.loadIdentity(userId) : null;
    if (!identity) {
      clearSessionCookies(res, this.config.auth.cookieSecure);
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    }
    this.setAccessCookie(res, identity.userId);
    return identity;
  }

  async signOut(cookie: string | undefined, res: Response): Promise<void> {
    const [id] = (cookie ?? '').split('.');
    if (id && /^[0-9a-f-]{36}$/.test(id)) {
      await this.db.asSystem(async (em) => {
        const token = await em.findOne(RefreshToken, { where: { id } });
        if (token)
          await em.update(
            RefreshToken,
            { familyId: token.familyId, revokedAt: IsNull() },
            { revokedAt: this.clock.now() },
          );
      });
    }
    clearSessionCookies(res, this.config.auth.cookieSecure);
  }

  async changePassword(
    ctx: RequestContext,
    res: Response,
    current: string,
    next: string,
  ): Promise<boolean> {
    const user = await ctx.em
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: ctx.user.userId })
      .getOne();
    if (!user?.passwordHash || !(await this.hasher.verify(user.passwordHash, current))) {
      throw ValidationError.field('currentPassword', 'Your current password is not correct.');
    }
    assertStrongPassword(next, 'newPassword');
    if (current === next)
      throw ValidationError.field(
        'newPassword',
        'Choose a password different from the current one.',
      );
    await ctx.em.update(User, { id: user.id }, { passwordHash: await this.hasher.hash(next) });
    // Every other session ends; this one continues with a fresh token family.
    await ctx.em.update(
      RefreshToken,
      { userId: user.id, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    await this.audit.record(ctx, {
      action: 'user.password-changed',
      entityType: 'User',
      entityId: user.id,
      partnerId: user.partnerId,
    });
    await this.startSession(res, user.id, ctx.em);
    return true;
  }

  /** Always succeeds, so the answer never tells whether the email has an account. */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    const email = emailInput.trim().toLowerCase();
    await this.db.asSystem(async (em) => {
      const user = await em.findOne(User, { where: { email } });
      if (!user || user.status !== UserStatus.ACTIVE) return;
      await em.update(
        PasswordReset,
        { userId: user.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      const { token, hash } = newOpaqueToken();
      await em.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hash,
        expiresAt: new Date(this.clock.now().getTime() + RESET_MINUTES * 60_000),
      });
      await this.mailer.send(em, {
        to: user.email,
        subject: 'Reset your Tandem password',
        text:
          `Someone asked to reset the password of your Tandem account. If it was you, choose a new password ` +
          `here within ${RESET_MINUTES} minutes:\n${this.config.publicUrl}/reset-password?token=${token}\n\n` +
          `If it was not you, ignore this email; your password stays as it is.`,
      });
    });
    return true;
  }

  async resetPassword(token: string, password: string): Promise<string> {
    assertStrongPassword(password);
    const passwordHash = await this.hasher.hash(password);
    return this.db.asSystem(async (em) => {
      const reset = await em.findOne(PasswordReset, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      if (!reset || reset.usedAt || reset.expiresAt <= now) {
        throw ValidationError.field(
          'token',
          'This reset link is not valid any more. Ask for a new one.',
        );
      }
      const user = await em.findOneOrFail(User, { where: { id: reset.userId } });
      await em.update(PasswordReset, { id: reset.id }, { usedAt: now });
      await em.update(User, { id: user.id }, { passwordHash });
      await em.update(RefreshToken, { userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
      await em.delete(AuthThrottle, { key: user.email.toLowerCase() });
      await this.audit.recordSystem(
        em,
        {
          action: 'user.password-reset',
          entityType: 'User',
          entityId: user.id,
          partnerId: user.partnerId,
        },
        user.name || user.email,
      );
      return user.email;
    });
  }

  private async issueRefresh(
    em: EntityManager,
    userId: string,
    familyId: string,
    res: Response,
  ): Promise<string> {
    const { token, hash } = newOpaqueToken();
    const ttlMs = this.config.auth.refreshTokenTtlDays * 86_400_000;
    const row = await em.save(
      em.create(RefreshToken, {
        userId,
        familyId,
        tokenHash: hash,
        expiresAt: new Date(this.clock.now().getTime() + ttlMs),
      }),
    );
    res.cookie(
      REFRESH_COOKIE,
      `${row.id}.${token}`,
      refreshCookieOptions(this.config.auth.cookieSecure, ttlMs),
    );
    res.cookie(
      SESSION_HINT_COOKIE,
      '1',
      sessionHintCookieOptions(this.config.auth.cookieSecure, ttlMs),
    );
    return row.id;
  }

  private setAccessCookie(res: Response, userId: string): void {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign({ sub: userId }, { expiresIn: ttl });
    res.cookie(
      ACCESS_COOKIE,
      token,
      accessCookieOptions(this.config.auth.cookieSecure, ttl * 1000),
    );
  }
}
