import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { Permission, Role, hasPermission, isVendorRole } from '@tandem/shared-domain';
import { UnauthenticatedError } from '../errors/domain-error';
import { DbScope, Identity, scopeFor } from './identity';
import { DbService, ScopedTransaction } from '../database/db.service';

/**
 * Everything a service needs to know about the current request, built once per request and passed
 * first to every service method: who is calling, their scope, the request's transaction and its
 * DataLoaders.
 */
export class RequestContext {
  private tx?: ScopedTransaction;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memos = new Map<string, Promise<unknown>>();

  constructor(
    readonly requestId: string,
    readonly identity: Identity | null,
    readonly ip?: string,
  ) {}

  get isAuthenticated(): boolean {
    return this.identity !== null;
  }

  /** The signed-in user; throws UNAUTHENTICATED for anonymous callers. */
  get user(): Identity {
    if (!this.identity) throw new UnauthenticatedError();
    return this.identity;
  }

  get role(): Role | null {
    return this.identity?.role ?? null;
  }

  get isVendor(): boolean {
    return this.identity !== null && isVendorRole(this.identity.role);
  }

  /** The caller's partner, or null for vendor staff and anonymous callers. */
  get partnerId(): string | null {
    return this.identity?.partnerId ?? null;
  }

  get scope(): DbScope {
    return scopeFor(this.identity);
  }

  /** What the caller's role allows, narrowed to the token's permissions for API-token calls. */
  can(permission: Permission): boolean {
    if (this.identity === null || !hasPermission(this.identity.role, permission)) return false;
    return !this.identity.token || this.identity.token.permissions.includes(permission);
  }

  /** The request's transaction; every read and write of the request goes through it. */
  get em(): EntityManager {
    if (!this.tx) throw new Error('No transaction is open for this request');
    return this.tx.em;
  }

  async begin(db: DbService): Promise<void> {
    if (!this.tx) this.tx = await db.begin(this.scope);
  }

  async finish(action: 'commit' | 'rollback'): Promise<void> {
    const tx = this.tx;
    this.tx = undefined;
    if (tx) await (action === 'commit' ? tx.commit() : tx.rollback());
  }

  /** Computes a value once per request (e.g. the caller's tier rank). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.memos.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.memos.set(key, value);
    }
    return value;
  }

  /** A DataLoader that lives as long as this request (so no cache leaks between callers). */
  loader<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let existing = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!existing) {
      existing = create();
      this.loaders.set(key, existing as DataLoader<unknown, unknown>);
    }
    return existing;
  }
}

/** Shape of the GraphQL context object. */
export interface GqlContext {
  req: import('express').Request;
  res: import('express').Response;
  ctx: RequestContext;
}
