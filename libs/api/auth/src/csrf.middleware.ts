import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@tandem/api-core';
import { CSRF_COOKIE, CSRF_HEADER } from './cookies';
import { bearerOf } from './request-context.middleware';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF protection for cookie-authenticated requests: every unsafe request must echo
 * the readable `tandem_csrf` cookie in the `x-csrf-token` header, which another site cannot read.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // API-token calls carry no cookies and are authenticated by the header alone (which another
    // site cannot make a browser send), so there is nothing to forge.
    if (bearerOf(req)) return next();
    let cookie: string | undefined = req.cookies?.[CSRF_COOKIE];
    if (!cookie) {
      cookie = randomBytes(24).toString('base64url');
      res.cookie(CSRF_COOKIE, cookie, {
        httpOnly: false,
        sameSite: 'strict',
        secure: this.config.auth.cookieSecure,
        path: '/',
      });
      req.cookies = { ...(req.cookies ?? {}), [CSRF_COOKIE]: cookie };
      if (SAFE_METHODS.has(req.method)) return next();
      return this.refuse(res);
    }
    if (SAFE_METHODS.has(req.method)) return next();
    const header = req.header(CSRF_HEADER) ?? '';
    const a = Buffer.from(header);
    const b = Buffer.from(cookie);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return this.refuse(res);
    next();
  }

  private refuse(res: Response): void {
    res.status(403).json({
      errors: [
        {
          message:
            'Your session’s security token is missing or out of date. Reload the page and try again.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  }
}
