import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { DbService } from '../database/db.service';
import { TooManyRequestsError } from '../errors/domain-error';

/** One column of an export: a header a person reads and how to get the cell from a row. */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => unknown;
}

export interface CsvExportSpec<R> {
  /** File name stem; the download is called `<stem>-<YYYY-MM-DD>.csv`. */
  filename: string;
  columns: CsvColumn<R>[];
  /** The SELECT to stream, with `$n` parameters (e.g. from a query builder's getQueryAndParameters). */
  sql: string;
  params: unknown[];
  /** Optional work per fetched batch (e.g. computing goal progress for those rows only). */
  enrich?: (rows: R[]) => Promise<R[]>;
}

/** Rows fetched per round trip: memory stays bounded by one batch, whatever the export's size. */
export const CSV_BATCH_SIZE = 1000;

/**
 * Streams a query to a CSV download without holding the result in memory: the SELECT runs as a
 * server-side cursor inside one transaction carrying the caller's row-level-security scope, each
 * FETCH of CSV_BATCH_SIZE rows is written through csv-stringify, and the next FETCH waits until the
 * response has drained (backpressure). A client that goes away stops the loop.
 */
@Injectable()
export class CsvExportService {
  private readonly logger = new Logger(CsvExportService.name);
  /** Each running export holds a pooled connection until its client has read the file. */
  private running = 0;
  private readonly limit: number;

  constructor(
    private readonly db: DbService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    // Slow downloads must never take every connection the rest of the API needs.
    this.limit = Math.max(1, Math.floor(config.database.poolSize / 2));
  }

  async send<R>(
    ctx: RequestContext,
    res: Response,
    build: () => CsvExportSpec<R> | Promise<CsvExportSpec<R>>,
  ): Promise<void> {
    if (this.running >= this.limit)
      throw new TooManyRequestsError(
        'Several exports are already being downloaded; try again when one has finished.',
      );
    this.running++;
    try {
      await this.stream(ctx, res, build);
    } finally {
      this.running--;
    }
  }

  private async stream<R>(
    ctx: RequestContext,
    res: Response,
    build: () => CsvExportSpec<R> | Promise<CsvExportSpec<R>>,
  ): Promise<void> {
    await ctx.begin(this.db);
    let outcome: 'commit' | 'rollback' = 'rollback';
    try {
      const spec = await build();
      const cursor = `csv_export_${randomBytes(6).toString('hex')}`;
      await ctx.em.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${spec.sql}`, spec.params);
      const fetch = async (): Promise<R[]> => {
        const rows = (await ctx.em.query(`FETCH ${CSV_BATCH_SIZE} FROM ${cursor}`)) as R[];
        return spec.enrich && rows.length ? spec.enrich(rows) : rows;
      };
      // The first batch is fetched before any header goes out, so a failing query is still an
      // ordinary error response rather than a truncated file.
      let batch = await fetch();
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${spec.filename}-${this.clock.now().toISOString().slice(0, 10)}.csv"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      const out = stringify({ bom: true });
      const piped = pipeline(out, res);
      let gone = false;
      res.once('close', () => {
        if (!res.writableFinished) gone = true;
      });
      try {
        await write(
          out,
          spec.columns.map((c) => c.header),
        );
        while (batch.length > 0 && !gone) {
          for (const row of batch) {
            if (gone) break;
            await write(
              out,
              spec.columns.map((c) => cell(c.value(row))),
            );
          }
          if (batch.length < CSV_BATCH_SIZE || gone) break;
          batch = await fetch();
        }
        await ctx.em.query(`CLOSE ${cursor}`);
        out.end();
        await piped;
        outcome = 'commit';
      } catch (err) {
        // Headers are out: the only honest signal left is a broken download, never a 200 that
        // looks complete.
        if (!gone) this.logger.error(`CSV export failed mid-stream: ${String(err)}`);
        out.destroy();
        res.destroy(err instanceof Error ? err : new Error(String(err)));
        await piped.catch(() => undefined);
      }
    } finally {
      await ctx.finish(outcome);
    }
  }
}

/** Writes one record, waiting for the consumer when its buffer is full. */
async function write(out: Writable, record: string[]): Promise<void> {
  if (out.write(record)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}
