import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { GoalCardFieldsFragment } from '@tandem/portal-data-access';
import { formatDate, formatProgress } from '@tandem/portal-ui';
import { METRICS } from '@tandem/shared-domain';
import { actualVsTarget, paceText } from '../lib/goal-display';
import { GoalProgressBar, GoalSideBadge, GoalStatusBadge } from './goal-badges';

/** One goal: where it stands against its target and pace, who owns it and where it came from. */
export function GoalCard({
  goal,
  showOrigin = false,
  onEdit,
  onDelete,
}: {
  goal: GoalCardFieldsFragment;
  /** Whether a tier template set it, for the people who manage templates. */
  showOrigin?: boolean;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const info = METRICS[goal.metric];
  const pace = paceText(goal.metric, goal.expected);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="goal-card"
      data-metric={goal.metric}
      data-status={goal.status}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Tooltip label={info.description} multiline w={260}>
            <Text fw={600} style={{ cursor: 'help' }}>
              {info.label}
            </Text>
          </Tooltip>
          <GoalStatusBadge status={goal.status} />
        </Group>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
          <Text size="lg" fw={500} data-testid="goal-value">
            {actualVsTarget(goal.metric, goal.actual, goal.target)}
          </Text>
          <Text size="sm" fw={600} c="dimmed" data-testid="goal-progress">
            {formatProgress(goal.progress)}
          </Text>
        </Group>
        <GoalProgressBar progress={goal.progress} status={goal.status} label={info.label} />
        {pace && (
          <Text size="xs" c="dimmed">
            {pace}
          </Text>
        )}
        <Group gap={4}>
          <GoalSideBadge side={goal.side} />
          {showOrigin && goal.templateId && (
            <Badge variant="light" color={goal.adjusted ? 'yellow' : 'gray'} size="sm">
              {goal.adjusted ? 'Adjusted by hand' : 'From tier template'}
            </Badge>
          )}
        </Group>
        {goal.note && (
          <Text size="sm" c="dimmed" fs="italic" style={{ overflowWrap: 'anywhere' }}>
            {goal.note}
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-end">
          <Text size="xs" c="dimmed">
            Set by {goal.updatedByLabel} · {formatDate(goal.updatedAt)}
          </Text>
          {(onEdit || onDelete) && (
            <Group gap={2} wrap="nowrap">
              {onEdit && (
                <ActionIcon
                  variant="subtle"
                  aria-label={`Edit ${info.label} goal`}
                  onClick={onEdit}
                >
                  <IconEdit size={16} />
                </ActionIcon>
              )}
              {onDelete && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete ${info.label} goal`}
                  onClick={onDelete}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
