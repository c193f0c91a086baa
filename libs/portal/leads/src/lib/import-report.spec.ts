import { LEAD_CSV_COLUMNS } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  csvTemplate,
  importButtonLabel,
  importableCount,
  outcomeLabel,
  precheckCsv,
  summarizeImport,
} from './import-report';

const base = {
  preview: true,
  totalRows: 0,
  created: 0,
  merged: 0,
  unchanged: 0,
  invalid: 0,
  duplicates: 0,
  qualified: 0,
};

describe('import report', () => {
  it('summarizes a preview in one sentence', () => {
    const report = { ...base, totalRows: 6, created: 3, merged: 1, invalid: 1, duplicates: 1 };
    expect(summarizeImport(report)).toBe('6 rows: 3 new leads, 1 merge, 1 invalid, 1 duplicate.');
    expect(importableCount(report)).toBe(4);
    expect(importButtonLabel(report)).toBe('Import 4 leads');
  });

  it('reports how many new leads qualified after the import', () => {
    const report = { ...base, preview: false, totalRows: 2, created: 2, qualified: 1 };
    expect(summarizeImport(report)).toBe(
      '2 rows: 2 leads created. 1 of the new leads met the MQL criteria.',
    );
  });

  it('handles a file where nothing changes', () => {
    const report = { ...base, totalRows: 1, unchanged: 1 };
    expect(summarizeImport(report)).toBe('1 row: 1 unchanged.');
    expect(importButtonLabel(report)).toBe('Import 0 leads');
    expect(importButtonLabel({ ...report, created: 1 })).toBe('Import 1 lead');
  });

  it('words outcomes for a preview and for the result', () => {
    expect(outcomeLabel('CREATE', true)).toBe('New lead');
    expect(outcomeLabel('CREATE', false)).toBe('Created');
    expect(outcomeLabel('MERGE', true)).toBe('Will merge');
    expect(outcomeLabel('DUPLICATE_IN_FILE', false)).toBe('Duplicate in file');
  });

  it('offers a template with every column and an example row', () => {
    const [header, example, end] = csvTemplate().split('\n');
    expect(header.split(',')).toEqual([...LEAD_CSV_COLUMNS]);
    expect(example.split(',')).toHaveLength(LEAD_CSV_COLUMNS.length);
    expect(example).toContain('jane.doe@example.com');
    expect(end).toBe('');
  });

  it('catches an empty paste before asking the API', () => {
    expect(precheckCsv('  \n')).toMatch(/Paste CSV text/);
    expect(precheckCsv('contact_name,email\n')).toMatch(/no leads/);
    expect(precheckCsv('contact_name,email\nJane,jane@example.com')).toBeNull();
  });
});
