import { describe, expect, it } from '@jest/globals';
import { FieldError } from '@tandem/api-core';
import {
  PersonaContent,
  applySuggestion,
  diffContent,
  emptyContent,
  normalizeContent,
} from './persona-content';

const base = (): PersonaContent =>
  normalizeContent({
    ...emptyContent('Ops Olga'),
    summary: 'Runs operations',
    goals: ['Fewer outages'],
    objections: [{ objection: 'Risky migration', answer: 'We migrate for you' }],
  });

describe('persona content', () => {
  it('trims and de-duplicates list entries and checks the size range', () => {
    const errors: FieldError[] = [];
    const c = normalizeContent(
      {
        ...base(),
        goals: [' Grow ', 'grow', '', 'Save time'],
        companySizeMin: 50,
        companySizeMax: 10,
      },
      errors,
    );
    expect(c.goals).toEqual(['Grow', 'Save time']);
    expect(errors).toEqual([{ field: 'companySizeMax', message: expect.any(String) }]);
  });

  it('applies suggestions by field kind', () => {
    expect(applySuggestion(base(), 'summary', 'Runs IT and operations').summary).toBe(
      'Runs IT and operations',
    );
    expect(
      applySuggestion(base(), 'goals', 'Faster audits\nfewer outages\nLower cost').goals,
    ).toEqual(['Fewer outages', 'Faster audits', 'Lower cost']);
    expect(
      applySuggestion(base(), 'objections', 'No budget\nStart with one site').objections,
    ).toEqual([
      { objection: 'Risky migration', answer: 'We migrate for you' },
      { objection: 'No budget', answer: 'Start with one site' },
    ]);
  });

  it('lists what changed between two contents, field by field', () => {
    const next = applySuggestion(
      applySuggestion(base(), 'goals', 'Lower cost'),
      'summary',
      'Runs ops',
    );
    expect(diffContent(base(), next)).toEqual([
      {
        field: 'summary',
        label: 'Summary',
        before: ['Runs operations'],
        after: ['Runs ops'],
        added: ['Runs ops'],
        removed: ['Runs operations'],
      },
      {
        field: 'goals',
        label: 'Goals',
        before: ['Fewer outages'],
        after: ['Fewer outages', 'Lower cost'],
        added: ['Lower cost'],
        removed: [],
      },
    ]);
    expect(diffContent(base(), base())).toEqual([]);
  });
});
