import { PeriodKind, runningPeriod } from '@tandem/shared-domain';

export { PERIOD_KIND_OPTIONS, parsePeriodKind, periodKindOfCode } from '@tandem/shared-domain';

export interface PeriodOption {
  code: string;
  label: string;
  start: string;
  end: string;
}

/** How far back the period picker reaches, per kind. */
export const PERIODS_PAST: Record<PeriodKind, number> = {
  [PeriodKind.MONTH]: 12,
  [PeriodKind.QUARTER]: 8,
  [PeriodKind.YEAR]: 3,
};

/**
 * The period to show by default: the running one; when none runs (a clock skew) the newest period
 * that has started, as the API lists newest first with upcoming ones on top.
 */
export function runningOrLatestPeriod<P extends Pick<PeriodOption, 'start' | 'end'>>(
  periods: readonly P[],
  now: number,
): P | null {
  return (
    runningPeriod(periods, now) ??
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
  const running = runningOrLatestPeriod(periods, now);
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
