import { Metric, METRIC_LIST, METRICS } from '@tandem/shared-domain';

/** The columns a leaderboard starts with: volume, conversion, outcome, money and discipline. */
export const DEFAULT_COLUMNS: readonly Metric[] = [
  Metric.LEADS_RECEIVED,
  Metric.SQLS,
  Metric.LEAD_TO_OPPORTUNITY_RATE,
  Metric.DEALS_WON,
  Metric.WIN_RATE,
  Metric.REVENUE_WON,
  Metric.SLA_COMPLIANCE,
  Metric.REGISTRATION_QUALITY,
];

export interface LeaderboardSort {
  sort: Metric;
  descending: boolean;
}

/** The API's default order, and the screen's. */
export const DEFAULT_SORT: LeaderboardSort = { sort: Metric.REVENUE_WON, descending: true };

const isMetric = (raw: string): raw is Metric => (METRIC_LIST as readonly string[]).includes(raw);

/**
 * Chosen columns from the address ("SQLS,WIN_RATE"), in the scorecard's metric order; the
 * defaults when nothing valid is chosen.
 */
export function parseColumns(raw: string | null): Metric[] {
  const chosen = new Set((raw ?? '').split(',').filter(isMetric));
  if (chosen.size === 0) return [...DEFAULT_COLUMNS];
  return METRIC_LIST.filter((m) => chosen.has(m));
}

/** Columns for the address; empty when they are the defaults, to keep links short. */
export function serializeColumns(columns: readonly Metric[]): string {
  const ordered = METRIC_LIST.filter((m) => columns.includes(m));
  const defaults = METRIC_LIST.filter((m) => DEFAULT_COLUMNS.includes(m));
  return ordered.join(',') === defaults.join(',') ? '' : ordered.join(',');
}

export function parseSort(sort: string | null, descending: string | null): LeaderboardSort {
  if (!sort || !isMetric(sort)) return DEFAULT_SORT;
  return { sort, descending: descending !== 'false' };
}

/**
 * A click on a column header: the sorted column flips direction; another column starts with its
 * best partners on top (highest first, or lowest first where lower is better).
 */
export function nextSort(current: LeaderboardSort, clicked: Metric): LeaderboardSort {
  if (current.sort === clicked) return { sort: clicked, descending: !current.descending };
  return { sort: clicked, descending: !METRICS[clicked].lowerIsBetter };
}
