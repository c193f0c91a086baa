import { CsvRowOutcome } from '@tandem/shared-domain';

/** The shape every CSV import answers with (partners, products, existing customers). */
export interface CsvImportReportLike {
  preview: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  duplicates: number;
  warnings: readonly string[];
  rows: readonly CsvImportRowLike[];
}

export interface CsvImportRowLike {
  line: number;
  label: string;
  outcome: CsvRowOutcome;
  matchedBy?: string | null;
  changes: readonly string[];
  errors: readonly { column: string; message: string }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A row's outcome, worded for a preview (“will”) or a finished import. */
export function csvOutcomeLabel(outcome: CsvRowOutcome, preview: boolean): string {
  switch (outcome) {
    case CsvRowOutcome.CREATE:
      return preview ? 'New' : 'Created';
    case CsvRowOutcome.UPDATE:
      return preview ? 'Will update' : 'Updated';
    case CsvRowOutcome.UNCHANGED:
      return 'Unchanged';
    case CsvRowOutcome.INVALID:
      return 'Error';
    case CsvRowOutcome.DUPLICATE_IN_FILE:
      return 'Duplicate in file';
  }
}

export const CSV_OUTCOME_COLORS: Record<CsvRowOutcome, string> = {
  [CsvRowOutcome.CREATE]: 'teal',
  [CsvRowOutcome.UPDATE]: 'blue',
  [CsvRowOutcome.UNCHANGED]: 'gray',
  [CsvRowOutcome.INVALID]: 'red',
  [CsvRowOutcome.DUPLICATE_IN_FILE]: 'orange',
};

/** Rows an import writes: new records plus updates. */
export function csvImportableCount(report: CsvImportReportLike): number {
  return report.created + report.updated;
}

/** One sentence about a report, e.g. “5 rows: 2 new, 1 to update, 1 unchanged, 1 with errors.” */
export function summarizeCsvImport(report: CsvImportReportLike): string {
  const parts: string[] = [];
  if (report.created)
    parts.push(report.preview ? `${report.created} new` : `${report.created} created`);
  if (report.updated)
    parts.push(report.preview ? `${report.updated} to update` : `${report.updated} updated`);
  if (report.unchanged) parts.push(`${report.unchanged} unchanged`);
  if (report.invalid) parts.push(`${report.invalid} with errors (not imported)`);
  if (report.duplicates) parts.push(plural(report.duplicates, 'duplicate'));
  const head = plural(report.totalRows, 'row');
  return parts.length ? `${head}: ${parts.join(', ')}.` : `${head}.`;
}

/** The label of the button that writes a previewed file, e.g. “Import 3 partners”. */
export function csvImportButtonLabel(report: CsvImportReportLike, noun: string): string {
  return `Import ${plural(csvImportableCount(report), noun)}`;
}

/** What the details cell of a row says: its errors, or for updates what changes and how it matched. */
export function csvRowDetails(row: CsvImportRowLike): string[] {
  if (row.errors.length) return row.errors.map((e) => `${e.column}: ${e.message}`);
  if (row.outcome === CsvRowOutcome.UPDATE)
    return [
      `Changes ${row.changes.join(', ')}${row.matchedBy ? ` (matched by ${row.matchedBy})` : ''}.`,
    ];
  if (row.outcome === CsvRowOutcome.UNCHANGED && row.matchedBy)
    return [`Already there (matched by ${row.matchedBy}).`];
  return [];
}
