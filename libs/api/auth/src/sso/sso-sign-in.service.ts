import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import { EntityManager } from 'typeorm';
import { PartnerStatus, UserStatus } from '@tandem/shared-domain';
import { AppConfig, AuditService, Clock, DbService } from '@tandem/api-core';
import { Partner, User } from '@tandem/api-directory';
import { AuthService } from '../auth.service';
import { emailDomainOf } from './email-domains';
import { SsoDiscoveryService, SsoSetupError, describeOidcError } from './sso-discovery.service';
import { SsoConnection, UserIdentity } from './sso.entities';

export const SSO_STATE_COOKIE = 'tandem_sso';
const STATE_PATH = '/auth/sso';
const STATE_TTL_SECONDS = 600;
const STATE_AUDIENCE = 'tandem-sso-state';
export const SSO_SCOPES = 'openid email profile';

/** A refusal the person signing in should read (it ends up on the sign-in page). */
export class SsoSignInError extends Error {}

interface StatePayload {
  c: string;
  v: string;
  s: string;
  n: string;
}

interface SsoClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

/**
 * OpenID Connect sign-in: authorization code with PKCE. The verifier, state and nonce travel in a
 * short-lived signed httpOnly cookie scoped to /auth/sso; a successful callback starts the same
 * session as a password sign-in.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger(SsoSignInService.name);

  constructor(
    private readonly db: DbService,
    private readonly jwt: JwtService,
    private readonly discovery: SsoDiscoveryService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The enabled connection for an email's domain, if any. */
  async connectionForEmail(email: string): Promise<SsoConnection | null> {
    const domain = emailDomainOf(email);
    if (!domain) return null;
    return this.db.asSystem((em) =>
      em
        .createQueryBuilder(SsoConnection, 'c')
        .where('c.enabled')
        .andWhere(':domain = ANY(c.email_domains)', { domain })
        .getOne(),
    );
  }

  /** Builds the identity provider's authorization URL and sets the state cookie. */
  async start(email: string, res: Response): Promise<string> {
    const connection = await this.connectionForEmail(email);
    if (!connection)
      throw new SsoSignInError('Single sign-on is not set up for this email address.');
    const config = await this.configurationFor(connection);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.discovery.redirectUri,
      scope: SSO_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: email.trim(),
    });
    const payload: StatePayload = { c: connection.id, v: verifier, s: state, n: nonce };
    res.cookie(
      SSO_STATE_COOKIE,
      this.jwt.sign(payload, { expiresIn: STATE_TTL_SECONDS, audience: STATE_AUDIENCE }),
      {
        httpOnly: true,
        // Lax: the identity provider's redirect back is a top-level navigation from its site.
        sameSite: 'lax',
        secure: this.config.auth.cookieSecure,
        path: STATE_PATH,
        maxAge: STATE_TTL_SECONDS * 1000,
      },
    );
    return url.href;
  }

  /** Completes the sign-in; on success the session cookies are set. */
  async callback(req: Request, res: Response): Promise<void> {
    const raw: unknown = req.cookies?.[SSO_STATE_COOKIE];
    this.clearState(res);
    const state = this.readState(raw);
    const connection = await this.db.asSystem((em) =>
      em.findOne(SsoConnection, { where: { id: state.c } }),
    );
    if (!connection?.enabled)
      throw new SsoSignInError('This single sign-on connection is not available any more.');
    const config = await this.configurationFor(connection);
    // The URL the provider redirected to, rebuilt on the configured public URL (not the Host header).
    const currentUrl = new URL(this.discovery.redirectUri);
    currentUrl.search = new URL(req.originalUrl, 'http://placeholder').search;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: state.v,
        expectedState: state.s,
        expectedNonce: state.n,
        idTokenExpected: true,
      });
    } catch (err) {
      if (err instanceof oidc.AuthorizationResponseError && err.error === 'access_denied')
        throw new SsoSignInError('Sign-in was cancelled at the identity provider.');
      this.logger.warn(`SSO callback refused for connection ${connection.id}: ${String(err)}`);
      throw new SsoSignInError(
        `The identity provider's answer could not be verified (${describeOidcError(err)}). Try again.`,
      );
    }
    let claims = tokens.claims() as SsoClaims | undefined;
    if (!claims?.sub) throw new SsoSignInError('The identity provider did not say who you are.');
    if (typeof claims.email !== 'string') {
      // Many providers put email only in the userinfo response, not in the ID token.
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
      } catch (err) {
        this.logger.warn(`SSO userinfo failed for connection ${connection.id}: ${String(err)}`);
      }
    }
    const userId = await this.resolveUser(connection, claims);
    const identity = await this.auth.loadIdentity(userId);
    if (!identity)
      throw new SsoSignInError(
        'This account cannot sign in right now. Ask your administrator to check it.',
      );
    await this.auth.startSession(res, identity.userId);
  }

  private async configurationFor(connection: SsoConnection): Promise<oidc.Configuration> {
    try {
      return await this.discovery.configuration(connection);
    } catch (err) {
      if (!(err instanceof SsoSetupError)) throw err;
      this.logger.warn(`SSO connection ${connection.id} unusable: ${err.message}`);
      throw new SsoSignInError(
        `Single sign-on with ${connection.name} is not working right now. Ask your administrator, or sign in with your password.`,
      );
    }
  }

  private readState(raw: unknown): StatePayload {
    try {
      if (typeof raw !== 'string' || !raw) throw new Error('missing');
      const payload = this.jwt.verify<StatePayload & object>(raw, { audience: STATE_AUDIENCE });
      if (!payload.c || !payload.v || !payload.s || !payload.n) throw new Error('incomplete');
      return payload;
    } catch {
      throw new SsoSignInError(
        'This sign-in link has expired or was opened in another browser. Start again from the sign-in page.',
      );
    }
  }

  private clearState(res: Response): void {
    res.clearCookie(SSO_STATE_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.cookieSecure,
      path: STATE_PATH,
    });
  }

  /** Finds the linked user, links an existing one of the same scope, or creates one. */
  private resolveUser(connection: SsoConnection, claims: SsoClaims): Promise<string> {
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email)
      throw new SsoSignInError(
        'The identity provider did not share your email address, so Tandem cannot tell who you are.',
      );
    if (claims.email_verified === false || claims.email_verified === 'false')
      throw new SsoSignInError(
        'Your email address is not verified at the identity provider, so Tandem cannot sign you in with it.',
      );
    const domain = emailDomainOf(email);
    if (!domain || !connection.emailDomains.includes(domain))
      throw new SsoSignInError(
        `${email} is not an address ${connection.name} may sign in. Use your work email address.`,
      );
    const subject = claims.sub;
    return this.db.asSystem(async (em) => {
      const link = await em.findOne(UserIdentity, {
        where: { connectionId: connection.id, subject },
      });
      if (link) {
        const user = await em.findOneOrFail(User, { where: { id: link.userId } });
        await this.admit(em, user);
        return user.id;
      }
      const existing = await em.findOne(User, { where: { email } });
      if (existing) {
        if ((existing.partnerId ?? null) !== (connection.partnerId ?? null))
          throw new SsoSignInError(
            `An account for ${email} already exists outside ${connection.name}'s organisation, so it cannot be linked. Ask your administrator.`,
          );
        if (
          await em.exists(UserIdentity, {
            where: { connectionId: connection.id, userId: existing.id },
          })
        )
          throw new SsoSignInError(
            `${email} is already linked to another ${connection.name} account. Ask your administrator.`,
          );
        await this.admit(em, existing);
        await em.insert(UserIdentity, {
          connectionId: connection.id,
          subject,
          userId: existing.id,
        });
        await this.audit.recordSystem(
          em,
          {
            action: 'user.sso-linked',
            entityType: 'User',
            entityId: existing.id,
            partnerId: existing.partnerId,
            after: { connectionId: connection.id, connection: connection.name },
          },
          `${connection.name} (single sign-on)`,
        );
        return existing.id;
      }
      if (connection.partnerId) {
        const partner = await em.findOne(Partner, { where: { id: connection.partnerId } });
        if (!partner || partner.status === PartnerStatus.SUSPENDED)
          throw new SsoSignInError(
            'Your organisation cannot sign in to Tandem right now. Ask your channel manager.',
          );
      }
      const user = await em.save(
        em.create(User, {
          email,
          name: displayName(claims, email),
          role: connection.defaultRole,
          partnerId: connection.partnerId,
          status: UserStatus.ACTIVE,
          passwordHash: null,
          lastSignInAt: this.clock.now(),
        }),
      );
      await em.insert(UserIdentity, { connectionId: connection.id, subject, userId: user.id });
      await this.audit.recordSystem(
        em,
        {
          action: 'user.created-by-sso',
          entityType: 'User',
          entityId: user.id,
          partnerId: user.partnerId,
          after: { email, role: user.role, connectionId: connection.id },
        },
        `${connection.name} (single sign-on)`,
      );
      return user.id;
    });
  }

  /** Refuses disabled accounts; an invited user who signs in through their provider is active. */
  private async admit(em: EntityManager, user: User): Promise<void> {
    if (user.status === UserStatus.DISABLED)
      throw new SsoSignInError(
        'Your Tandem account is disabled. Ask your administrator to enable it.',
      );
    await em.update(
      User,
      { id: user.id },
      {
        lastSignInAt: this.clock.now(),
        ...(user.status === UserStatus.INVITED ? { status: UserStatus.ACTIVE } : {}),
      },
    );
  }
}

function displayName(claims: SsoClaims, email: string): string {
  if (typeof claims.name === 'string' && claims.name.trim())
    return claims.name.trim().slice(0, 120);
  const parts = [claims.given_name, claims.family_name].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  return parts.length ? parts.join(' ').slice(0, 120) : (email.split('@')[0] ?? email);
}
