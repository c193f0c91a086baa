import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions, EntityManager, QueryRunner } from 'typeorm';
import { DbScope } from '../context/identity';

/** An open transaction bound to one RLS scope. */
export interface ScopedTransaction {
  readonly em: EntityManager;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Opens transactions whose Postgres session carries the caller's scope, so row-level security
 * policies see the same partner the application filters by. `set_config(..., true)` is local to
 * the transaction: a pooled connection never leaks one request's scope into the next.
 */
@Injectable()
export class DbService implements OnApplicationShutdown {
  private readonly logger = new Logger(DbService.name);
  /** Statements run inside scoped transactions (tests use it to prove there is no N+1). */
  statementCount = 0;
  /** A small pool of its own for work a request does beside its open transaction. */
  private side?: Promise<DataSource>;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    const side = await this.side?.catch(() => undefined);
    if (side?.isInitialized) await side.destroy();
  }

  async begin(scope: DbScope): Promise<ScopedTransaction> {
    const runner = this.dataSource.createQueryRunner();
    serializeQueries(runner, () => this.statementCount++);
    await runner.connect();
    try {
      await runner.startTransaction();
      await applyScope(runner, scope);
    } catch (err) {
      await runner.release();
      throw err;
    }
    let finished = false;
    const finish = async (action: 'commit' | 'rollback') => {
      if (finished) return;
      finished = true;
      try {
        if (runner.isTransactionActive) {
          if (action === 'commit') await runner.commitTransaction();
          else await runner.rollbackTransaction();
        }
      } catch (err) {
        this.logger.error(`Transaction ${action} failed: ${String(err)}`);
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw err;
      } finally {
        await runner.release();
      }
    };
    return {
      em: runner.manager,
      commit: () => finish('commit'),
      rollback: () => finish('rollback'),
    };
  }

  /** Runs `work` in its own transaction with the given scope; commits on success, rolls back on error. */
  async transaction<T>(scope: DbScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const tx = await this.begin(scope);
    try {
      const result = await work(tx.em);
      await tx.commit();
      return result;
    } catch (err) {
      await tx.rollback();
      throw err;
    }
  }

  /** For sign-in, invitations, jobs and seeds: work that legitimately spans partners. */
  asSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction({ kind: 'system' }, work);
  }

  /**
   * System-scoped work a request needs while its own transaction stays open (the funnel reads of
   * analytics). It runs on a separate small pool: were it taken from the request pool, enough
   * concurrent requests would each hold one connection while waiting for a second, and none could
   * ever finish. Side transactions need nothing else, so they always make progress.
   */
  async besideRequest<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    this.side ??= this.openSidePool();
    const runner = (await this.side).createQueryRunner();
    serializeQueries(runner, () => this.statementCount++);
    await runner.connect();
    try {
      await runner.startTransaction();
      await applyScope(runner, { kind: 'system' });
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }

  private async openSidePool(): Promise<DataSource> {
    const options = this.dataSource.options as DataSourceOptions & {
      extra?: Record<string, unknown>;
    };
    const max = Math.max(2, Math.floor(Number(options.extra?.['max'] ?? 10) / 2));
    const side = new DataSource({
      ...options,
      migrationsRun: false,
      extra: { ...options.extra, max, application_name: 'tandem-side' },
    } as DataSourceOptions);
    return side.initialize();
  }
}

export async function applyScope(
  runner: QueryRunner | EntityManager,
  scope: DbScope,
): Promise<void> {
  const partnerId = scope.kind === 'partner' ? scope.partnerId : '';
  const userId = scope.kind === 'partner' || scope.kind === 'vendor' ? scope.userId : '';
  await runner.query(
    `SELECT set_config('tandem.scope', $1, true), set_config('tandem.partner_id', $2, true), set_config('tandem.user_id', $3, true)`,
    [scope.kind, partnerId, userId],
  );
}

/**
 * One transaction is one connection, but a GraphQL request resolves fields concurrently (for
 * example several DataLoaders at once). Queue the queries instead of overlapping them on the client.
 */
function serializeQueries(runner: QueryRunner, onQuery: () => void): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    onQuery();
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}
