import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { DbService } from '../database/db.service';
import { Job } from './job.entity';

export type JobHandler = (payload: Record<string, unknown>, em: EntityManager) => Promise<void>;

export interface EnqueueOptions {
  runAt?: Date;
  /** A job with the same key is only ever queued once. */
  dedupeKey?: string;
  maxAttempts?: number;
}

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

const LOCK_MS = 5 * 60_000;

/**
 * A small durable job runner on the application's own Postgres: jobs are rows with a due time,
 * claimed with SKIP LOCKED so several API processes can share the work. Time comes from the Clock,
 * so tests can move it and run what has fallen due.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<string, JobHandler>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DbService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for job kind "${kind}" already exists`);
    this.handlers.set(kind, handler);
  }

  /** Queues a job inside the caller's transaction: it exists only if the change commits. */
  async enqueue(
    em: EntityManager,
    kind: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(Job)
      .values({
        kind,
        payload: payload as never,
        runAt: options.runAt ?? this.clock.now(),
        dedupeKey: options.dedupeKey ?? null,
        maxAttempts: options.maxAttempts ?? 10,
      })
      .orIgnore()
      .execute();
  }

  /** Queues one job per payload in a few multi-row inserts (e.g. the hand-offs of an import). */
  async enqueueMany(
    em: EntityManager,
    kind: string,
    payloads: Record<string, unknown>[],
  ): Promise<void> {
    const runAt = this.clock.now();
    for (let i = 0; i < payloads.length; i += 1000) {
      await em
        .createQueryBuilder()
        .insert()
        .into(Job)
        .values(payloads.slice(i, i + 1000).map((p) => ({ kind, payload: p as never, runAt })))
        .updateEntity(false)
        .execute();
    }
  }

  /** Runs every job that is due now; returns how many ran. */
  async runDue(limit = 50): Promise<number> {
    const now = this.clock.now();
    const claimed: ClaimedJob[] = await this.db.asSystem((em) =>
      em.query(
        `WITH claimed AS (
           UPDATE job SET locked_until = $2, attempts = attempts + 1
           WHERE id IN (
             SELECT id FROM job
             WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= $1
               AND (locked_until IS NULL OR locked_until < $1)
             ORDER BY run_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING id, kind, payload, attempts, max_attempts)
         SELECT * FROM claimed`,
        [now, new Date(now.getTime() + LOCK_MS), limit],
      ),
    );
    for (const job of claimed) await this.runOne(job);
    return claimed.length;
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await this.db.asSystem(async (em) => {
        await handler(job.payload, em);
        await em.update(Job, { id: job.id }, { completedAt: this.clock.now(), lockedUntil: null });
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const failed = job.attempts >= job.max_attempts;
      // Exponential backoff: 30 s, 1 min, 2 min, ... capped at one hour.
      const delay = Math.min(30_000 * 2 ** (job.attempts - 1), 3_600_000);
      this.logger.warn(`Job ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${message}`);
      await this.db.asSystem((em) =>
        em.update(
          Job,
          { id: job.id },
          {
            lastError: message.slice(0, 2000),
            lockedUntil: null,
            failedAt: failed ? this.clock.now() : null,
            runAt: new Date(this.clock.now().getTime() + delay),
          },
        ),
      );
    }
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue()
        .catch((err) => {
          this.logger.error(`Job polling failed: ${String(err)}`);
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, this.config.jobs.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
