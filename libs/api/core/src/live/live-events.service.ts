import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { Permission } from '@tandem/shared-domain';
import { AppConfig } from '../config/app-config';
import { Identity } from '../context/identity';
import { GqlContext, RequestContext } from '../context/request-context';
import { DbService } from '../database/db.service';
import { LIVE_CHANNEL, LiveEvent, LiveTopic, parseLiveEvent, publishLiveEvent } from './live-event';

/** The GraphQL context of a WebSocket operation: it can open a fresh context for each event. */
export interface LiveGqlContext extends GqlContext {
  /** Re-reads the subscriber (so a disabled user stops hearing) into a new RequestContext. */
  renew?: () => Promise<RequestContext>;
}

/** How one subscription field turns events into payloads. */
export interface LiveStreamSpec<T> {
  topic: LiveTopic;
  /** The permissions of the matching query; checked again for every event. */
  permissions: Permission[];
  /** A cheap first filter on the event's audience, before any database work. */
  audience(event: LiveEvent, me: Identity): boolean;
  /** Re-reads the row under the subscriber's own scope; null when they may not see it. */
  load(ctx: RequestContext, event: LiveEvent): Promise<T | null>;
}

/** Events waiting for a slow subscriber beyond this are dropped (the portal refetches anyway). */
const MAX_BUFFERED = 100;
const MAX_RECONNECT_MS = 30_000;

/**
 * Cross-process live updates over Postgres LISTEN/NOTIFY: changes publish tiny events inside their
 * transaction; one dedicated connection per API process listens and fans them out in memory to the
 * GraphQL subscriptions of this process.
 */
@Injectable()
export class LiveEventsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveEventsService.name);
  private readonly bus = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private reconnect?: NodeJS.Timeout;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly db: DbService,
  ) {}

  publish(em: EntityManager, event: LiveEvent): Promise<void> {
    return publishLiveEvent(em, event);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether this process is listening (health checks and tests). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped || !this.config.database.url) return;
    const client = new Client({ connectionString: this.config.database.url });
    const retry = (err: unknown) => {
      if (this.client === client) this.client = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      const delay = Math.min(MAX_RECONNECT_MS, 500 * 2 ** this.failures++);
      this.logger.warn(`Live updates listener lost (${String(err)}); reconnecting in ${delay} ms`);
      this.reconnect = setTimeout(() => void this.connect(), delay);
    };
    client.on('error', retry);
    client.on('end', () => retry('connection ended'));
    client.on('notification', (msg) => {
      if (msg.channel !== LIVE_CHANNEL) return;
      const event = parseLiveEvent(msg.payload);
      if (event) this.deliver(event);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      this.failures = 0;
    } catch (err) {
      retry(err);
    }
  }

  /** Hands a committed event to this process's subscriptions. */
  deliver(event: LiveEvent): void {
    this.bus.emit(event.topic, event);
  }

  /**
   * An event stream for one subscription. Each event passes the audience filter, then the
   * subscriber is re-read and the row loaded in a fresh transaction under their scope; that
   * transaction stays open while the payload's fields resolve and is closed by `finishEvent`.
   */
  stream<T>(gql: LiveGqlContext, spec: LiveStreamSpec<T>): AsyncIterableIterator<T> {
    return new LiveStream(this.bus, this.db, gql, spec, this.logger);
  }
}

/** Closes the transaction an event's payload was resolved in (called once it has been sent). */
export async function finishLiveEvent(gql: LiveGqlContext): Promise<void> {
  await gql.ctx.finish('commit');
}

/**
 * Hand-written rather than an async generator: `return()` must end a stream that is waiting for
 * its next event at once (a generator would queue it behind that wait and leak the listener).
 */
class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: LiveEvent[] = [];
  private waiting: ((event: LiveEvent | null) => void) | null = null;
  private done = false;
  private readonly onEvent = (event: LiveEvent) => {
    if (this.done) return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake(event);
    } else if (this.buffer.length < MAX_BUFFERED) this.buffer.push(event);
  };

  constructor(
    private readonly bus: EventEmitter,
    private readonly db: DbService,
    private readonly gql: LiveGqlContext,
    private readonly spec: LiveStreamSpec<T>,
    private readonly logger: Logger,
  ) {
    bus.on(spec.topic, this.onEvent);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private nextEvent(): Promise<LiveEvent | null> {
    const queued = this.buffer.shift();
    if (queued) return Promise.resolve(queued);
    if (this.done) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async next(): Promise<IteratorResult<T>> {
    // The previous event's transaction is normally closed once its payload is sent; never keep it.
    await this.gql.ctx.finish('commit');
    for (;;) {
      const event = await this.nextEvent();
      if (!event) return this.end();
      const first = this.gql.ctx.identity;
      if (!first || !this.spec.audience(event, first)) continue;
      let fresh: RequestContext | null = null;
      try {
        fresh = this.gql.renew ? await this.gql.renew() : null;
        const me = fresh?.identity;
        // Signed out, disabled or lost the permission since subscribing: stop for good.
        if (
          !fresh ||
          !me ||
          me.userId !== first.userId ||
          !this.spec.permissions.some((p) => fresh?.can(p))
        )
          return this.end();
        if (!this.spec.audience(event, me)) continue;
        await fresh.begin(this.db);
        const value = await this.spec.load(fresh, event);
        if (value === null) {
          await fresh.finish('commit');
          continue;
        }
        this.gql.ctx = fresh;
        return { value, done: false };
      } catch (err) {
        // One event that cannot be read (a database hiccup) neither ends the subscription nor
        // reaches the client as a raw error; the portal catches up on its next refetch.
        this.logger.error(`Live ${event.topic} event ${event.id} skipped: ${String(err)}`);
        await fresh?.finish('rollback').catch(() => undefined);
      }
    }
  }

  async return(): Promise<IteratorResult<T>> {
    return this.end();
  }

  async throw(err?: unknown): Promise<IteratorResult<T>> {
    await this.end();
    throw err;
  }

  private async end(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.bus.off(this.spec.topic, this.onEvent);
      this.buffer.length = 0;
      const wake = this.waiting;
      this.waiting = null;
      wake?.(null);
    }
    await this.gql.ctx.finish('rollback');
    return { value: undefined, done: true };
  }
}
