import { fieldKind } from './persona-form';

export interface FieldChangeLike {
  field: string;
  label: string;
  before: readonly string[];
  after: readonly string[];
  added: readonly string[];
  removed: readonly string[];
}

export type DiffEntry = { text: string; change: 'added' | 'removed' | 'same' };

export type FieldDiffModel =
  | { field: string; label: string; kind: 'list'; entries: DiffEntry[] }
  | { field: string; label: string; kind: 'text'; before: string | null; after: string | null };

/**
 * Turns the API's per-field change into what the history view draws: list fields as one merged
 * list (removed entries where they used to be, added ones where they now are), text and number
 * fields as before/after.
 */
export function toDiffModel(change: FieldChangeLike): FieldDiffModel {
  const kind = fieldKind(change.field);
  if (kind === 'list' || kind === 'objections') {
    return {
      field: change.field,
      label: change.label,
      kind: 'list',
      entries: mergeLists(change.before, change.after, change.added, change.removed),
    };
  }
  return {
    field: change.field,
    label: change.label,
    kind: 'text',
    before: change.before.length ? change.before.join('\n') : null,
    after: change.after.length ? change.after.join('\n') : null,
  };
}

export function mergeLists(
  before: readonly string[],
  after: readonly string[],
  added: readonly string[],
  removed: readonly string[],
): DiffEntry[] {
  const addedSet = new Set(added);
  const removedSet = new Set(removed);
  const out: DiffEntry[] = [];
  let j = 0;
  const flushRemovedUntil = (end: number) => {
    for (; j < end; j++)
      if (removedSet.has(before[j])) out.push({ text: before[j], change: 'removed' });
  };
  for (const item of after) {
    if (!addedSet.has(item)) {
      const k = before.indexOf(item, j);
      if (k >= 0) {
        flushRemovedUntil(k);
        j = k + 1;
      }
    }
    out.push({ text: item, change: addedSet.has(item) ? 'added' : 'same' });
  }
  flushRemovedUntil(before.length);
  return out;
}
