/** 0.8333 → "83%"; nothing measured yet → "—". */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** 3.5 → "3.5 h", 30 → "1.3 d" (calendar hours), nothing measured → "—". */
export function formatHours(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value >= 24) return `${(Math.round((value / 24) * 10) / 10).toLocaleString('en-US')} d`;
  return `${(Math.round(value * 10) / 10).toLocaleString('en-US')} h`;
}
