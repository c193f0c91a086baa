import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { DeleteConfirm, describeApiError, EmptyState } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  DeleteRoutingRuleDocument,
  ReorderRoutingRulesDocument,
  SaveRoutingRuleDocument,
} from '../graphql/lead-settings.graphql';
import { toRuleFormValues, toRuleInput } from '../lib/routing-rule-form';
import { moveId, summarizeRule, summarizeWeights } from '../lib/rule-summary';
import { RoutingRuleForm, type RoutingLookup, type RoutingRuleRow } from './routing-rule-form';

/** The rules in the order they apply, with reordering, switching on and off, editing and deleting. */
export function RoutingRulesSection({
  rules,
  lookup,
}: {
  rules: readonly RoutingRuleRow[];
  lookup: RoutingLookup;
}) {
  const client = useApolloClient();
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const [editing, setEditing] = useState<RoutingRuleRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoutingRuleRow | null>(null);
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  const [reorder, { loading: reordering }] = useMutation(ReorderRoutingRulesDocument);
  const [save] = useMutation(SaveRoutingRuleDocument);
  const [remove] = useMutation(DeleteRoutingRuleDocument, {
    refetchQueries: ['LeadRoutingSettings'],
    awaitRefetchQueries: true,
  });

  // A stale version (CONFLICT) or a rule list that changed under us (the reorder no longer names
  // every rule): show the current list so the next attempt starts from it.
  const failed = (error: unknown) => {
    const info = describeApiError(error);
    const changed = info.code === 'CONFLICT' || info.fields.some((f) => f.field === 'ids');
    notifications.show({
      color: 'red',
      message: changed
        ? 'Someone else changed the rules in the meantime. The list now shows their changes; try again.'
        : info.message,
    });
    if (changed) void client.refetchQueries({ include: ['LeadRoutingSettings'] });
  };

  const move = (rule: RoutingRuleRow, by: -1 | 1) => {
    const ids = moveId(
      ordered.map((r) => r.id),
      rule.id,
      by,
    );
    if (!ids) return;
    reorder({ variables: { ids }, refetchQueries: ['LeadRoutingSettings'] }).catch(failed);
  };

  const setActive = (rule: RoutingRuleRow, active: boolean) => {
    save({
      variables: { input: toRuleInput({ ...toRuleFormValues(rule), active }, rule) },
      refetchQueries: ['LeadRoutingSettings'],
    }).catch(failed);
  };

  return (
    <section aria-labelledby="routing-rules-title">
      <Group justify="space-between" mb="sm" align="flex-end">
        <div>
          <Title order={4} id="routing-rules-title">
            Routing rules
          </Title>
          <Text size="sm" c="dimmed">
            Tried in this order; the first rule that finds an eligible partner wins.
          </Text>
        </div>
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add rule
        </Button>
      </Group>
      {ordered.length === 0 ? (
        <EmptyState
          title="No routing rules yet"
          description="Without rules every vendor lead waits in the manual queue for a channel manager."
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="routing-rules">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>#</Table.Th>
                  <Table.Th>Rule</Table.Th>
                  <Table.Th w={90}>Active</Table.Th>
                  <Table.Th w={200} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((rule, i) => (
                  <Table.Tr key={rule.id} data-rule-name={rule.name}>
                    <Table.Td>
                      <Badge variant="light" color={rule.active ? 'indigo' : 'gray'}>
                        {i + 1}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text fw={600} c={rule.active ? undefined : 'dimmed'}>
                          {rule.name}
                        </Text>
                        <Text size="sm">{summarizeRule(rule, lookup)}</Text>
                        <Text size="xs" c="dimmed">
                          {summarizeWeights(rule)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        checked={rule.active}
                        onChange={(e) => setActive(rule, e.currentTarget.checked)}
                        aria-label={`${rule.name} active`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label="Move up">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={i === 0 || reordering}
                            onClick={() => move(rule, -1)}
                            aria-label={`Move ${rule.name} up`}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Move down">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={i === ordered.length - 1 || reordering}
                            onClick={() => move(rule, 1)}
                            aria-label={`Move ${rule.name} down`}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconEdit size={14} />}
                          onClick={() => setEditing(rule)}
                          aria-label={`Edit rule ${rule.name}`}
                        >
                          Edit
                        </Button>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(rule)}
                          aria-label={`Delete rule ${rule.name}`}
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
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add routing rule' : 'Edit routing rule'}
        size="xl"
        fullScreen={fullScreen}
      >
        {editing !== null && (
          <RoutingRuleForm
            rule={editing === 'new' ? null : editing}
            lookup={lookup}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <DeleteConfirm
        title="Delete routing rule"
        confirmLabel="Delete rule"
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', message: 'Routing rule deleted.' });
        }}
      >
        <b>{deleting?.name}</b> stops routing leads. Leads already offered keep their offers; the
        rules below it move up.
      </DeleteConfirm>
    </section>
  );
}
