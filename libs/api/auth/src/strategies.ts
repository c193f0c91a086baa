import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { AppConfig, Identity } from '@tandem/api-core';
import { AuthService } from './auth.service';
import { ACCESS_COOKIE } from './cookies';

/** Email + password sign-in. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<Identity> {
    return this.auth.verifyCredentials(email, password);
  }
}

/**
 * The access token lives in an httpOnly cookie. The user is re-read on every request, so disabling
 * a user or suspending a partner takes effect on the next request, not when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    config: AppConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        (req: Request) => req.cookies?.[ACCESS_COOKIE] ?? null,
      ]),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: { sub?: string }): Promise<Identity | false> {
    if (!payload.sub) return false;
    return (await this.auth.loadIdentity(payload.sub)) ?? false;
  }
}
