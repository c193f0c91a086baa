import type { ClosedLoopGrouping, Metric } from '@tandem/shared-domain';
import { selectionParams, type Selection } from './selection';

const BASE = '/api/analytics';

function url(file: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return `${BASE}/${file}${search ? `?${search}` : ''}`;
}

/** A partner's scorecard; partner users leave the partner out (the API takes their own). */
export function scorecardCsvUrl(period: string, partnerId?: string | null): string {
  return url('scorecard.csv', { period, partnerId });
}

/** Per-rep figures (a sales rep's download holds only their own row). */
export function teamCsvUrl(period: string, partnerId?: string | null): string {
  return url('team.csv', { period, partnerId });
}

/** Every partner of the selection (not just the page on screen), in the screen's order. */
export function leaderboardCsvUrl(
  period: string,
  selection: Selection,
  sort: Metric,
  descending: boolean,
): string {
  return url('leaderboard.csv', {
    period,
    sort,
    descending: String(descending),
    ...selectionParams(selection),
  });
}

export function funnelCsvUrl(period: string, selection: Selection): string {
  return url('funnel.csv', { period, ...selectionParams(selection) });
}

export function closedLoopCsvUrl(
  period: string,
  groupBy: ClosedLoopGrouping,
  selection: Selection,
): string {
  return url('closed-loop.csv', { period, groupBy, ...selectionParams(selection) });
}
