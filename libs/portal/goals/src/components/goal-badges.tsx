import { Badge, Progress, RingProgress, Text, Tooltip } from '@mantine/core';
import { formatProgress } from '@tandem/portal-ui';
import {
  GOAL_SIDE_LABELS,
  GOAL_STATUS_LABELS,
  type GoalSide,
  type GoalStatus,
} from '@tandem/shared-domain';
import { progressValue, SIDE_COLORS, SIDE_SHORT_LABELS, STATUS_COLORS } from '../lib/goal-display';

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      data-testid="goal-status"
      data-status={status}
    >
      {GOAL_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Which side of the partner owns the goal: marketing, sales or both. */
export function GoalSideBadge({ side }: { side: GoalSide }) {
  return (
    <Tooltip label={`Owner: ${GOAL_SIDE_LABELS[side].toLowerCase()}`}>
      <Badge color={SIDE_COLORS[side]} variant="outline" data-testid="goal-side" data-side={side}>
        {SIDE_SHORT_LABELS[side]}
      </Badge>
    </Tooltip>
  );
}

/** A bar coloured by status; the label says the percentage for screen readers too. */
export function GoalProgressBar({
  progress,
  status,
  label,
  size = 'md',
}: {
  progress: number | null;
  status: GoalStatus;
  label: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Progress
      value={progressValue(progress)}
      color={STATUS_COLORS[status]}
      size={size}
      radius="xl"
      aria-label={`${label}: ${formatProgress(progress)} of target`}
    />
  );
}

export function GoalProgressRing({
  progress,
  status,
  label,
  size = 64,
}: {
  progress: number | null;
  status: GoalStatus;
  label: string;
  size?: number;
}) {
  return (
    <RingProgress
      size={size}
      thickness={Math.max(4, Math.round(size / 10))}
      // Round caps draw a dot even at zero.
      roundCaps={progressValue(progress) > 0}
      sections={[{ value: progressValue(progress), color: STATUS_COLORS[status] }]}
      label={
        <Text ta="center" size="xs" fw={700}>
          {formatProgress(progress)}
        </Text>
      }
      aria-label={`${label}: ${formatProgress(progress)} of target`}
      role="img"
    />
  );
}
