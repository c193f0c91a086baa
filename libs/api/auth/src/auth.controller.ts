import {
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { Identity, Public, UnauthenticatedError } from '@tandem/api-core';
import { AuthService } from './auth.service';
import { CSRF_COOKIE, REFRESH_COOKIE } from './cookies';

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(err: unknown, user: T, _info: unknown, _context: ExecutionContext): T {
    if (err) throw err;
    if (!user) throw new UnauthenticatedError('Enter your email and password.');
    return user;
  }
}

type SessionUser = Pick<Identity, 'userId' | 'email' | 'name' | 'role' | 'partnerId'>;

function sessionBody(identity: Identity): { user: SessionUser } {
  const { userId, email, name, role, partnerId } = identity;
  return { user: { userId, email, name, role, partnerId } };
}

/** Cookie-based session endpoints beside GraphQL (they set and clear httpOnly cookies). */
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get('csrf')
  csrf(@Req() req: Request): { token: string } {
    return { token: String(req.cookies?.[CSRF_COOKIE] ?? '') };
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  async login(@Req() req: Request & { user: Identity }, @Res({ passthrough: true }) res: Response) {
    await this.auth.startSession(res, req.user.userId);
    return sessionBody(req.user);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return sessionBody(await this.auth.refresh(req.cookies?.[REFRESH_COOKIE], res));
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.signOut(req.cookies?.[REFRESH_COOKIE], res);
    return { ok: true };
  }
}
