import { MultiSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AnalyticsScorecardQuery } from '@tandem/portal-data-access';
import { Metric, METRICS } from '@tandem/shared-domain';
import { useState } from 'react';
import { metricSelectData, metricsByUnit } from '../lib/metric-groups';
import { trendPoints, valuesByMetric } from '../lib/metric-values';
import { TrendChart } from './charts/lazy-charts';

type Card = AnalyticsScorecardQuery['partnerScorecard'];

const DEFAULT_TREND: Metric[] = [Metric.LEADS_RECEIVED, Metric.SQLS, Metric.DEALS_WON];
const MAX_TREND = 4;

/** Chosen metrics over the earlier periods and this one; one chart per unit. */
export function ScorecardTrend({ card }: { card: Card }) {
  const [metrics, setMetrics] = useState<Metric[]>(DEFAULT_TREND);
  const data = trendPoints(
    card.trend,
    {
      period: card.period,
      values: valuesByMetric(card.lines.map((l) => ({ metric: l.metric, value: l.value }))),
    },
    metrics,
  );
  const charts = metricsByUnit(metrics);
  const first = data[0]?.period;
  const last = data[data.length - 1]?.period;
  return (
    <Paper withBorder radius="md" p="md" data-testid="scorecard-trend">
      <Stack gap="sm">
        <Title order={4}>Trend</Title>
        <MultiSelect
          label="Metrics"
          description={`Up to ${MAX_TREND}; metrics of different units get their own chart.`}
          data={metricSelectData()}
          value={metrics}
          onChange={(next) => setMetrics(next as Metric[])}
          maxValues={MAX_TREND}
          searchable
          clearable
        />
        {charts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Choose a metric to see how it moved.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: charts.length > 1 ? 2 : 1 }} spacing="lg">
            {charts.map((chart, i) => (
              <Stack
                key={chart.unit}
                gap={4}
                role="img"
                aria-label={`${chart.metrics.map((m) => METRICS[m].label).join(', ')} from ${first} to ${last}`}
              >
                <Text size="sm" fw={500}>
                  {chart.title}
                </Text>
                <TrendChart
                  data={data}
                  metrics={chart.metrics}
                  colorOffset={charts.slice(0, i).reduce((n, c) => n + c.metrics.length, 0)}
                />
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
