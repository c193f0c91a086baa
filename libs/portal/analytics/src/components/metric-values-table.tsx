import { Paper, Table, Text } from '@mantine/core';
import { formatMetricValue } from '@tandem/portal-ui';
import type { Metric } from '@tandem/shared-domain';
import { groupByMetric } from '../lib/metric-groups';
import { MetricLabel, NUMERIC } from './metric-cells';

/** Every metric of a selection, grouped like the scorecard. */
export function MetricValuesTable({
  values,
}: {
  values: readonly { metric: Metric; value: string | null }[];
}) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs" data-testid="metric-values">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Metric</Table.Th>
              <Table.Th style={NUMERIC}>Value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groupByMetric(values).map(({ group, items }) => (
            <Table.Tbody key={group.key}>
              <Table.Tr bg="var(--mantine-color-default-hover)">
                <Table.Th colSpan={2} scope="colgroup">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {group.label}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {items.map((v) => (
                <Table.Tr key={v.metric} data-testid="metric-value-row" data-metric={v.metric}>
                  <Table.Td>
                    <MetricLabel metric={v.metric} />
                  </Table.Td>
                  <Table.Td style={NUMERIC} data-value={v.value ?? ''}>
                    <Text size="sm" fw={600} component="span" style={NUMERIC}>
                      {formatMetricValue(v.metric, v.value)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
