import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  NotificationKind,
  Role,
  WEBHOOK_EVENT_NAMES,
  WEBHOOK_HEADERS,
  WebhookDeliveryStatus,
  WebhookEventType,
} from '@tandem/shared-domain';
import { AppConfig, AuditService, Clock, DbService } from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entities';
import { WebhookSecretBox, signWebhook } from './webhook-crypto';

const MINUTE = 60_000;
/** Retries stop this long after the first attempt; the delivery is then failed. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * MINUTE;
const REQUEST_TIMEOUT_MS = 10_000;
const LOCK_MS = 5 * MINUTE;
/** Deliveries attempted at once: a slow endpoint does not hold up the others for long. */
const CONCURRENCY = 4;
const EXCERPT_CHARS = 500;
/** Events and their delivery logs are kept this long after they were dispatched. */
export const WEBHOOK_RETENTION_MS = 30 * 24 * 60 * MINUTE;
const PRUNE_EVERY_MS = 60 * MINUTE;

/** The wait after the n-th failed attempt: 1 min, 2, 4, 8, 16, 32, then every hour. */
export function webhookRetryDelay(failedAttempts: number): number {
  return Math.min(MINUTE * 2 ** (failedAttempts - 1), 60 * MINUTE);
}

interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: WebhookEventType;
  body: string;
  attempts: number;
  window_started_at: Date;
}

interface AttemptOutcome {
  statusCode: number | null;
  success: boolean;
  durationMs: number;
  error: string | null;
  responseExcerpt: string;
}

/**
 * Delivers the outbox. Each run fans undispatched events out into one delivery per subscribed
 * endpoint, then attempts every delivery that is due. Deliveries are claimed with SKIP LOCKED and
 * the HTTP call happens outside any transaction; every attempt is recorded, and a failed one is
 * scheduled again with exponential backoff until 24 hours after the first attempt. State lives in
 * the database only, so a restart simply continues where the last process stopped.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly box: WebhookSecretBox;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private prunedAt = 0;

  constructor(
    private readonly db: DbService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {
    this.box = new WebhookSecretBox(config.webhooks.secretKey);
  }

  /** Fans out new events and attempts due deliveries; returns how many of each. */
  async runDue(limit = 50): Promise<{ dispatched: number; attempted: number }> {
    const dispatched = await this.fanOut();
    const attempted = await this.deliverDue(limit);
    await this.pruneIfDue();
    return { dispatched, attempted };
  }

  /**
   * Deletes events dispatched more than 30 days ago, with their deliveries and attempts, unless
   * a delivery is still pending (a recent resend). Runs at most hourly, a bounded batch at a time.
   */
  private async pruneIfDue(): Promise<void> {
    const now = this.clock.now().getTime();
    if (Math.abs(now - this.prunedAt) < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    await this.db.asSystem((em) =>
      em.query(
        `DELETE FROM outbox_event WHERE id IN (
           SELECT e.id FROM outbox_event e
           WHERE e.dispatched_at IS NOT NULL AND e.dispatched_at < $1
             AND NOT EXISTS (SELECT 1 FROM webhook_delivery d
                             WHERE d.event_id = e.id AND d.status = 'PENDING')
           ORDER BY e.dispatched_at LIMIT 5000)`,
        [new Date(now - WEBHOOK_RETENTION_MS)],
      ),
    );
  }

  private fanOut(): Promise<number> {
    return this.db.asSystem(async (em) => {
      const events: {
        id: string;
        type: WebhookEventType;
        partner_id: string | null;
        data: unknown;
        occurred_at: Date;
      }[] = await em.query(
        `SELECT id, type, partner_id, data, occurred_at FROM outbox_event
         WHERE dispatched_at IS NULL ORDER BY occurred_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
      if (!events.length) return 0;
      const endpoints = await em.find(WebhookEndpoint, { where: { enabled: true } });
      const now = this.clock.now();
      const rows: Omit<Partial<WebhookDelivery>, 'event' | 'endpoint'>[] = [];
      for (const e of events) {
        const targets = endpoints.filter(
          (ep) =>
            ep.events.includes(e.type) && (ep.partnerId === null || ep.partnerId === e.partner_id),
        );
        if (!targets.length) continue;
        const body = webhookBody(e.id, e.type, e.occurred_at, e.partner_id, e.data);
        for (const ep of targets)
          rows.push({
            endpointId: ep.id,
            partnerId: ep.partnerId,
            eventId: e.id,
            eventType: e.type,
            body,
            windowStartedAt: now,
            nextAttemptAt: now,
            createdAt: now,
          });
      }
      for (let i = 0; i < rows.length; i += 500)
        await em
          .createQueryBuilder()
          .insert()
          .into(WebhookDelivery)
          .values(rows.slice(i, i + 500))
          .orIgnore()
          .updateEntity(false)
          .execute();
      await em.query(`UPDATE outbox_event SET dispatched_at = $2 WHERE id = ANY($1)`, [
        events.map((e) => e.id),
        now,
      ]);
      return events.length;
    });
  }

  private async deliverDue(limit: number): Promise<number> {
    const now = this.clock.now();
    const claimed: ClaimedDelivery[] = await this.db.asSystem((em) =>
      em.query(
        `WITH due AS (
           SELECT id FROM webhook_delivery
           WHERE status = 'PENDING' AND next_attempt_at <= $1
             AND (locked_until IS NULL OR locked_until < $1)
           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         , claimed AS (
           UPDATE webhook_delivery d SET locked_until = $2 FROM due WHERE d.id = due.id
           RETURNING d.id, d.endpoint_id, d.event_id, d.event_type, d.body, d.attempts, d.window_started_at)
         SELECT * FROM claimed`,
        [now, new Date(now.getTime() + LOCK_MS), limit],
      ),
    );
    if (!claimed.length) return 0;
    const endpoints = await this.db.asSystem((em) =>
      em.find(WebhookEndpoint, {
        where: { id: In([...new Set(claimed.map((d) => d.endpoint_id))]) },
      }),
    );
    const byId = new Map(endpoints.map((e) => [e.id, e]));
    const attemptOne = async (delivery: ClaimedDelivery) => {
      try {
        await this.attempt(delivery, byId.get(delivery.endpoint_id));
      } catch (err) {
        // The lock runs out and the delivery is tried again; nothing else is lost.
        this.logger.error(`Webhook delivery ${delivery.id} could not be recorded: ${String(err)}`);
      }
    };
    // At most CONCURRENCY × 10 s per round, so a batch finishes well within its lock.
    for (let i = 0; i < claimed.length; i += CONCURRENCY)
      await Promise.all(claimed.slice(i, i + CONCURRENCY).map(attemptOne));
    return claimed.length;
  }

  private async attempt(d: ClaimedDelivery, endpoint: WebhookEndpoint | undefined): Promise<void> {
    if (!endpoint?.enabled) {
      await this.db.asSystem((em) =>
        em.update(
          WebhookDelivery,
          { id: d.id },
          {
            status: WebhookDeliveryStatus.FAILED,
            failedAt: this.clock.now(),
            nextAttemptAt: null,
            lockedUntil: null,
            lastError: 'The endpoint is disabled; resend once it is enabled again.',
          },
        ),
      );
      return;
    }
    const outcome = await this.post(endpoint, d);
    await this.db.asSystem((em) => this.record(em, d, endpoint, outcome));
  }

  private async post(endpoint: WebhookEndpoint, d: ClaimedDelivery): Promise<AttemptOutcome> {
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const started = performance.now();
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Tandem-Webhooks/1.0',
          [WEBHOOK_HEADERS.id]: d.event_id,
          [WEBHOOK_HEADERS.event]: WEBHOOK_EVENT_NAMES[d.event_type],
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(
            this.box.open(endpoint.secret),
            timestamp,
            d.body,
          ),
        },
        body: d.body,
      });
      const responseExcerpt = await excerpt(res);
      const success = res.status >= 200 && res.status < 300;
      return {
        statusCode: res.status,
        success,
        durationMs: Math.round(performance.now() - started),
        error: success ? null : `The endpoint answered HTTP ${res.status}.`,
        responseExcerpt,
      };
    } catch (err) {
      return {
        statusCode: null,
        success: false,
        durationMs: Math.round(performance.now() - started),
        error: describeFetchError(err),
        responseExcerpt: '',
      };
    }
  }

  private async record(
    em: EntityManager,
    d: ClaimedDelivery,
    endpoint: WebhookEndpoint,
    outcome: AttemptOutcome,
  ): Promise<void> {
    const now = this.clock.now();
    await em.insert(WebhookAttempt, {
      deliveryId: d.id,
      partnerId: endpoint.partnerId,
      attemptedAt: now,
      ...outcome,
    });
    const attempts = d.attempts + 1;
    const common = {
      attempts,
      lockedUntil: null,
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
    };
    if (outcome.success) {
      await em.update(
        WebhookDelivery,
        { id: d.id },
        {
          ...common,
          status: WebhookDeliveryStatus.DELIVERED,
          deliveredAt: now,
          nextAttemptAt: null,
        },
      );
      // Only when there is a failure streak to end, and without touching the endpoint's version
      // (an update through the entity would bump it and turn an admin's edit into a conflict).
      await em.query(
        `UPDATE webhook_endpoint SET consecutive_failures = 0, failing_since = NULL
         WHERE id = $1 AND (consecutive_failures > 0 OR failing_since IS NOT NULL)`,
        [endpoint.id],
      );
      return;
    }
    const deadline = new Date(new Date(d.window_started_at).getTime() + WEBHOOK_RETRY_WINDOW_MS);
    const exhausted = now >= deadline;
    await em.update(
      WebhookDelivery,
      { id: d.id },
      exhausted
        ? { ...common, status: WebhookDeliveryStatus.FAILED, failedAt: now, nextAttemptAt: null }
        : {
            ...common,
            nextAttemptAt: new Date(
              Math.min(now.getTime() + webhookRetryDelay(attempts), deadline.getTime()),
            ),
          },
    );
    const [state]: { failing_since: Date; enabled: boolean }[] = await em.query(
      `WITH counted AS (
         UPDATE webhook_endpoint
         SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, $2)
         WHERE id = $1 RETURNING failing_since, enabled)
       SELECT * FROM counted`,
      [endpoint.id, now],
    );
    // Disabled when a delivery has failed for good and nothing has succeeded since it began.
    if (
      exhausted &&
      state?.enabled &&
      new Date(state.failing_since) <= new Date(d.window_started_at)
    )
      await this.disable(em, endpoint, now);
  }

  private async disable(em: EntityManager, endpoint: WebhookEndpoint, now: Date): Promise<void> {
    const reason =
      'Deliveries failed for 24 hours without a successful answer, so the endpoint was disabled. Fix the receiver, enable the endpoint and resend the failed deliveries.';
    await em.update(
      WebhookEndpoint,
      { id: endpoint.id },
      { enabled: false, disabledAt: now, disabledReason: reason },
    );
    const admins: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE status = 'ACTIVE' AND role = $1
         AND partner_id IS NOT DISTINCT FROM $2::uuid`,
      [endpoint.partnerId ? Role.PARTNER_ADMIN : Role.VENDOR_ADMIN, endpoint.partnerId],
    );
    const recipients = admins.map((a) => a.id);
    if (endpoint.createdByUserId) recipients.push(endpoint.createdByUserId);
    await this.notifications.notify(em, recipients, {
      kind: NotificationKind.WEBHOOK_DISABLED,
      title: `Webhook endpoint disabled: ${hostOf(endpoint.url)}`,
      body: reason,
      link: `/integrations/webhooks/${endpoint.id}`,
    });
    await this.audit.recordSystem(em, {
      action: 'webhook-endpoint.disabled',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      partnerId: endpoint.partnerId,
      after: { enabled: false, reason },
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.isProduction && !this.config.webhooks.secretKey)
      this.logger.warn(
        'WEBHOOK_SECRET_KEY is not set: webhook signing secrets are stored unencrypted.',
      );
    if (!this.config.jobs.enabled) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue()
        .catch((err) => this.logger.error(`Webhook dispatch failed: ${String(err)}`))
        .finally(() => (this.running = undefined));
    }, this.config.jobs.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

/** The JSON body receivers get; built once per event, so every endpoint gets the same bytes. */
export function webhookBody(
  id: string,
  type: WebhookEventType,
  occurredAt: Date,
  partnerId: string | null,
  data: unknown,
): string {
  return JSON.stringify({
    id,
    type: WEBHOOK_EVENT_NAMES[type],
    occurredAt: new Date(occurredAt).toISOString(),
    partnerId,
    data,
  });
}

async function excerpt(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_CHARS * 4) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS);
}

function describeFetchError(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return `No answer within ${REQUEST_TIMEOUT_MS / 1000} seconds.`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string }) : null;
  const detail =
    cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `Could not reach the endpoint (${detail}).`.slice(0, 500);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
