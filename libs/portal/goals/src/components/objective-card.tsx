import { ActionIcon, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { ObjectiveCardFieldsFragment } from '@tandem/portal-data-access';
import { formatProgress } from '@tandem/portal-ui';
import { METRICS } from '@tandem/shared-domain';
import { actualVsTarget, progressValue, sortByMetric } from '../lib/goal-display';
import { GoalProgressBar, GoalSideBadge, GoalStatusBadge } from './goal-badges';

/** An objective with its key results (each a goal) and their average progress. */
export function ObjectiveCard({
  objective,
  onEdit,
  onDelete,
}: {
  objective: ObjectiveCardFieldsFragment;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="objective-card" data-title={objective.title}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs">
            <Text fw={600} size="lg">
              {objective.title}
            </Text>
            <GoalSideBadge side={objective.side} />
          </Group>
          <Group gap={2} wrap="nowrap">
            {onEdit && (
              <ActionIcon
                variant="subtle"
                aria-label={`Edit objective ${objective.title}`}
                onClick={onEdit}
              >
                <IconEdit size={16} />
              </ActionIcon>
            )}
            {onDelete && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete objective ${objective.title}`}
                onClick={onDelete}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <div>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              Average progress of {objective.keyResults.length} key{' '}
              {objective.keyResults.length === 1 ? 'result' : 'results'}
            </Text>
            <Text size="sm" fw={600} data-testid="objective-progress">
              {formatProgress(objective.progress)}
            </Text>
          </Group>
          <Progress
            value={progressValue(objective.progress)}
            size="lg"
            radius="xl"
            aria-label={`${objective.title}: ${formatProgress(objective.progress)} on average`}
          />
        </div>
        <Stack gap="xs">
          {sortByMetric(objective.keyResults).map((k) => {
            const label = METRICS[k.metric].label;
            return (
              <div key={k.id} data-testid="key-result" data-metric={k.metric}>
                <Group justify="space-between" gap="xs" mb={4}>
                  <Text size="sm">
                    <Text span fw={500}>
                      {label}
                    </Text>
                    {' · '}
                    {actualVsTarget(k.metric, k.actual, k.target)} ({formatProgress(k.progress)})
                  </Text>
                  <Group gap={4}>
                    <GoalStatusBadge status={k.status} />
                    <GoalSideBadge side={k.side} />
                  </Group>
                </Group>
                <GoalProgressBar progress={k.progress} status={k.status} label={label} size="sm" />
              </div>
            );
          })}
        </Stack>
        <Text size="xs" c="dimmed">
          Progress is capped at 100% per key result before averaging.
        </Text>
      </Stack>
    </Paper>
  );
}
