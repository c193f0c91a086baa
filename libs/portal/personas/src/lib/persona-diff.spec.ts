import { describe, expect, it } from 'vitest';
import { mergeLists, toDiffModel } from './persona-diff';

describe('mergeLists', () => {
  it('keeps removed entries where they were and added entries where they are', () => {
    const before = ['a', 'b', 'c'];
    const after = ['a', 'c', 'd'];
    expect(mergeLists(before, after, ['d'], ['b'])).toEqual([
      { text: 'a', change: 'same' },
      { text: 'b', change: 'removed' },
      { text: 'c', change: 'same' },
      { text: 'd', change: 'added' },
    ]);
  });

  it('lists every entry once when the order changed', () => {
    const merged = mergeLists(['a', 'b', 'x'], ['b', 'a'], [], ['x']);
    expect(merged.map((e) => `${e.change}:${e.text}`)).toEqual(['same:b', 'same:a', 'removed:x']);
  });

  it('handles a list that was empty before', () => {
    expect(mergeLists([], ['new'], ['new'], [])).toEqual([{ text: 'new', change: 'added' }]);
  });
});

describe('toDiffModel', () => {
  it('shows list and objection fields as merged lists', () => {
    const model = toDiffModel({
      field: 'objections',
      label: 'Objections and answers',
      before: [],
      after: ['Too expensive — Pays back fast'],
      added: ['Too expensive — Pays back fast'],
      removed: [],
    });
    expect(model.kind).toBe('list');
  });

  it('shows text and number fields as before and after, null when blank', () => {
    expect(
      toDiffModel({
        field: 'companySizeMin',
        label: 'Company size from (employees)',
        before: [],
        after: ['50'],
        added: ['50'],
        removed: [],
      }),
    ).toEqual({
      field: 'companySizeMin',
      label: 'Company size from (employees)',
      kind: 'text',
      before: null,
      after: '50',
    });
  });
});
