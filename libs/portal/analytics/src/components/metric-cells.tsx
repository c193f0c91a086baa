import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { GOAL_STATUS_LABELS, METRICS, type GoalStatus, type Metric } from '@tandem/shared-domain';
import { formatProgress } from '@tandem/portal-ui';
import type { CSSProperties } from 'react';
import { GOAL_STATUS_COLORS, progressFill } from '../lib/goal-status';

/** Figures line up digit under digit. */
export const NUMERIC: CSSProperties = {
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
  textAlign: 'right',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge color={GOAL_STATUS_COLORS[status]} variant="light" data-testid="goal-status">
      {GOAL_STATUS_LABELS[status]}
    </Badge>
  );
}

export function GoalProgress({
  metric,
  progress,
  status,
}: {
  metric: Metric;
  progress: number | null;
  status: GoalStatus;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={progressFill(progress)}
        color={GOAL_STATUS_COLORS[status]}
        size="md"
        w={96}
        aria-label={`${METRICS[metric].label}: progress toward the goal`}
      />
      <Text size="sm" style={NUMERIC} w={44}>
        {formatProgress(progress)}
      </Text>
    </Group>
  );
}

/** A metric's name with what it counts underneath (hidden on narrow screens). */
export function MetricLabel({ metric }: { metric: Metric }) {
  const info = METRICS[metric];
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {info.label}
      </Text>
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {info.description}
      </Text>
    </Stack>
  );
}
