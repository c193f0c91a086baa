import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type {
  FunnelStagesChartProps,
  RevenueBarChartProps,
  TrendChartProps,
} from './analytics-charts';

// Charts pull in recharts; each is fetched the first time a chart is on screen, never before.
const load = () => import('./analytics-charts');
const TrendLineChartLazy = lazy(() => load().then((m) => ({ default: m.TrendLineChart })));
const FunnelStagesChartLazy = lazy(() => load().then((m) => ({ default: m.FunnelStagesChart })));
const RevenueBarChartLazy = lazy(() => load().then((m) => ({ default: m.RevenueBarChart })));

function ChartFallback({ height }: { height: number }) {
  return <Skeleton height={height} radius="md" aria-label="Loading chart" />;
}

export function TrendChart(props: TrendChartProps) {
  return (
    <Suspense fallback={<ChartFallback height={220} />}>
      <TrendLineChartLazy {...props} />
    </Suspense>
  );
}

export function FunnelStagesChart(props: FunnelStagesChartProps) {
  return (
    <Suspense fallback={<ChartFallback height={260} />}>
      <FunnelStagesChartLazy {...props} />
    </Suspense>
  );
}

export function RevenueBarChart(props: RevenueBarChartProps) {
  return (
    <Suspense fallback={<ChartFallback height={Math.max(160, props.rows.length * 40 + 48)} />}>
      <RevenueBarChartLazy {...props} />
    </Suspense>
  );
}
