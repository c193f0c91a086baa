import { createHmac, randomBytes } from 'node:crypto';
import { SecretBox } from '@tandem/api-core';

/** A new signing secret: `whsec_` and 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>` — the value of
 * the Tandem-Signature header (documented in docs/integrations.md).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * Keeps signing secrets encrypted at rest with the shared `SecretBox` when a key is configured;
 * without one (development) they are stored as they are, marked `plain:`, and row-level security
 * alone guards them. Either form can be read back, so setting a key later only affects new secrets.
 */
export class WebhookSecretBox {
  private readonly box: SecretBox | null;

  constructor(secretKey: string | undefined) {
    this.box = secretKey ? new SecretBox(secretKey, 'webhook-signing-secret') : null;
  }

  seal(secret: string): string {
    return this.box ? this.box.seal(secret) : `plain:${secret}`;
  }

  open(stored: string): string {
    if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
    const secret = this.box?.open(stored) ?? null;
    if (secret === null)
      throw new Error(
        'This webhook secret cannot be decrypted (WEBHOOK_SECRET_KEY missing or changed).',
      );
    return secret;
  }
}
