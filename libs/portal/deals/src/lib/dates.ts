const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A calendar date such as "2026-11-20" (no time, no zone) in the reader's style. Read as UTC and
 * printed as UTC so it never moves a day west of Greenwich.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  // The conflicts view has been seen to send epoch milliseconds ("1789603200000") for dates.
  if (/^\d{10,}$/.test(value)) return day.format(new Date(Number(value)));
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  return day.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
