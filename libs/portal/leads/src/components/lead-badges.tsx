import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClock, IconFlame } from '@tabler/icons-react';
import { formatDateTime, useNow } from '@tandem/portal-ui';
import {
  LEAD_HANDOFF_LABELS,
  LEAD_STAGE_LABELS,
  LeadHandoff,
  LeadPriority,
  LeadStage,
  OfferStatus,
} from '@tandem/shared-domain';
import { countdown, countdownColor } from '../lib/countdown';
import {
  HANDOFF_COLORS,
  OFFER_STATUS_COLORS,
  OFFER_STATUS_LABELS,
  STAGE_COLORS,
  stageShortLabel,
} from '../lib/lead-status';

/** Badges in table cells keep their whole label instead of shrinking to an ellipsis. */
export const FULL_BADGE = {
  root: { flexShrink: 0, maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;

export function LeadStageBadge({ stage }: { stage: LeadStage }) {
  return (
    <Tooltip
      label={LEAD_STAGE_LABELS[stage]}
      disabled={stageShortLabel(stage) === LEAD_STAGE_LABELS[stage]}
    >
      <Badge
        color={STAGE_COLORS[stage]}
        variant="light"
        styles={FULL_BADGE}
        data-testid="lead-stage"
      >
        {stageShortLabel(stage)}
      </Badge>
    </Tooltip>
  );
}

export function LeadHandoffBadge({ handoff }: { handoff: LeadHandoff }) {
  return (
    <Badge
      color={HANDOFF_COLORS[handoff]}
      variant="outline"
      styles={FULL_BADGE}
      data-testid="lead-handoff"
    >
      {LEAD_HANDOFF_LABELS[handoff]}
    </Badge>
  );
}

export function HotBadge({ priority }: { priority: LeadPriority }) {
  if (priority !== LeadPriority.HOT) return null;
  return (
    <Badge color="red" variant="filled" styles={FULL_BADGE} leftSection={<IconFlame size={12} />}>
      Hot
    </Badge>
  );
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return (
    <Badge
      color={OFFER_STATUS_COLORS[status]}
      variant="light"
      styles={FULL_BADGE}
      data-testid="offer-status"
    >
      {OFFER_STATUS_LABELS[status]}
    </Badge>
  );
}

/** A live “due in 3 h 20 min” / “overdue by 15 min”, refreshed every 30 seconds. */
export function LeadCountdown({
  dueAt,
  size = 'sm',
  withIcon = true,
}: {
  dueAt: string;
  size?: 'xs' | 'sm' | 'md';
  withIcon?: boolean;
}) {
  const now = useNow();
  const c = countdown(dueAt, now);
  const color = countdownColor(c);
  return (
    <Tooltip label={formatDateTime(dueAt)}>
      <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
        {withIcon && <IconClock size={14} color={`var(--mantine-color-${color}-6)`} />}
        <Text
          component="span"
          size={size}
          c={color === 'gray' ? undefined : color}
          fw={c.overdue || c.urgent ? 600 : undefined}
          data-testid="lead-countdown"
          data-overdue={c.overdue ? 'true' : 'false'}
        >
          {c.label}
        </Text>
      </Group>
    </Tooltip>
  );
}
