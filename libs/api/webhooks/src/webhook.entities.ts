import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { WebhookDeliveryStatus, WebhookEventType } from '@tandem/shared-domain';
import { OutboxEvent } from '@tandem/api-core';
import { Partner } from '@tandem/api-directory';

registerEnumType(WebhookEventType, { name: 'WebhookEventType' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

/**
 * A URL that receives signed POSTs for the events it subscribes to. A vendor endpoint (no
 * partner) receives every partner's events; a partner's endpoint only that partner's.
 */
@Entity('webhook_endpoint')
@Index('idx_webhook_endpoint_partner', ['partnerId'])
@ObjectType()
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null for a vendor endpoint.' })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'text' })
  @Field()
  url: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ type: 'text', array: true })
  @Field(() => [WebhookEventType])
  events: WebhookEventType[];

  /** The signing secret, encrypted when WEBHOOK_SECRET_KEY is set (see secret-box.ts). */
  @Column({ name: 'secret', type: 'text' })
  secret: string;

  @Column({ name: 'secret_hint', type: 'text' })
  @Field({ description: 'The last characters of the signing secret, to tell secrets apart.' })
  secretHint: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  enabled: boolean;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  @Field(() => Int, { description: 'Failed attempts since the last successful delivery.' })
  consecutiveFailures: number;

  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  failingSince: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ name: 'created_by_label', type: 'text' })
  @Field()
  createdByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  @Field(() => Int)
  version: number;
}

/** One event for one endpoint: the exact body sent on every attempt, and where it stands. */
@Entity('webhook_delivery')
@Index('uq_webhook_delivery_event', ['endpointId', 'eventId'], { unique: true })
@Index('idx_webhook_delivery_endpoint', ['endpointId', 'createdAt'])
@Index('idx_webhook_delivery_due', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('idx_webhook_delivery_event', ['eventId'])
@ObjectType()
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  @Field(() => ID)
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;

  /** The endpoint's partner, copied so row-level security needs no join. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'event_id', type: 'uuid' })
  @Field(() => ID, { description: 'Sent as Tandem-Webhook-Id; the same on every retry.' })
  eventId: string;

  @ManyToOne(() => OutboxEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: OutboxEvent;

  @Column({ name: 'event_type', type: 'text' })
  @Field(() => WebhookEventType)
  eventType: WebhookEventType;

  @Column({ type: 'text' })
  @Field({ description: 'The JSON body, byte for byte as signed and sent.' })
  body: string;

  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  attempts: number;

  /** Retries stop 24 hours after this (the first attempt, or the last resend). */
  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  failedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}

/** One HTTP attempt of a delivery: what the receiver answered, or why there was no answer. */
@Entity('webhook_attempt')
@Index('idx_webhook_attempt_delivery', ['deliveryId', 'attemptedAt'])
@ObjectType()
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  @Field()
  attemptedAt: Date;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  statusCode: number | null;

  @Column({ type: 'boolean' })
  @Field()
  success: boolean;

  @Column({ name: 'duration_ms', type: 'int' })
  @Field(() => Int)
  durationMs: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  error: string | null;

  @Column({ name: 'response_excerpt', type: 'text', default: '' })
  @Field({ description: 'The first 500 characters of the response body.' })
  responseExcerpt: string;
}

export const WEBHOOK_ENTITIES = [WebhookEndpoint, WebhookDelivery, WebhookAttempt];
