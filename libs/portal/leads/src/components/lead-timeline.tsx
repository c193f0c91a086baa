import { Badge, List, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconAlarm, IconFlag } from '@tabler/icons-react';
import type { LeadDetailFieldsFragment } from '@tandem/portal-data-access';
import { formatDateTime } from '@tandem/portal-ui';
import { SLA_EVENT_LABELS, SlaEventKind } from '@tandem/shared-domain';
import { STAGE_COLORS, stageShortLabel } from '../lib/lead-status';

type StageEvent = LeadDetailFieldsFragment['stageHistory'][number];
type SlaEvent = LeadDetailFieldsFragment['slaEvents'][number];

/** Every stage the lead entered, oldest first: who moved it, when and why. */
export function StageHistory({ events }: { events: StageEvent[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="lead-history-title">
      <Title order={4} id="lead-history-title">
        Stage history
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          No stage changes yet.
        </Text>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Timeline
            active={events.length - 1}
            bulletSize={22}
            lineWidth={2}
            data-testid="stage-history"
          >
            {events.map((e) => (
              <Timeline.Item
                key={e.id}
                bullet={<IconFlag size={12} />}
                color={STAGE_COLORS[e.stage]}
                title={
                  e.fromStage
                    ? `${stageShortLabel(e.fromStage)} → ${stageShortLabel(e.stage)}`
                    : stageShortLabel(e.stage)
                }
                data-testid="stage-event"
                data-stage={e.stage}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.occurredAt)} · {e.actorLabel}
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
                {e.details.length > 0 && (
                  <List size="xs" mt={4} spacing={0} c="dimmed">
                    {e.details.map((d) => (
                      <List.Item key={d}>{d}</List.Item>
                    ))}
                  </List>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      )}
    </Stack>
  );
}

const BREACHES: readonly SlaEventKind[] = [SlaEventKind.ACCEPT_BREACH, SlaEventKind.CONTACT_BREACH];

/** Reminders sent and deadlines missed on this lead's hand-offs. */
export function SlaEvents({ events }: { events: SlaEvent[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="lead-sla-title">
      <Title order={4} id="lead-sla-title">
        SLA events
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          No reminders or missed deadlines.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs" fz="sm" data-testid="sla-events">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Deadline</Table.Th>
                  <Table.Th>Recorded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((e) => (
                  <Table.Tr key={e.id} data-testid="sla-event" data-kind={e.kind}>
                    <Table.Td>
                      <Text size="sm" c={BREACHES.includes(e.kind) ? 'red' : undefined} span>
                        <IconAlarm size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
                        {SLA_EVENT_LABELS[e.kind]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(e.dueAt)}</Table.Td>
                    <Table.Td>{formatDateTime(e.occurredAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
