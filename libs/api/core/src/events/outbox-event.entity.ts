import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One domain event in the transactional outbox: written in the same transaction as the change it
 * describes, so it exists exactly when the change commits. The webhooks module fans it out to
 * subscribed endpoints and marks it dispatched.
 */
@Entity('outbox_event')
@Index('idx_outbox_event_pending', ['occurredAt'], { where: 'dispatched_at IS NULL' })
@Index('idx_outbox_event_dispatched', ['dispatchedAt'], { where: 'dispatched_at IS NOT NULL' })
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id: string;

  /** A WebhookEventType key (e.g. LEAD_CREATED). */
  @Column({ type: 'text' })
  type: string;

  /** The partner whose data this is; null for vendor-only events. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
