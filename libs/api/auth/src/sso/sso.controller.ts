import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@tandem/api-core';
import { SsoSignInError, SsoSignInService } from './sso-sign-in.service';

const SIGN_IN_PAGE = '/sign-in';

/**
 * The browser side of OpenID Connect sign-in. Every outcome is a redirect: to the identity
 * provider, to the portal, or back to the sign-in page with a message people can read.
 */
@Controller('auth/sso')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(private readonly sso: SsoSignInService) {}

  /** Which connection (by its button label) signs in this email; nothing else is revealed. */
  @Public()
  @Get('discover')
  async discover(@Query('email') email?: string): Promise<{ connection: { name: string } | null }> {
    const connection = typeof email === 'string' ? await this.sso.connectionForEmail(email) : null;
    return { connection: connection ? { name: connection.name } : null };
  }

  @Public()
  @Get('start')
  async start(@Query('email') email: string | undefined, @Res() res: Response): Promise<void> {
    try {
      res.redirect(302, await this.sso.start(typeof email === 'string' ? email : '', res));
    } catch (err) {
      this.fail(res, err);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.sso.callback(req, res);
      res.redirect(302, '/');
    } catch (err) {
      this.fail(res, err);
    }
  }

  private fail(res: Response, err: unknown): void {
    let message = 'Single sign-on failed. Try again, or ask your administrator.';
    if (err instanceof SsoSignInError) message = err.message;
    else
      this.logger.error(`Single sign-on failed: ${err instanceof Error ? err.stack : String(err)}`);
    res.redirect(302, `${SIGN_IN_PAGE}?sso_error=${encodeURIComponent(message)}`);
  }
}
