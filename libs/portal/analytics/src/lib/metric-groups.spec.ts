import { Metric, METRIC_LIST, MetricUnit } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { groupByMetric, METRIC_GROUPS, metricSelectData, metricsByUnit } from './metric-groups';

describe('METRIC_GROUPS', () => {
  it('places every metric in exactly one group', () => {
    const grouped = METRIC_GROUPS.flatMap((g) => g.metrics);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...METRIC_LIST].sort());
  });
});

describe('groupByMetric', () => {
  it('orders items by group and by the order within a group', () => {
    const lines = [
      Metric.REVENUE_WON,
      Metric.SLA_COMPLIANCE,
      Metric.SQLS,
      Metric.LEADS_RECEIVED,
    ].map((metric) => ({ metric }));
    const groups = groupByMetric(lines);
    expect(groups.map((g) => g.group.label)).toEqual([
      'Leads & hand-offs',
      'Revenue',
      'Speed & quality',
    ]);
    expect(groups[0].items.map((i) => i.metric)).toEqual([Metric.LEADS_RECEIVED, Metric.SQLS]);
  });

  it('keeps a metric no group knows under "Other"', () => {
    const groups = groupByMetric([{ metric: 'NEW_METRIC' as Metric }, { metric: Metric.MQLS }]);
    expect(groups.map((g) => g.group.label)).toEqual(['Leads & hand-offs', 'Other']);
    expect(groups[1].items).toEqual([{ metric: 'NEW_METRIC' }]);
  });
});

describe('metricSelectData', () => {
  it('offers every metric once, grouped', () => {
    const data = metricSelectData();
    expect(data.map((g) => g.group)).toEqual(METRIC_GROUPS.map((g) => g.label));
    expect(data.flatMap((g) => g.items).length).toBe(METRIC_LIST.length);
    expect(data[0].items[0]).toEqual({ value: Metric.LEADS_RECEIVED, label: 'Leads received' });
  });
});

describe('metricsByUnit', () => {
  it('never puts two units in one chart', () => {
    expect(
      metricsByUnit([Metric.SQLS, Metric.WIN_RATE, Metric.DEALS_WON, Metric.REVENUE_WON]),
    ).toEqual([
      { unit: MetricUnit.COUNT, title: 'Counts', metrics: [Metric.SQLS, Metric.DEALS_WON] },
      { unit: MetricUnit.RATE, title: 'Rates', metrics: [Metric.WIN_RATE] },
      { unit: MetricUnit.MONEY, title: 'Revenue', metrics: [Metric.REVENUE_WON] },
    ]);
    expect(metricsByUnit([])).toEqual([]);
  });
});
