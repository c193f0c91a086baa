import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { WebhookEventType } from '@tandem/shared-domain';
import { OutboxEvent } from './outbox-event.entity';

export interface DomainEvent {
  type: WebhookEventType;
  /** The partner whose data this is (its endpoints receive it); null for vendor-only events. */
  partnerId: string | null;
  /** Only the entity's own fields: never another partner's ids, names or registrations. */
  data: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Records domain events in the caller's transaction (the outbox). A free function rather than a
 * service so that code without injection (lead stage changes) can emit too; the webhooks module
 * delivers the events after the transaction commits.
 */
export async function emitDomainEvents(em: EntityManager, events: DomainEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    await em
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      // No RETURNING: a partner may record a vendor-only event it cannot read back.
      .updateEntity(false)
      .values(
        events.slice(i, i + 1000).map((e) => ({
          id: randomUUID(),
          type: e.type,
          partnerId: e.partnerId,
          data: plain(e.data) as never,
          occurredAt: e.occurredAt,
        })),
      )
      .execute();
  }
}

export function emitDomainEvent(em: EntityManager, event: DomainEvent): Promise<void> {
  return emitDomainEvents(em, [event]);
}

/** Dates become ISO strings and undefined fields disappear, as a receiver will see them. */
function plain(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
