import { useQuery } from '@apollo/client/react';
import { PeriodKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AnalyticsPeriodsDocument } from '../graphql/analytics.graphql';
import {
  PERIODS_PAST,
  parsePeriodKind,
  periodKindOfCode,
  runningOrLatestPeriod,
} from '../lib/periods';
import { useSearchParamsUpdate } from './use-search-params-update';

/**
 * The period every analytics view shows, kept in the address (`period=FY2026-Q4`). Without one,
 * the running period of the chosen kind (a quarter unless `kind=` says otherwise) is meant.
 */
export function usePeriod() {
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  const requested = params.get('period');
  const kind =
    periodKindOfCode(requested) ?? parsePeriodKind(params.get('kind')) ?? PeriodKind.QUARTER;
  const [now] = useState(() => Date.now());
  const query = useQuery(AnalyticsPeriodsDocument, {
    variables: { kind, past: PERIODS_PAST[kind] },
  });
  const periods = query.data?.periods ?? [];
  const code = requested ?? runningOrLatestPeriod(periods, now)?.code ?? null;
  return {
    kind,
    periods,
    now,
    /** The period code to ask for; null until the running period is known. */
    code,
    error: query.error,
    refetch: () => void query.refetch(),
    setKind: (next: PeriodKind) =>
      update((p) => {
        p.delete('period');
        if (next === PeriodKind.QUARTER) p.delete('kind');
        else p.set('kind', next);
      }),
    setCode: (next: string) =>
      update((p) => {
        p.set('period', next);
        p.delete('kind');
      }),
  };
}

export type PeriodState = ReturnType<typeof usePeriod>;
