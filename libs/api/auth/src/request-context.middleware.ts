import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { randomUUID } from 'node:crypto';
import { ErrorCode, Identity, RequestContext } from '@tandem/api-core';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { ApiTokensService, TokenRefusal } from '@tandem/api-tokens';
import { AuthService } from './auth.service';

type TandemRequest = Request & { requestContext?: RequestContext; id?: string | number };

/** An `Authorization: Bearer …` header: the caller is an integration using an API token. */
export function bearerOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * Builds the RequestContext once per request. Integrations authenticate with an API token (the
 * token acts for the admin who made it, narrowed to its permissions); people with the
 * access-token cookie through passport's JWT strategy. An absent or invalid cookie simply means an
 * anonymous caller; a token that is refused is answered here, with the reason.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(
    private readonly tokens: ApiTokensService,
    private readonly auth: AuthService,
  ) {}

  use(req: TandemRequest, res: Response, next: NextFunction): void {
    const requestId = String(req.id ?? req.headers['x-request-id'] ?? randomUUID());
    const bearer = bearerOf(req);
    if (bearer) {
      this.fromToken(bearer, res)
        .then((identity) => {
          if (!identity) return;
          req.requestContext = new RequestContext(requestId, identity, req.ip);
          next();
        })
        .catch(next);
      return;
    }
    passport.authenticate('jwt', { session: false }, (err: unknown, identity: Identity | false) => {
      if (err) return next(err);
      req.requestContext = new RequestContext(requestId, identity || null, req.ip);
      next();
    })(req, res, next);
  }

  private async fromToken(secret: string, res: Response): Promise<Identity | null> {
    const refuse = (status: number, message: string, code: ErrorCode) => {
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
      return null;
    };
    let token;
    try {
      token = await this.tokens.accept(secret);
    } catch (err) {
      if (!(err instanceof TokenRefusal)) throw err;
      if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      return refuse(
        err.status,
        err.message,
        err.status === 429 ? ErrorCode.TooManyRequests : ErrorCode.Unauthenticated,
      );
    }
    res.setHeader('X-RateLimit-Limit', String(token.rateLimitPerMinute));
    res.setHeader('X-RateLimit-Remaining', String(token.remaining));
    const owner = await this.auth.loadIdentity(token.userId);
    if (!owner || owner.partnerId !== token.partnerId)
      return refuse(
        401,
        `The person who made API token "${token.name}" can no longer sign in, so the token no longer works. Ask an admin for a new one.`,
        ErrorCode.Unauthenticated,
      );
    if (!hasPermission(owner.role, Permission.IntegrationManage))
      return refuse(
        401,
        `The person who made API token "${token.name}" no longer manages integrations, so the token no longer works. Ask an admin for a new one.`,
        ErrorCode.Unauthenticated,
      );
    return {
      ...owner,
      name: `${owner.name} via API token “${token.name}”`,
      token: { id: token.id, name: token.name, permissions: token.permissions },
    };
  }
}
