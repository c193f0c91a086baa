import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconShieldCheck } from '@tabler/icons-react';
import { formatDateTime, useNow } from '@tandem/portal-ui';
import { DEAL_STATUS_LABELS, type DealStatus } from '@tandem/shared-domain';
import { decisionCountdown, protectionCountdown, type DealCountdown } from '../lib/countdown';
import { DEAL_STATUS_COLORS, dealStatusShortLabel } from '../lib/deal-status';

/** Badges in table cells keep their whole label instead of shrinking to an ellipsis. */
export const FULL_BADGE = {
  root: { flexShrink: 0, maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;

export function DealStatusBadge({ status }: { status: DealStatus }) {
  return (
    <Tooltip
      label={DEAL_STATUS_LABELS[status]}
      disabled={dealStatusShortLabel(status) === DEAL_STATUS_LABELS[status]}
    >
      <Badge
        color={DEAL_STATUS_COLORS[status]}
        variant="light"
        styles={FULL_BADGE}
        data-testid="deal-status"
        data-status={status}
      >
        {dealStatusShortLabel(status)}
      </Badge>
    </Tooltip>
  );
}

export function ConflictBadge() {
  return (
    <Badge
      color="orange"
      variant="filled"
      styles={FULL_BADGE}
      leftSection={<IconAlertTriangle size={12} />}
      data-testid="deal-conflict-badge"
    >
      Conflict
    </Badge>
  );
}

function CountdownText({
  c,
  dueAt,
  icon,
  testId,
  size,
}: {
  c: DealCountdown;
  dueAt: string;
  icon: 'clock' | 'shield';
  testId: string;
  size: 'xs' | 'sm';
}) {
  const Icon = icon === 'clock' ? IconClock : IconShieldCheck;
  const color = c.color === 'gray' ? undefined : c.color;
  return (
    <Tooltip label={formatDateTime(dueAt)}>
      <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
        <Icon size={14} color={`var(--mantine-color-${c.color}-6)`} />
        <Text
          component="span"
          size={size}
          c={color}
          fw={c.warning ? 600 : undefined}
          data-testid={testId}
          data-warning={c.warning ? 'true' : 'false'}
        >
          {c.label}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** A live “decision due in 3 h” / “decision overdue by 2 h” (red), refreshed every 30 seconds. */
export function DecisionCountdown({
  dueAt,
  overdue,
  size = 'sm',
}: {
  dueAt: string;
  overdue: boolean;
  size?: 'xs' | 'sm';
}) {
  const now = useNow();
  return (
    <CountdownText
      c={decisionCountdown(dueAt, now, overdue)}
      dueAt={dueAt}
      icon="clock"
      testId="decision-countdown"
      size={size}
    />
  );
}

/** A live “protected for 45 d”, red once fewer than 14 days are left. */
export function ProtectionCountdown({
  expiresAt,
  size = 'sm',
}: {
  expiresAt: string;
  size?: 'xs' | 'sm';
}) {
  const now = useNow();
  return (
    <CountdownText
      c={protectionCountdown(expiresAt, now)}
      dueAt={expiresAt}
      icon="shield"
      testId="protection-countdown"
      size={size}
    />
  );
}
