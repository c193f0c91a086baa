import { LEAD_CSV_COLUMNS } from '@tandem/shared-domain';

export type ImportOutcomeKey = 'CREATE' | 'MERGE' | 'UNCHANGED' | 'INVALID' | 'DUPLICATE_IN_FILE';

export interface ImportReportCounts {
  preview: boolean;
  totalRows: number;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  duplicates: number;
  qualified: number;
}

/** Labels for a row's outcome, worded for a preview (“will”) or a finished import. */
export function outcomeLabel(outcome: ImportOutcomeKey, preview: boolean): string {
  switch (outcome) {
    case 'CREATE':
      return preview ? 'New lead' : 'Created';
    case 'MERGE':
      return preview ? 'Will merge' : 'Merged';
    case 'UNCHANGED':
      return 'Unchanged';
    case 'INVALID':
      return 'Invalid';
    case 'DUPLICATE_IN_FILE':
      return 'Duplicate in file';
  }
}

export const OUTCOME_COLORS: Record<ImportOutcomeKey, string> = {
  CREATE: 'teal',
  MERGE: 'blue',
  UNCHANGED: 'gray',
  INVALID: 'red',
  DUPLICATE_IN_FILE: 'orange',
};

/** Rows the import writes: new leads plus merges into existing ones. */
export function importableCount(report: ImportReportCounts): number {
  return report.created + report.merged;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence about a report, e.g. “4 rows: 2 new leads, 1 merge, 1 invalid.” */
export function summarizeImport(report: ImportReportCounts): string {
  const parts: string[] = [];
  if (report.created)
    parts.push(
      report.preview
        ? plural(report.created, 'new lead')
        : `${plural(report.created, 'lead')} created`,
    );
  if (report.merged)
    parts.push(report.preview ? plural(report.merged, 'merge') : `${report.merged} merged`);
  if (report.unchanged) parts.push(`${report.unchanged} unchanged`);
  if (report.invalid) parts.push(`${report.invalid} invalid`);
  if (report.duplicates) parts.push(plural(report.duplicates, 'duplicate'));
  const head = plural(report.totalRows, 'row');
  const tail = parts.length ? `${head}: ${parts.join(', ')}.` : `${head}.`;
  if (!report.preview && report.created > 0)
    return `${tail} ${report.qualified} of the new leads met the MQL criteria.`;
  return tail;
}

/** The label of the button that writes a previewed file. */
export function importButtonLabel(report: ImportReportCounts): string {
  const n = importableCount(report);
  return `Import ${plural(n, 'lead')}`;
}

const EXAMPLE: Record<(typeof LEAD_CSV_COLUMNS)[number], string> = {
  contact_name: 'Jane Doe',
  email: 'jane.doe@example.com',
  phone: '+1 555 0100',
  title: 'IT Director',
  company: 'Example Corp',
  domain: 'example.com',
  country: 'US',
  company_size: '1200',
  persona: 'IT Director Irene',
  campaign: '',
  consent: 'yes',
  priority: 'normal',
  campaign_responses: '1',
  content_downloads: '2',
  notes: 'Met at the Chicago roadshow',
};

/** What each column holds, for the help next to the upload. */
export const CSV_COLUMN_HELP: Record<(typeof LEAD_CSV_COLUMNS)[number], string> = {
  contact_name: 'Required. The person’s full name.',
  email: 'Required. Also how duplicates are found: an existing lead is merged, not duplicated.',
  phone: 'Optional.',
  title: 'Job title; counts towards the MQL score.',
  company: 'Company name.',
  domain: 'Company website; taken from the email address when empty.',
  country: 'Two-letter code such as US, DE or JP.',
  company_size: 'Number of employees.',
  persona: 'Name of a published persona.',
  campaign: 'Name of a campaign.',
  consent: 'yes or no: the contact agreed to be contacted.',
  priority: 'normal or hot.',
  campaign_responses: 'How many campaign touches the contact responded to.',
  content_downloads: 'How many assets the contact downloaded.',
  notes: 'Anything the partner should know.',
};

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV with the header row and one example row, for people to fill in. */
export function csvTemplate(): string {
  const header = LEAD_CSV_COLUMNS.join(',');
  const example = LEAD_CSV_COLUMNS.map((c) => csvCell(EXAMPLE[c])).join(',');
  return `${header}\n${example}\n`;
}

/** Checks the browser can do before sending a file; `null` when it looks sendable. */
export function precheckCsv(csv: string): string | null {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return 'Paste CSV text or choose a file first.';
  if (lines.length < 2) return 'The file has a header row but no leads.';
  return null;
}
