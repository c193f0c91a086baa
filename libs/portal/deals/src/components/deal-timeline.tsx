import { Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCalendarPlus, IconFlag } from '@tabler/icons-react';
import type { DealDetailFieldsFragment } from '@tandem/portal-data-access';
import { formatDateTime } from '@tandem/portal-ui';
import {
  DEAL_STATUS_COLORS,
  EXTENSION_STATUS_COLORS,
  EXTENSION_STATUS_LABELS,
  dealStatusShortLabel,
} from '../lib/deal-status';

type DealEvent = DealDetailFieldsFragment['timeline'][number];
type DealExtension = DealDetailFieldsFragment['extensions'][number];

/** Every transition, oldest first: who made it, when and why. */
export function DealTimeline({ events }: { events: readonly DealEvent[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="deal-timeline-title">
      <Title order={4} id="deal-timeline-title">
        Timeline
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has happened yet.
        </Text>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Timeline
            active={events.length - 1}
            bulletSize={22}
            lineWidth={2}
            data-testid="deal-timeline"
          >
            {events.map((e) => (
              <Timeline.Item
                key={e.id}
                bullet={<IconFlag size={12} />}
                color={DEAL_STATUS_COLORS[e.toStatus]}
                title={
                  e.fromStatus && e.fromStatus !== e.toStatus
                    ? `${dealStatusShortLabel(e.fromStatus)} → ${dealStatusShortLabel(e.toStatus)}`
                    : e.fromStatus
                      ? 'Protection extended'
                      : dealStatusShortLabel(e.toStatus)
                }
                data-testid="deal-event"
                data-status={e.toStatus}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at)} · {e.actorLabel}
                </Text>
                {e.reasonLabel && (
                  <Badge mt={4} variant="light" color="gray" tt="none">
                    {e.reasonLabel}
                  </Badge>
                )}
                {e.comment && (
                  <Text
                    size="sm"
                    mt={4}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {e.comment}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      )}
    </Stack>
  );
}

/** Requests for more protection, newest first, with their outcome. */
export function DealExtensions({ extensions }: { extensions: readonly DealExtension[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="deal-extensions-title">
      <Title order={4} id="deal-extensions-title">
        Extensions
      </Title>
      {extensions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No extension requested.
        </Text>
      ) : (
        extensions.map((x) => (
          <Paper
            key={x.id}
            withBorder
            p="md"
            radius="md"
            data-testid="deal-extension"
            data-status={x.status}
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Group gap={6}>
                  <IconCalendarPlus size={16} />
                  <Text fw={600}>{x.days} more days</Text>
                </Group>
                <Badge color={EXTENSION_STATUS_COLORS[x.status]} variant="light">
                  {EXTENSION_STATUS_LABELS[x.status]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                Asked {formatDateTime(x.requestedAt)} by {x.requestedByLabel}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                “{x.reason}”
              </Text>
              {x.decidedAt && (
                <Text size="xs" c="dimmed">
                  Decided {formatDateTime(x.decidedAt)}
                  {x.decidedByLabel ? ` by ${x.decidedByLabel}` : ''}
                  {x.comment ? `: ${x.comment}` : ''}
                </Text>
              )}
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
