import { LeadPriority, REGIONS, REGION_LABELS } from '@tandem/shared-domain';

/** Select value for "no restriction"; Mantine selects cannot hold null as an option value. */
export const ANY = 'ANY';

export const PRIORITY_LABELS: Record<LeadPriority, string> = {
  [LeadPriority.NORMAL]: 'Normal',
  [LeadPriority.HOT]: 'Hot',
};

export const PRIORITY_OPTIONS = [
  { value: ANY, label: 'Any priority' },
  { value: LeadPriority.NORMAL, label: PRIORITY_LABELS[LeadPriority.NORMAL] },
  { value: LeadPriority.HOT, label: PRIORITY_LABELS[LeadPriority.HOT] },
];

export const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }));

/** A select value back to the API's nullable priority. */
export function priorityFromOption(value: string | null | undefined): LeadPriority | null {
  return value === LeadPriority.HOT || value === LeadPriority.NORMAL ? value : null;
}

/** "Gold or Platinum", "Gold, Silver or Platinum". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
