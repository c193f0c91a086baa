import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { randomUUID } from 'node:crypto';
import { Identity, RequestContext } from '@tandem/api-core';

type TandemRequest = Request & { requestContext?: RequestContext; id?: string | number };

/**
 * Builds the RequestContext once per request: authenticates the access-token cookie through
 * passport's JWT strategy (an absent or invalid token simply means an anonymous caller).
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: TandemRequest, res: Response, next: NextFunction): void {
    const requestId = String(req.id ?? req.headers['x-request-id'] ?? randomUUID());
    passport.authenticate('jwt', { session: false }, (err: unknown, identity: Identity | false) => {
      if (err) return next(err);
      req.requestContext = new RequestContext(requestId, identity || null, req.ip);
      next();
    })(req, res, next);
  }
}
