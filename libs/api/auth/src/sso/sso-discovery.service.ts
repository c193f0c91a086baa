import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AppConfig, SecretBox } from '@tandem/api-core';
import { SsoConnection } from './sso.entities';

const CACHE_MS = 5 * 60_000;

/** Why a connection cannot be used; the message is written for the admin (or the person signing in). */
export class SsoSetupError extends Error {}

/**
 * Reads identity providers' discovery documents (cached briefly per connection version) and holds
 * the key that seals client secrets.
 */
@Injectable()
export class SsoDiscoveryService {
  readonly secrets: SecretBox;
  private readonly cache = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  constructor(private readonly appConfig: AppConfig) {
    this.secrets = new SecretBox(appConfig.auth.jwtSecret, 'sso-client-secret');
  }

  get redirectUri(): string {
    return `${this.appConfig.publicUrl}/auth/sso/callback`;
  }

  get allowInsecure(): boolean {
    return this.appConfig.sso.allowInsecureIssuer;
  }

  /** The openid-client configuration of a connection; throws SsoSetupError with a readable reason. */
  configuration(connection: SsoConnection): Promise<oidc.Configuration> {
    const key = `${connection.id}:${connection.updatedAt.getTime()}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
    const config = this.discover(connection);
    // An edited connection's older entries are never read again.
    for (const stale of this.cache.keys())
      if (stale.startsWith(`${connection.id}:`)) this.cache.delete(stale);
    this.cache.set(key, { at: Date.now(), config });
    // A failed discovery is not cached: the admin may fix the issuer and retry at once.
    config.catch(() => this.cache.delete(key));
    return config;
  }

  private async discover(connection: SsoConnection): Promise<oidc.Configuration> {
    const secret = this.secrets.open(connection.clientSecretSealed);
    if (secret === null)
      throw new SsoSetupError(
        'The stored client secret cannot be read (the server secret changed). Enter the client secret again.',
      );
    let url: URL;
    try {
      url = new URL(connection.issuer);
    } catch {
      throw new SsoSetupError('The issuer URL is not a valid URL.');
    }
    if (url.protocol !== 'https:' && !this.allowInsecure)
      throw new SsoSetupError('The issuer URL must use https.');
    try {
      return await oidc.discovery(
        url,
        connection.clientId,
        { client_secret: secret },
        oidc.ClientSecretBasic(secret),
        {
          ...(url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
          timeout: 10,
        },
      );
    } catch (err) {
      throw new SsoSetupError(
        `The identity provider's discovery document could not be read: ${describeOidcError(err)}`,
      );
    }
  }
}

/** A short, safe description of an openid-client or network failure (no stack, no secrets). */
export function describeOidcError(err: unknown): string {
  if (err instanceof oidc.ResponseBodyError)
    return err.error_description ? `${err.error}: ${err.error_description}` : err.error;
  if (err instanceof oidc.AuthorizationResponseError)
    return err.error_description ? `${err.error}: ${err.error_description}` : err.error;
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const detail =
      cause instanceof Error && cause.message !== err.message ? ` (${cause.message})` : '';
    return `${err.message}${detail}`.slice(0, 300);
  }
  return 'unknown error';
}
