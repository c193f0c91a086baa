import { PeriodKind } from '@tandem/shared-domain';

export interface PeriodLike {
  code: string;
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

export const PERIOD_KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: PeriodKind.QUARTER, label: 'Quarter' },
  { value: PeriodKind.MONTH, label: 'Month' },
  { value: PeriodKind.YEAR, label: 'Year' },
];

const KIND_NOUNS: Record<PeriodKind, string> = {
  [PeriodKind.MONTH]: 'month',
  [PeriodKind.QUARTER]: 'quarter',
  [PeriodKind.YEAR]: 'year',
};

/** "quarter", "month" or "year", for sentences. */
export function periodKindNoun(kind: PeriodKind): string {
  return KIND_NOUNS[kind];
}

/** The kind of a period code: FY2026-Q4 (quarter), FY2026 (year), 2026-11 (month); null otherwise. */
export function periodKindOfCode(code: string | null | undefined): PeriodKind | null {
  if (!code) return null;
  if (/^FY\d{4}-Q[1-4]$/.test(code)) return PeriodKind.QUARTER;
  if (/^FY\d{4}$/.test(code)) return PeriodKind.YEAR;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return PeriodKind.MONTH;
  return null;
}

export function parsePeriodKind(raw: string | null | undefined): PeriodKind | null {
  return Object.values(PeriodKind).find((k) => k === raw) ?? null;
}

/** The period running at `now` (start ≤ now < end), or null when none of them is. */
export function runningPeriod<P extends Pick<PeriodLike, 'start' | 'end'>>(
  periods: readonly P[],
  now: number,
): P | null {
  return periods.find((p) => Date.parse(p.start) <= now && now < Date.parse(p.end)) ?? null;
}

export type PeriodTiming = 'past' | 'running' | 'upcoming';

export function periodTiming(period: Pick<PeriodLike, 'start' | 'end'>, now: number): PeriodTiming {
  if (now < Date.parse(period.start)) return 'upcoming';
  if (now >= Date.parse(period.end)) return 'past';
  return 'running';
}

/** Select options, newest first as the API lists them, marking the running period. */
export function periodOptions(
  periods: readonly PeriodLike[],
  now: number,
): { value: string; label: string }[] {
  return periods.map((p) => {
    const timing = periodTiming(p, now);
    const suffix = timing === 'running' ? ' · running' : timing === 'upcoming' ? ' · upcoming' : '';
    return { value: p.code, label: `${p.label}${suffix}` };
  });
}

/**
 * The period to show: the one asked for when the list has it (or it is a valid code of this
 * kind, e.g. an older quarter from a link), otherwise the running one, otherwise the newest.
 */
export function choosePeriod(
  requested: string | null | undefined,
  kind: PeriodKind,
  periods: readonly PeriodLike[],
  now: number,
): string | null {
  if (requested && periodKindOfCode(requested) === kind) return requested;
  return runningPeriod(periods, now)?.code ?? periods[0]?.code ?? null;
}
