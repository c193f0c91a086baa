import DataLoader from 'dataloader';
import { RequestContext } from '../context/request-context';

/**
 * A per-request DataLoader that fetches rows by id in one query and hands each caller its row
 * (or null when the row is missing or outside the caller's scope).
 */
export function idLoader<T extends { id: string }>(
  ctx: RequestContext,
  key: string,
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return ctx.loader(
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await fetch([...ids]);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** The found rows of a loadMany, in order, without misses. */
export function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/**
 * A per-request DataLoader for counts per id: `fetch` returns the non-zero counts, everything
 * else counts 0. One grouped query per field per request, however many rows ask.
 */
export function countLoader(
  ctx: RequestContext,
  key: string,
  fetch: (ids: string[]) => Promise<Map<string, number>>,
): DataLoader<string, number> {
  return ctx.loader(
    key,
    () =>
      new DataLoader<string, number>(async (ids) => {
        const counts = await fetch([...ids]);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  );
}

/** Turns grouped count rows into the map countLoader expects. */
export function countsById(rows: { id: string; n: number | string }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
