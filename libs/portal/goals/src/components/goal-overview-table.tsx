import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { graphql } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  formatProgress,
} from '@tandem/portal-ui';
import { GOAL_STATUS_LABELS, GoalStatus } from '@tandem/shared-domain';
import { IconDownload, IconTarget } from '@tabler/icons-react';
import { useState } from 'react';
import { STATUS_COLORS } from '../lib/goal-display';
import { allGoalsCsvHref, goalOverviewCsvHref } from '../lib/goal-links';

const GoalOverviewDocument = graphql(`
  query GoalsOverview($periodCode: String!, $page: PageInput) {
    goalOverview(periodCode: $periodCode, page: $page) {
      total
      items {
        partnerId
        partner {
          id
          name
        }
        goals
        atRisk
        onTrack
        achieved
        missed
        upcoming
        averageProgress
      }
    }
  }
`);

const PAGE = 25;

/**
 * Before a partner is chosen: every partner in the caller's scope with its goals for the period by
 * status, those at risk or missed first. Choosing a row opens that partner's goals.
 */
export function GoalOverviewTable({
  periodCode,
  onChoose,
}: {
  periodCode: string;
  onChoose: (partnerId: string) => void;
}) {
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(GoalOverviewDocument, {
    variables: { periodCode, page: { offset, limit: PAGE } },
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <TableSkeleton rows={5} />;
  const overview = data?.goalOverview;
  if (!overview || overview.total === 0)
    return (
      <EmptyState
        icon={<IconTarget size={26} />}
        title="No partners yet"
        description="Partners you manage appear here with their goals."
      />
    );
  const count = (n: number, status: GoalStatus) =>
    n > 0 ? (
      <Badge color={STATUS_COLORS[status]} variant="light" size="sm">
        {n} {GOAL_STATUS_LABELS[status].toLowerCase()}
      </Badge>
    ) : null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {overview.total} partner{overview.total === 1 ? '' : 's'} · choose one to see and set its
          goals
        </Text>
        <Group gap="xs">
          <Button
            component="a"
            href={goalOverviewCsvHref(periodCode)}
            download
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
          >
            Download CSV
          </Button>
          <Button
            component="a"
            href={allGoalsCsvHref(periodCode)}
            download
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            data-testid="goals-export-csv"
          >
            Export all goals
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md" data-testid="goal-overview">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Goals</Table.Th>
                <Table.Th w={220}>Average progress</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.items.map((row) => (
                <Table.Tr key={row.partnerId} data-testid="goal-overview-row">
                  <Table.Td>
                    <UnstyledButton onClick={() => onChoose(row.partnerId)}>
                      <Text fw={600} c="blue">
                        {row.partner.name}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    {row.goals === 0 ? (
                      <Text size="sm" c="dimmed">
                        No goals for this period
                      </Text>
                    ) : (
                      <Group gap={6}>
                        {count(row.atRisk, GoalStatus.AT_RISK)}
                        {count(row.missed, GoalStatus.MISSED)}
                        {count(row.onTrack, GoalStatus.ON_TRACK)}
                        {count(row.achieved, GoalStatus.ACHIEVED)}
                        {count(row.upcoming, GoalStatus.UPCOMING)}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.averageProgress === null || row.averageProgress === undefined ? (
                      <Text size="sm" c="dimmed">
                        –
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={Math.min(row.averageProgress, 1) * 100}
                          w={120}
                          aria-label={`Average progress ${formatProgress(row.averageProgress)}`}
                        />
                        <Text size="sm">{formatProgress(row.averageProgress)}</Text>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <PaginationBar
          offset={offset}
          limit={PAGE}
          totalCount={overview.total}
          onOffsetChange={setOffset}
        />
      </Paper>
    </Stack>
  );
}
