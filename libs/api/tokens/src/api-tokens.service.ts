import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import {
  API_TOKEN_PREFIX,
  DEFAULT_TOKEN_RATE_LIMIT,
  MAX_TOKEN_RATE_LIMIT,
  Permission,
  ROLE_LABELS,
  grantableTokenPermissions,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  DbService,
  FieldError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { ApiToken, CreatedApiToken } from './api-token.entity';

export interface CreateApiTokenValues {
  name: string;
  permissions: string[];
  expiresAt?: Date | null;
  rateLimitPerMinute?: number | null;
}

/** Why a presented token was refused, in words the integration's owner can act on. */
export class TokenRefusal extends Error {
  constructor(
    readonly status: 401 | 429,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A token that passed every check, with what the request may do. */
export interface AcceptedToken {
  id: string;
  name: string;
  userId: string;
  partnerId: string | null;
  permissions: Permission[];
  rateLimitPerMinute: number;
  remaining: number;
}

const hashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * API tokens: made by vendor admins (vendor scope) and partner admins (their partner's scope) with
 * chosen permissions. The secret has 256 random bits, so a plain SHA-256 is a safe way to store
 * it and to find it again on every request — which is what makes revocation take effect at once.
 */
/** A row of tandem_api_token_by_hash. */
interface TokenRow {
  id: string;
  name: string;
  partner_id: string | null;
  created_by_user_id: string;
  permissions: string[];
  rate_limit_per_minute: number;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

@Injectable()
export class ApiTokensService {
  /** One limiter per distinct limit (tokens choose their own); keys are token ids. */
  private readonly limiters = new Map<number, RateLimiterMemory>();

  constructor(
    private readonly db: DbService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<ApiToken[]> {
    // Row-level security keeps a partner admin to their partner's tokens.
    return ctx.em.find(ApiToken, { order: { createdAt: 'DESC' }, take: 500 });
  }

  async create(ctx: RequestContext, input: CreateApiTokenValues): Promise<CreatedApiToken> {
    const user = ctx.user;
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (!name) errors.push({ field: 'name', message: 'Name the token after what will use it.' });
    else if (name.length > 80)
      errors.push({ field: 'name', message: 'Keep the name to 80 characters or fewer.' });
    const allowed = grantableTokenPermissions(user.role);
    const permissions = [...new Set(input.permissions)];
    if (permissions.length === 0)
      errors.push({ field: 'permissions', message: 'Choose at least one permission.' });
    const unknown = permissions.filter((p) => !allowed.includes(p as Permission));
    if (unknown.length)
      errors.push({
        field: 'permissions',
        message: `A token of a ${ROLE_LABELS[user.role].toLowerCase()} cannot have: ${unknown.join(', ')}. Choose from: ${allowed.join(', ')}.`,
      });
    const rate = input.rateLimitPerMinute ?? DEFAULT_TOKEN_RATE_LIMIT;
    if (!Number.isInteger(rate) || rate < 1 || rate > MAX_TOKEN_RATE_LIMIT)
      errors.push({
        field: 'rateLimitPerMinute',
        message: `The rate limit must be a whole number from 1 to ${MAX_TOKEN_RATE_LIMIT} requests per minute.`,
      });
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt.getTime() <= this.clock.now().getTime())
      errors.push({ field: 'expiresAt', message: 'The expiry date must be in the future.' });
    if (errors.length) throw new ValidationError(errors);

    const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const token = await ctx.em.save(
      Object.assign(new ApiToken(), {
        name,
        partnerId: user.partnerId,
        createdByUserId: user.userId,
        createdByLabel: user.name,
        permissions,
        secretPrefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        secretHash: hashOf(secret),
        rateLimitPerMinute: rate,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
        revokedByLabel: null,
      }),
    );
    await this.audit.record(ctx, {
      action: 'api_token.created',
      entityType: 'ApiToken',
      entityId: token.id,
      partnerId: token.partnerId,
      after: token, // the audit log leaves the secret's hash out
    });
    return { token, secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiToken> {
    const token = await ctx.em.findOne(ApiToken, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token) throw new NotFoundError('API token');
    if (token.revokedAt) return token;
    token.revokedAt = this.clock.now();
    token.revokedByLabel = ctx.user.name;
    await ctx.em.update(
      ApiToken,
      { id },
      { revokedAt: token.revokedAt, revokedByLabel: token.revokedByLabel },
    );
    await this.audit.record(ctx, {
      action: 'api_token.revoked',
      entityType: 'ApiToken',
      entityId: token.id,
      partnerId: token.partnerId,
      after: { revokedAt: token.revokedAt },
    });
    return token;
  }

  /**
   * Checks a presented secret on every request (no cache, so a revocation applies to the very next
   * call), counts it against the token's rate limit and notes when it was last used.
   */
  async accept(secret: string): Promise<AcceptedToken> {
    const invalid = new TokenRefusal(
      401,
      'This API token is not valid. Check that it was copied whole, or ask an admin for a new one.',
    );
    if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) throw invalid;
    const now = this.clock.now();
    // One statement, no transaction of its own: this runs on every request with a token.
    const rows: TokenRow[] = await this.db.dataSource.query(
      `SELECT * FROM tandem_api_token_by_hash($1)`,
      [hashOf(secret)],
    );
    if (!rows[0]) throw invalid;
    const token = {
      id: rows[0].id,
      name: rows[0].name,
      partnerId: rows[0].partner_id,
      createdByUserId: rows[0].created_by_user_id,
      permissions: rows[0].permissions,
      rateLimitPerMinute: rows[0].rate_limit_per_minute,
      expiresAt: rows[0].expires_at,
      lastUsedAt: rows[0].last_used_at,
      revokedAt: rows[0].revoked_at,
    };
    if (token.revokedAt)
      throw new TokenRefusal(
        401,
        `This API token ("${token.name}") was revoked on ${token.revokedAt.toISOString().slice(0, 10)}. Ask an admin for a new one.`,
      );
    if (token.expiresAt && token.expiresAt <= now)
      throw new TokenRefusal(
        401,
        `This API token ("${token.name}") expired on ${token.expiresAt.toISOString().slice(0, 10)}. Ask an admin for a new one.`,
      );
    const remaining = await this.consume(token);
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
      await this.db.asSystem((em) =>
        em.query(
          `UPDATE api_token SET last_used_at = $2
           WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)`,
          [token.id, now, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)],
        ),
      );
    return {
      id: token.id,
      name: token.name,
      userId: token.createdByUserId,
      partnerId: token.partnerId,
      permissions: token.permissions as Permission[],
      rateLimitPerMinute: token.rateLimitPerMinute,
      remaining,
    };
  }

  private async consume(token: {
    id: string;
    name: string;
    rateLimitPerMinute: number;
  }): Promise<number> {
    const points = token.rateLimitPerMinute;
    let limiter = this.limiters.get(points);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points, duration: 60 });
      this.limiters.set(points, limiter);
    }
    try {
      const res = await limiter.consume(token.id);
      return res.remainingPoints;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw new TokenRefusal(
        429,
        `Rate limit reached for API token "${token.name}": ${points} requests per minute. Try again in ${seconds} s, or ask an admin to raise the token's limit.`,
        seconds,
      );
    }
  }
}
