import { useQuery } from '@apollo/client/react';
import { useNow } from '@tandem/portal-ui';
import { PeriodKind } from '@tandem/shared-domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { MdfPeriodsDocument } from '../graphql/mdf.graphql';
import { choosePeriod, parsePeriodKind, periodKindOfCode, periodOptions } from '../lib/periods';

/**
 * The period the budget overview shows, kept in the address (`?period=FY2026-Q4`, or
 * `?kind=MONTH` for the running month). Defaults to the running quarter.
 */
export function usePeriodSelection() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('period');
  const kind =
    periodKindOfCode(requested) ?? parsePeriodKind(params.get('kind')) ?? PeriodKind.QUARTER;
  const now = useNow(60_000);
  const query = useQuery(MdfPeriodsDocument, { variables: { kind } });
  const periods = useMemo(() => query.data?.periods ?? [], [query.data]);

  const periodCode = query.data
    ? choosePeriod(requested, kind, periods, now)
    : periodKindOfCode(requested) === kind
      ? requested
      : null;
  const period = periods.find((p) => p.code === periodCode) ?? null;
  const options = useMemo(() => {
    const list = periodOptions(periods, now);
    // An older period from a link is not in the recent list; keep it choosable.
    if (periodCode && !list.some((o) => o.value === periodCode))
      list.push({ value: periodCode, label: periodCode });
    return list;
  }, [periods, now, periodCode]);

  const setKind = useCallback(
    (next: PeriodKind) =>
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        updated.delete('period');
        if (next === PeriodKind.QUARTER) updated.delete('kind');
        else updated.set('kind', next);
        return updated;
      }),
    [setParams],
  );
  const setPeriod = useCallback(
    (code: string | null) =>
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        updated.delete('kind');
        if (code) updated.set('period', code);
        else updated.delete('period');
        return updated;
      }),
    [setParams],
  );

  return {
    kind,
    periodCode,
    period,
    periods,
    options,
    now,
    loading: query.loading && !query.data,
    error: query.error,
    setKind,
    setPeriod,
  };
}

export type PeriodSelection = ReturnType<typeof usePeriodSelection>;
