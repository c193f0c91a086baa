import { describe, expect, it } from 'vitest';
import { CsvRowOutcome } from '@tandem/shared-domain';
import {
  csvImportButtonLabel,
  csvOutcomeLabel,
  csvRowDetails,
  summarizeCsvImport,
  type CsvImportReportLike,
} from './csv-import';

const report = (over: Partial<CsvImportReportLike> = {}): CsvImportReportLike => ({
  preview: true,
  totalRows: 5,
  created: 2,
  updated: 1,
  unchanged: 1,
  invalid: 1,
  duplicates: 0,
  warnings: [],
  rows: [],
  ...over,
});

describe('CSV import wording', () => {
  it('summarizes a preview and a finished import differently', () => {
    expect(summarizeCsvImport(report())).toBe(
      '5 rows: 2 new, 1 to update, 1 unchanged, 1 with errors (not imported).',
    );
    expect(summarizeCsvImport(report({ preview: false, invalid: 0, duplicates: 2 }))).toBe(
      '5 rows: 2 created, 1 updated, 1 unchanged, 2 duplicates.',
    );
  });

  it('counts only the rows that will be written on the import button', () => {
    expect(csvImportButtonLabel(report(), 'partner')).toBe('Import 3 partners');
    expect(csvImportButtonLabel(report({ created: 1, updated: 0 }), 'partner')).toBe(
      'Import 1 partner',
    );
    expect(csvOutcomeLabel(CsvRowOutcome.UPDATE, true)).toBe('Will update');
    expect(csvOutcomeLabel(CsvRowOutcome.UPDATE, false)).toBe('Updated');
  });

  it('explains a row by its errors (with the column) or by what an update changes', () => {
    const base = { line: 2, label: 'Acme', changes: [], errors: [] };
    expect(
      csvRowDetails({
        ...base,
        outcome: CsvRowOutcome.INVALID,
        errors: [{ column: 'tier', message: 'No tier named “X”.' }],
      }),
    ).toEqual(['tier: No tier named “X”.']);
    expect(
      csvRowDetails({
        ...base,
        outcome: CsvRowOutcome.UPDATE,
        changes: ['name', 'time_zone'],
        matchedBy: 'website domain',
      }),
    ).toEqual(['Changes name, time_zone (matched by website domain).']);
    expect(csvRowDetails({ ...base, outcome: CsvRowOutcome.CREATE })).toEqual([]);
  });
});
