import { PeriodKind } from '@tandem/shared-domain';

export interface PeriodOption {
  code: string;
  label: string;
  start: string;
  end: string;
}

export const PERIOD_KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: PeriodKind.MONTH, label: 'Month' },
  { value: PeriodKind.QUARTER, label: 'Quarter' },
  { value: PeriodKind.YEAR, label: 'Year' },
];

/** How far back the period picker reaches, per kind. */
export const PERIODS_PAST: Record<PeriodKind, number> = {
  [PeriodKind.MONTH]: 12,
  [PeriodKind.QUARTER]: 8,
  [PeriodKind.YEAR]: 3,
};

/** The kind of a period code: FY2026-Q4 (quarter), FY2026 (year), 2026-11 (month); null otherwise. */
export function periodKindOf(code: string | null | undefined): PeriodKind | null {
  if (!code) return null;
  if (/^FY\d{4}-Q[1-4]$/.test(code)) return PeriodKind.QUARTER;
  if (/^FY\d{4}$/.test(code)) return PeriodKind.YEAR;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return PeriodKind.MONTH;
  return null;
}

export function parsePeriodKind(raw: string | null | undefined): PeriodKind | null {
  return Object.values(PeriodKind).find((k) => k === raw) ?? null;
}

/**
 * The period running at `now` (start ≤ now < end). The API lists newest first with upcoming ones on
 * top, so when none runs (a clock skew) the newest period that has started stands in.
 */
export function runningPeriod<P extends Pick<PeriodOption, 'start' | 'end'>>(
  periods: readonly P[],
  now: number,
): P | null {
  return (
    periods.find((p) => Date.parse(p.start) <= now && now < Date.parse(p.end)) ??
    periods.find((p) => Date.parse(p.start) <= now) ??
    periods[periods.length - 1] ??
    null
  );
}

/** "FY2026 Q4 (Oct–Dec 2026)" → "FY2026 Q4": the label without its date range, for chart axes. */
export function shortPeriodLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}

interface SelectGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The period picker's options: the running period apart from upcoming ones (no figures yet) and
 * earlier ones, so nobody mistakes one for the other. A code from the address that is not in the
 * list (an older period) stays selectable.
 */
export function periodSelectData(
  periods: readonly PeriodOption[],
  now: number,
  selected: string | null,
): SelectGroup[] {
  const running = runningPeriod(periods, now);
  const option = (p: PeriodOption) => ({ value: p.code, label: p.label });
  const upcoming = periods.filter((p) => p !== running && Date.parse(p.start) > now);
  const earlier = periods.filter((p) => p !== running && Date.parse(p.start) <= now);
  const older = selected && !periods.some((p) => p.code === selected) ? [selected] : [];
  const groups: SelectGroup[] = [
    { group: 'Upcoming', items: upcoming.map(option) },
    { group: 'Running', items: running ? [option(running)] : [] },
    {
      group: 'Earlier',
      items: [...earlier.map(option), ...older.map((code) => ({ value: code, label: code }))],
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}
