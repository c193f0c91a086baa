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
