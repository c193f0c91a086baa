import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import {
  SUBSCRIBABLE_WEBHOOK_EVENTS,
  WebhookDeliveryStatus,
  WebhookEventType,
} from '@tandem/shared-domain';
import {
  AppConfig,
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  NotFoundError,
  OutboxEvent,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  pageOf,
} from '@tandem/api-core';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entities';
import { WebhookSecretBox, newWebhookSecret } from './webhook-crypto';
import { webhookUrlProblem } from './webhook-url';
import { webhookBody } from './webhook-dispatcher.service';

export interface WebhookEndpointValues {
  url?: string;
  description?: string;
  events?: WebhookEventType[];
}

const MAX_ENDPOINTS = 20;
const ATTEMPTS_SHOWN = 50;

/**
 * Endpoints, their secrets and their delivery logs. Row-level security keeps a partner admin to
 * the partner's own endpoints and deliveries; vendor admins see and manage all of them.
 */
@Injectable()
export class WebhooksService {
  private readonly box: WebhookSecretBox;

  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    this.box = new WebhookSecretBox(config.webhooks.secretKey);
  }

  list(ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return ctx.em.find(WebhookEndpoint, { order: { createdAt: 'ASC' }, take: 200 });
  }

  async get(ctx: RequestContext, id: string): Promise<WebhookEndpoint> {
    const endpoint = await ctx.em.findOne(WebhookEndpoint, { where: { id } });
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    return endpoint;
  }

  async deliveries(
    ctx: RequestContext,
    endpointId: string,
    page: Page,
    status?: WebhookDeliveryStatus | null,
  ): Promise<PaginatedResult<WebhookDelivery>> {
    const qb = ctx.em
      .createQueryBuilder(WebhookDelivery, 'd')
      .where('d.endpoint_id = :endpointId', { endpointId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC');
    if (status) qb.andWhere('d.status = :status', { status });
    return pageOf(qb, page);
  }

  lastDelivery(ctx: RequestContext, endpointId: string): Promise<WebhookDelivery | null> {
    return ctx
      .loader(
        'webhook.lastDelivery',
        () =>
          new DataLoader<string, WebhookDelivery | null>(async (ids) => {
            const rows = await ctx.em
              .createQueryBuilder(WebhookDelivery, 'd')
              .distinctOn(['d.endpoint_id'])
              .where('d.endpoint_id IN (:...ids)', { ids: [...ids] })
              .orderBy('d.endpoint_id')
              .addOrderBy('d.created_at', 'DESC')
              .getMany();
            const byEndpoint = new Map(rows.map((r) => [r.endpointId, r]));
            return ids.map((id) => byEndpoint.get(id) ?? null);
          }),
      )
      .load(endpointId);
  }

  attemptLog(ctx: RequestContext, deliveryId: string): Promise<WebhookAttempt[]> {
    return ctx
      .loader(
        'webhook.attempts',
        () =>
          new DataLoader<string, WebhookAttempt[]>(async (ids) => {
            // The latest attempts of each delivery (one delivery's many retries cannot crowd out
            // another's).
            const rows = await ctx.em
              .createQueryBuilder(WebhookAttempt, 'a')
              .where(
                `a.id IN (SELECT x.id FROM (SELECT w.id, row_number() OVER (
                   PARTITION BY w.delivery_id ORDER BY w.attempted_at DESC) AS rn
                 FROM webhook_attempt w WHERE w.delivery_id IN (:...ids)) x WHERE x.rn <= :shown)`,
                { ids: [...ids], shown: ATTEMPTS_SHOWN },
              )
              .orderBy('a.attempted_at', 'DESC')
              .getMany();
            const byDelivery = new Map<string, WebhookAttempt[]>();
            for (const r of rows)
              byDelivery.set(r.deliveryId, [...(byDelivery.get(r.deliveryId) ?? []), r]);
            return ids.map((id) => byDelivery.get(id) ?? []);
          }),
      )
      .load(deliveryId);
  }

  async create(
    ctx: RequestContext,
    input: Required<Pick<WebhookEndpointValues, 'url' | 'events'>> & WebhookEndpointValues,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const values = this.validated(input, true);
    const partnerId = ctx.partnerId;
    const count = await ctx.em.count(WebhookEndpoint, {
      where: { partnerId: partnerId ?? IsNull() },
    });
    if (count >= MAX_ENDPOINTS)
      throw new ConflictError(`You can have at most ${MAX_ENDPOINTS} webhook endpoints.`);
    const secret = newWebhookSecret();
    const endpoint = await ctx.em.save(
      ctx.em.create(WebhookEndpoint, {
        partnerId,
        url: values.url!,
        description: values.description ?? '',
        events: values.events!,
        secret: this.box.seal(secret),
        secretHint: secret.slice(-4),
        enabled: true,
        createdByUserId: ctx.user.userId,
        createdByLabel: ctx.user.name,
      }),
    );
    await this.audit.record(ctx, {
      action: 'webhook-endpoint.create',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      partnerId,
      after: auditView(endpoint),
    });
    return { endpoint, secret };
  }

  async update(
    ctx: RequestContext,
    input: WebhookEndpointValues & { id: string; enabled?: boolean; expectedVersion?: number },
  ): Promise<WebhookEndpoint> {
    const endpoint = await this.locked(ctx, input.id, input.expectedVersion);
    const before = auditView(endpoint);
    const values = this.validated(input, false);
    if (values.url !== undefined) endpoint.url = values.url;
    if (values.description !== undefined) endpoint.description = values.description;
    if (values.events !== undefined) endpoint.events = values.events;
    if (input.enabled === true && !endpoint.enabled) {
      // Enabling starts over: the failure count that disabled it no longer applies.
      Object.assign(endpoint, {
        enabled: true,
        disabledAt: null,
        disabledReason: null,
        consecutiveFailures: 0,
        failingSince: null,
      });
    } else if (input.enabled === false && endpoint.enabled) {
      Object.assign(endpoint, {
        enabled: false,
        disabledAt: this.clock.now(),
        disabledReason: `Disabled by ${ctx.user.name}.`,
      });
    }
    const saved = await ctx.em.save(endpoint);
    await this.audit.record(ctx, {
      action: 'webhook-endpoint.update',
      entityType: 'WebhookEndpoint',
      entityId: saved.id,
      partnerId: saved.partnerId,
      before,
      after: auditView(saved),
    });
    return saved;
  }

  async rotateSecret(
    ctx: RequestContext,
    id: string,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const endpoint = await this.locked(ctx, id);
    const secret = newWebhookSecret();
    endpoint.secret = this.box.seal(secret);
    endpoint.secretHint = secret.slice(-4);
    const saved = await ctx.em.save(endpoint);
    await this.audit.record(ctx, {
      action: 'webhook-endpoint.rotate-secret',
      entityType: 'WebhookEndpoint',
      entityId: id,
      partnerId: saved.partnerId,
      after: { secretHint: saved.secretHint },
    });
    return { endpoint: saved, secret };
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const endpoint = await this.locked(ctx, id);
    await ctx.em.delete(WebhookEndpoint, { id });
    await this.audit.record(ctx, {
      action: 'webhook-endpoint.delete',
      entityType: 'WebhookEndpoint',
      entityId: id,
      partnerId: endpoint.partnerId,
      before: auditView(endpoint),
    });
    return true;
  }

  /** Sends a delivery again: a fresh attempt now and a fresh 24-hour retry window. */
  async resend(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await ctx.em.findOne(WebhookDelivery, {
      where: { id: deliveryId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!delivery) throw new NotFoundError('Webhook delivery');
    const endpoint = await this.get(ctx, delivery.endpointId);
    if (!endpoint.enabled)
      throw new ConflictError('This endpoint is disabled; enable it before resending.');
    const now = this.clock.now();
    if (delivery.lockedUntil && delivery.lockedUntil > now)
      throw new ConflictError('This delivery is being sent right now; try again in a moment.');
    Object.assign(delivery, {
      status: WebhookDeliveryStatus.PENDING,
      nextAttemptAt: now,
      windowStartedAt: now,
      lockedUntil: null,
      deliveredAt: null,
      failedAt: null,
    });
    const saved = await ctx.em.save(delivery);
    await this.audit.record(ctx, {
      action: 'webhook-delivery.resend',
      entityType: 'WebhookDelivery',
      entityId: delivery.id,
      partnerId: delivery.partnerId,
      after: { endpointId: endpoint.id, eventId: delivery.eventId },
    });
    return saved;
  }

  /** Queues a `ping` event for this endpoint alone, delivered like any other. */
  async sendTest(ctx: RequestContext, endpointId: string): Promise<WebhookDelivery> {
    const endpoint = await this.get(ctx, endpointId);
    if (!endpoint.enabled)
      throw new ConflictError('This endpoint is disabled; enable it before sending a test.');
    const now = this.clock.now();
    const event = {
      id: randomUUID(),
      type: WebhookEventType.PING,
      partnerId: endpoint.partnerId,
      data: { endpointId: endpoint.id, message: 'A test event sent from Tandem.' },
      occurredAt: now,
      dispatchedAt: now,
    };
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      .values(event)
      .updateEntity(false)
      .execute();
    const delivery = ctx.em.create(WebhookDelivery, {
      endpointId: endpoint.id,
      partnerId: endpoint.partnerId,
      eventId: event.id,
      eventType: WebhookEventType.PING,
      body: webhookBody(event.id, event.type, now, event.partnerId, event.data),
      status: WebhookDeliveryStatus.PENDING,
      attempts: 0,
      windowStartedAt: now,
      nextAttemptAt: now,
      createdAt: now,
    });
    return ctx.em.save(delivery);
  }

  private async locked(
    ctx: RequestContext,
    id: string,
    expectedVersion?: number,
  ): Promise<WebhookEndpoint> {
    const endpoint = await ctx.em.findOne(WebhookEndpoint, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    if (expectedVersion != null && endpoint.version !== expectedVersion)
      throw new ConflictError('Someone else changed this endpoint; reload and try again.');
    return endpoint;
  }

  private validated(input: WebhookEndpointValues, creating: boolean): WebhookEndpointValues {
    const errors: FieldError[] = [];
    const out: WebhookEndpointValues = {};
    if (input.url !== undefined || creating) {
      const url = (input.url ?? '').trim();
      const problem = webhookUrlProblem(url, this.config.webhooks.allowInsecureUrls);
      if (problem) errors.push({ field: 'url', message: problem });
      out.url = url;
    }
    if (input.description !== undefined) {
      // null clears it, like an empty text
      const description = (input.description ?? '').trim();
      if (description.length > 500)
        errors.push({
          field: 'description',
          message: 'Keep the description under 500 characters.',
        });
      out.description = description;
    }
    if (input.events !== undefined || creating) {
      const events = [...new Set(input.events ?? [])];
      if (!events.length)
        errors.push({ field: 'events', message: 'Choose at least one event to send.' });
      const unknown = events.filter((e) => !SUBSCRIBABLE_WEBHOOK_EVENTS.includes(e));
      if (unknown.length)
        errors.push({
          field: 'events',
          message: `These events cannot be subscribed to: ${unknown.join(', ')}.`,
        });
      out.events = SUBSCRIBABLE_WEBHOOK_EVENTS.filter((e) => events.includes(e));
    }
    if (errors.length) throw new ValidationError(errors);
    return out;
  }
}

/** The endpoint as the audit log keeps it: never its secret. */
function auditView(e: WebhookEndpoint): Record<string, unknown> {
  return {
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    secretHint: e.secretHint,
  };
}
