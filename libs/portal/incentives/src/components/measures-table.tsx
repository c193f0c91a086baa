import { Progress, Table, Text } from '@mantine/core';
import { formatProgress } from '@tandem/portal-ui';
import { METRICS, type Metric } from '@tandem/shared-domain';
import { measureValue } from '../lib/earnings-display';
import { weightShare } from '../lib/plan-display';

interface MeasureResult {
  metric: Metric;
  weight: number;
  target?: string | null;
  actual?: string | null;
  progress: number;
}

/** Each goal metric the plan pays on: actual against the partner's goal, and its share. */
export function MeasuresTable({ measures }: { measures: readonly MeasureResult[] }) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={6} data-testid="incentive-measures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Goal</Table.Th>
            <Table.Th>Actual vs goal</Table.Th>
            <Table.Th w={150}>Progress</Table.Th>
            <Table.Th ta="right">Weight</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measures.map((m) => {
            const label = METRICS[m.metric].label;
            return (
              <Table.Tr key={m.metric} data-testid="incentive-measure" data-metric={m.metric}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={m.target == null ? 'dimmed' : undefined}>
                    {measureValue(m.metric, m.actual ?? null, m.target ?? null)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Progress
                    value={Math.min(100, Math.max(0, m.progress * 100))}
                    size="sm"
                    radius="xl"
                    color={m.progress >= 1 ? 'green' : 'blue'}
                    aria-label={`${label}: ${formatProgress(m.progress)} of goal`}
                  />
                  <Text size="xs" c="dimmed" mt={2}>
                    {formatProgress(m.progress)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{weightShare(m.weight, measures)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
