import { Paper, Table, Text } from '@mantine/core';
import type { AnalyticsScorecardQuery } from '@tandem/portal-data-access';
import { formatMetricValue } from '@tandem/portal-ui';
import { GOAL_SIDE_LABELS, METRICS } from '@tandem/shared-domain';
import { groupByMetric } from '../lib/metric-groups';
import { GoalProgress, GoalStatusBadge, MetricLabel, NUMERIC } from './metric-cells';

type Line = AnalyticsScorecardQuery['partnerScorecard']['lines'][number];

const COLUMNS = 6;

/** Every metric of the period, grouped, each against its goal where one is set. */
export function ScorecardTable({ lines }: { lines: Line[] }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={880}>
        <Table verticalSpacing="xs" data-testid="scorecard-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Metric</Table.Th>
              <Table.Th style={NUMERIC}>Value</Table.Th>
              <Table.Th style={NUMERIC}>Goal</Table.Th>
              <Table.Th miw={160}>Progress</Table.Th>
              <Table.Th miw={120}>Status</Table.Th>
              <Table.Th>Owner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groupByMetric(lines).map(({ group, items }) => (
            <Table.Tbody key={group.key}>
              <Table.Tr bg="var(--mantine-color-default-hover)">
                <Table.Th colSpan={COLUMNS} scope="colgroup">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {group.label}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {items.map((line) => (
                <ScorecardRow key={line.metric} line={line} />
              ))}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function ScorecardRow({ line }: { line: Line }) {
  const { metric, value, goal } = line;
  const dash = (
    <Text size="sm" c="dimmed">
      –
    </Text>
  );
  return (
    <Table.Tr data-testid="scorecard-line" data-metric={metric}>
      <Table.Td>
        <MetricLabel metric={metric} />
      </Table.Td>
      <Table.Td style={NUMERIC} data-testid="scorecard-value" data-value={value ?? ''}>
        <Text size="sm" fw={600} component="span" style={NUMERIC}>
          {formatMetricValue(metric, value)}
        </Text>
      </Table.Td>
      <Table.Td style={NUMERIC} data-testid="scorecard-target">
        {goal ? (
          <>
            <Text size="sm" style={NUMERIC}>
              {formatMetricValue(metric, goal.target)}
            </Text>
            {METRICS[metric].cumulative && goal.expected !== null && (
              <Text size="xs" c="dimmed" style={NUMERIC}>
                pace: {formatMetricValue(metric, goal.expected)} by now
              </Text>
            )}
          </>
        ) : (
          dash
        )}
      </Table.Td>
      <Table.Td>
        {goal ? (
          <GoalProgress metric={metric} progress={goal.progress} status={goal.status} />
        ) : (
          dash
        )}
      </Table.Td>
      <Table.Td>{goal ? <GoalStatusBadge status={goal.status} /> : dash}</Table.Td>
      <Table.Td>
        {goal ? (
          <Text size="sm" data-testid="scorecard-owner">
            {GOAL_SIDE_LABELS[goal.side]}
          </Text>
        ) : (
          dash
        )}
      </Table.Td>
    </Table.Tr>
  );
}
