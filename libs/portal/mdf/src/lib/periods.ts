import { PeriodKind, periodKindOfCode, runningPeriod } from '@tandem/shared-domain';

export { PERIOD_KIND_OPTIONS, parsePeriodKind, periodKindOfCode } from '@tandem/shared-domain';

export interface PeriodLike {
  code: string;
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
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
 * The period to show: the one asked for when it is a code of this kind, otherwise the running one,
 * otherwise the newest.
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
