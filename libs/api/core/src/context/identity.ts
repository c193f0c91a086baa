import { Permission, Role } from '@tandem/shared-domain';

/** Who is calling, as loaded fresh from the database on every request. */
export interface Identity {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The partner the user belongs to; null for vendor staff. */
  partnerId: string | null;
  /**
   * Set when the call came with an API token: it acts for the user who created it, limited to
   * the permissions chosen for the token.
   */
  token?: { id: string; name: string; permissions: readonly Permission[] };
}

/** How the database session is scoped for row-level security. */
export type DbScope =
  | { kind: 'vendor'; userId: string }
  | { kind: 'partner'; userId: string; partnerId: string }
  | { kind: 'system' }
  | { kind: 'anonymous' };

export function scopeFor(identity: Identity | null): DbScope {
  if (!identity) return { kind: 'anonymous' };
  if (identity.partnerId) {
    return { kind: 'partner', userId: identity.userId, partnerId: identity.partnerId };
  }
  return { kind: 'vendor', userId: identity.userId };
}
