import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Modal, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { LeadPriority } from '@tandem/shared-domain';
import { DeleteConfirm, EmptyState } from '@tandem/portal-ui';
import { useState } from 'react';
import { DeleteSlaPolicyDocument } from '../graphql/lead-settings.graphql';
import { PRIORITY_LABELS } from '../lib/labels';
import { DEFAULT_SLA, applicablePolicy, businessHoursLabel, clockPair } from '../lib/sla-policies';
import { SlaExplainer } from './routing-explainer';
import { SlaPolicyForm, type SlaPolicyRow } from './sla-policy-form';

type TierOption = { id: string; name: string; rank: number };

export function SlaPoliciesSection({
  policies,
  tiers,
}: {
  policies: readonly SlaPolicyRow[];
  tiers: readonly TierOption[];
}) {
  const [editing, setEditing] = useState<SlaPolicyRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SlaPolicyRow | null>(null);
  const [remove] = useMutation(DeleteSlaPolicyDocument, {
    refetchQueries: ['LeadRoutingSettings'],
    awaitRefetchQueries: true,
  });
  const tierName = (id?: string | null) =>
    id ? (tiers.find((t) => t.id === id)?.name ?? 'Removed tier') : 'Any tier';

  return (
    <section aria-labelledby="sla-policies-title">
      <Group justify="space-between" mb="sm" align="flex-end">
        <div>
          <Title order={4} id="sla-policies-title">
            SLA policies
          </Title>
          <Text size="sm" c="dimmed">
            How long a partner has to accept an offered lead and to make first contact.
          </Text>
        </div>
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add policy
        </Button>
      </Group>
      <SlaExplainer />
      {policies.length === 0 ? (
        <EmptyState
          title="No SLA policies yet"
          description={`Every offer uses the defaults: ${clockPair(DEFAULT_SLA)}.`}
        />
      ) : (
        <Paper withBorder radius="md" mt="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="sla-policies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Accept within</Table.Th>
                  <Table.Th>First contact within</Table.Th>
                  <Table.Th>Reminder at</Table.Th>
                  <Table.Th w={130} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policies.map((p) => (
                  <Table.Tr key={p.id} data-policy-name={p.name}>
                    <Table.Td>
                      <Text fw={600}>{p.name}</Text>
                    </Table.Td>
                    <Table.Td>{tierName(p.tierId)}</Table.Td>
                    <Table.Td>{p.priority ? PRIORITY_LABELS[p.priority] : 'Any priority'}</Table.Td>
                    <Table.Td>{businessHoursLabel(p.acceptHours)}</Table.Td>
                    <Table.Td>{businessHoursLabel(p.contactHours)}</Table.Td>
                    <Table.Td>{p.reminderPercent}% of the time</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconEdit size={14} />}
                          onClick={() => setEditing(p)}
                          aria-label={`Edit policy ${p.name}`}
                        >
                          Edit
                        </Button>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(p)}
                          aria-label={`Delete policy ${p.name}`}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {tiers.length > 0 && <CoverageTable policies={policies} tiers={tiers} />}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add SLA policy' : 'Edit SLA policy'}
        size="lg"
      >
        {editing !== null && (
          <SlaPolicyForm
            policy={editing === 'new' ? null : editing}
            tiers={tiers}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <DeleteConfirm
        title="Delete SLA policy"
        confirmLabel="Delete policy"
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', message: 'SLA policy deleted.' });
        }}
      >
        New offers covered by <b>{deleting?.name}</b> fall back to the next most specific policy, or
        to the defaults ({clockPair(DEFAULT_SLA)}). Offers already made keep their deadlines.
      </DeleteConfirm>
    </section>
  );
}

const PRIORITIES = [LeadPriority.NORMAL, LeadPriority.HOT] as const;

/** Which clocks each tier gets for each priority, so overlaps need no mental arithmetic. */
function CoverageTable({
  policies,
  tiers,
}: {
  policies: readonly SlaPolicyRow[];
  tiers: readonly TierOption[];
}) {
  const cell = (tierId: string, priority: LeadPriority) => {
    const p = applicablePolicy(policies, tierId, priority);
    return (
      <>
        <Text size="sm">{clockPair(p ?? DEFAULT_SLA)}</Text>
        <Text size="xs" c="dimmed">
          {p ? p.name : 'Default'}
        </Text>
      </>
    );
  };
  return (
    <Paper withBorder radius="md" mt="md" p="md">
      <Text fw={600} size="sm">
        Which clock applies
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        Accept / first contact, in business hours, for each tier and lead priority.
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table withRowBorders={false} verticalSpacing={4} data-testid="sla-coverage">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              {PRIORITIES.map((p) => (
                <Table.Th key={p}>{PRIORITY_LABELS[p]} leads</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...tiers]
              .sort((a, b) => b.rank - a.rank)
              .map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  {PRIORITIES.map((p) => (
                    <Table.Td key={p}>{cell(t.id, p)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
