// The only module that touches @mantine/charts (and recharts under it). It is loaded on demand by
// lazy-charts.tsx, so the charting code and its styles stay out of every other chunk.
import '@mantine/charts/styles.css';
import { BarChart, FunnelChart, LineChart } from '@mantine/charts';
import { formatMetricValue } from '@tandem/portal-ui';
import { Metric, METRICS } from '@tandem/shared-domain';
import type { TrendPoint } from '../../lib/metric-values';

export const SERIES_COLORS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'pink.6'];

export interface TrendChartProps {
  data: TrendPoint[];
  /** Metrics of one unit: they share the value axis. */
  metrics: Metric[];
  /** Colour index of the first metric, so colours stay distinct across several charts. */
  colorOffset?: number;
}

export function TrendLineChart({ data, metrics, colorOffset = 0 }: TrendChartProps) {
  const unitOf = metrics[0];
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="period"
      series={metrics.map((m, i) => ({
        name: m,
        label: METRICS[m].label,
        color: SERIES_COLORS[(i + colorOffset) % SERIES_COLORS.length],
      }))}
      curveType="linear"
      valueFormatter={(v) => (unitOf ? formatMetricValue(unitOf, String(v)) : String(v))}
      yAxisProps={{ width: 72 }}
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: 40 }}
      tooltipAnimationDuration={120}
    />
  );
}

export interface FunnelStagesChartProps {
  stages: { label: string; count: number }[];
}

const count = new Intl.NumberFormat('en-US');

export function FunnelStagesChart({ stages }: FunnelStagesChartProps) {
  return (
    <FunnelChart
      size={260}
      data={stages.map((s, i) => ({
        name: s.label,
        value: s.count,
        color: SERIES_COLORS[i % SERIES_COLORS.length],
      }))}
      withLabels
      labelsPosition="inside"
      valueFormatter={(v) => count.format(v)}
      tooltipDataSource="segment"
    />
  );
}

export interface RevenueBarChartProps {
  rows: { label: string; revenue: number }[];
}

export function RevenueBarChart({ rows }: RevenueBarChartProps) {
  return (
    <BarChart
      h={Math.max(160, rows.length * 40 + 48)}
      data={rows}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'revenue', label: 'Revenue won', color: 'teal.6' }]}
      valueFormatter={(v) => formatMetricValue(Metric.REVENUE_WON, String(v))}
      yAxisProps={{ width: 180 }}
      gridAxis="x"
      tooltipAnimationDuration={120}
    />
  );
}
