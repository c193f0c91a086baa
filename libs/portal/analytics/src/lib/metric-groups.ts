import { Metric, METRIC_LIST, METRICS, MetricUnit } from '@tandem/shared-domain';

export interface MetricGroup {
  key: string;
  label: string;
  metrics: readonly Metric[];
}

/** How every screen orders and groups the metrics: the funnel first, then deals, money, speed. */
export const METRIC_GROUPS: readonly MetricGroup[] = [
  {
    key: 'leads',
    label: 'Leads & hand-offs',
    metrics: [
      Metric.LEADS_RECEIVED,
      Metric.MQLS,
      Metric.SQLS,
      Metric.OPPORTUNITIES,
      Metric.LEADS_REJECTED,
      Metric.MQL_TO_SQL_RATE,
      Metric.LEAD_TO_OPPORTUNITY_RATE,
    ],
  },
  {
    key: 'deals',
    label: 'Deals',
    metrics: [
      Metric.DEALS_REGISTERED,
      Metric.DEALS_APPROVED,
      Metric.DEALS_REJECTED,
      Metric.DEALS_WON,
      Metric.DEALS_LOST,
      Metric.DEALS_EXPIRED,
      Metric.WIN_RATE,
      Metric.WIN_LOSS_RATIO,
    ],
  },
  {
    key: 'revenue',
    label: 'Revenue',
    metrics: [Metric.REVENUE_WON, Metric.REVENUE_WON_MARKETING_SOURCED, Metric.AVERAGE_DEAL_SIZE],
  },
  {
    key: 'speed',
    label: 'Speed & quality',
    metrics: [
      Metric.AVERAGE_SALES_CYCLE_DAYS,
      Metric.SLA_COMPLIANCE,
      Metric.AVERAGE_HOURS_TO_ACCEPT,
      Metric.REGISTRATION_QUALITY,
    ],
  },
];

const OTHER: Omit<MetricGroup, 'metrics'> = { key: 'other', label: 'Other' };

/**
 * Items (scorecard lines, metric values) sorted into the metric groups, in the groups' order.
 * A metric no group names (one the API added later) lands in "Other" rather than disappearing.
 */
export function groupByMetric<T extends { metric: Metric }>(
  items: readonly T[],
): { group: MetricGroup; items: T[] }[] {
  const out = METRIC_GROUPS.map((group) => ({
    group,
    items: group.metrics.flatMap((m) => items.filter((i) => i.metric === m)),
  }));
  const known = new Set(METRIC_GROUPS.flatMap((g) => g.metrics));
  const rest = items.filter((i) => !known.has(i.metric));
  if (rest.length)
    out.push({ group: { ...OTHER, metrics: rest.map((i) => i.metric) }, items: rest });
  return out.filter((g) => g.items.length > 0);
}

/** Select options of every metric, grouped like the scorecard. */
export function metricSelectData(): { group: string; items: { value: Metric; label: string }[] }[] {
  return groupByMetric(METRIC_LIST.map((metric) => ({ metric }))).map(({ group, items }) => ({
    group: group.label,
    items: items.map(({ metric }) => ({ value: metric, label: METRICS[metric].label })),
  }));
}

const UNIT_TITLES: Record<MetricUnit, string> = {
  [MetricUnit.COUNT]: 'Counts',
  [MetricUnit.RATE]: 'Rates',
  [MetricUnit.RATIO]: 'Ratios',
  [MetricUnit.MONEY]: 'Revenue',
  [MetricUnit.HOURS]: 'Hours',
  [MetricUnit.DAYS]: 'Days',
};

/**
 * Metrics split by unit, so one chart never mixes dollars with percentages. Keeps the order in
 * which each unit first appears.
 */
export function metricsByUnit(
  metrics: readonly Metric[],
): { unit: MetricUnit; title: string; metrics: Metric[] }[] {
  const out: { unit: MetricUnit; title: string; metrics: Metric[] }[] = [];
  for (const metric of metrics) {
    const unit = METRICS[metric].unit;
    const bucket = out.find((b) => b.unit === unit);
    if (bucket) bucket.metrics.push(metric);
    else out.push({ unit, title: UNIT_TITLES[unit], metrics: [metric] });
  }
  return out;
}
