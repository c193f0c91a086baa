import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { Clock } from '../clock/clock';
import { RequestContext } from '../context/request-context';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  partnerId?: string | null;
  before?: object | null;
  after?: object | null;
}

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'password', 'secretHash', 'secret']);

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_KEYS.has(k)));
}

/** Writes audit entries inside the caller's transaction, so the entry exists iff the change does. */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(ctx: RequestContext, entry: AuditRecord): Promise<void> {
    const actor = ctx.identity;
    await this.write(ctx.em, entry, {
      actorUserId: actor?.userId ?? null,
      actorLabel: actor ? `${actor.name} (${ROLE_LABELS[actor.role]})` : 'anonymous',
      requestId: ctx.requestId,
    });
  }

  async recordSystem(em: EntityManager, entry: AuditRecord, actorLabel = 'system'): Promise<void> {
    await this.write(em, entry, { actorUserId: null, actorLabel, requestId: null });
  }

  private async write(
    em: EntityManager,
    entry: AuditRecord,
    actor: { actorUserId: string | null; actorLabel: string; requestId: string | null },
  ): Promise<void> {
    await em.insert(AuditEntry, {
      at: this.clock.now(),
      ...actor,
      partnerId: entry.partnerId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before) as never,
      after: snapshot(entry.after) as never,
    });
  }
}
