import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconPlayerPlay, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import type { GoalTemplateFieldsFragment } from '@tandem/portal-data-access';
import {
  DeleteConfirm,
  EmptyState,
  ErrorAlert,
  TableSkeleton,
  formatDate,
  formatMetricValue,
} from '@tandem/portal-ui';
import { METRICS } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  DeleteGoalTemplateDocument,
  GoalTemplatesDocument,
} from '../graphql/goal-templates.graphql';
import { SIDE_SHORT_LABELS } from '../lib/goal-display';
import { PERIOD_KIND_OPTIONS } from '../lib/periods';
import { ApplyTemplateDialog } from './apply-template-dialog';
import { TemplateFormDialog } from './template-form-dialog';

type Template = GoalTemplateFieldsFragment;
type Dialog =
  | { kind: 'edit'; template: Template | null }
  | { kind: 'apply'; template: Template }
  | { kind: 'delete'; template: Template };

const KIND_LABELS = Object.fromEntries(PERIOD_KIND_OPTIONS.map((o) => [o.value, o.label]));

/** /goals/templates: goals per tier, applied to every partner of the tier for a period. */
export function GoalTemplatesView() {
  const { data, error, loading, refetch } = useQuery(GoalTemplatesDocument);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [remove] = useMutation(DeleteGoalTemplateDocument, {
    refetchQueries: ['GoalTemplates'],
    awaitRefetchQueries: true,
  });
  const tiers = data?.tiers ?? [];
  const tierName = (id: string) => tiers.find((t) => t.id === id)?.name ?? 'Unknown tier';
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          A template holds the usual goals of a tier. Applying it sets them for every partner of the
          tier for one period; goals adjusted by hand for a partner are kept unless you say
          otherwise.
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setDialog({ kind: 'edit', template: null })}
          data-testid="new-template"
        >
          New template
        </Button>
      </Group>
      {error && !data ? (
        <ErrorAlert
          error={error}
          title="Could not load the templates"
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <TableSkeleton rows={3} />
      ) : !data || data.goalTemplates.length === 0 ? (
        <EmptyState
          icon={<IconTemplate size={26} />}
          title="No tier templates yet"
          description="Create one per tier (e.g. “Gold quarterly”) and apply it each period instead of setting goals partner by partner."
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" data-testid="template-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Template</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Goals</Table.Th>
                  <Table.Th w={280} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.goalTemplates.map((t) => (
                  <Table.Tr key={t.id} data-testid="template-row" data-name={t.name}>
                    <Table.Td>
                      <Text fw={500}>{t.name}</Text>
                      <Text size="xs" c="dimmed">
                        Changed {formatDate(t.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{tierName(t.tierId)}</Table.Td>
                    <Table.Td>{KIND_LABELS[t.periodKind]}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {t.items.map((i) => (
                          <Tooltip key={i.metric} label={`Owner: ${SIDE_SHORT_LABELS[i.side]}`}>
                            <Badge variant="light" color="gray" tt="none">
                              {METRICS[i.metric].label}: {formatMetricValue(i.metric, i.target)}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          leftSection={<IconPlayerPlay size={14} />}
                          onClick={() => setDialog({ kind: 'apply', template: t })}
                          data-testid="apply-template"
                          aria-label={`Apply ${t.name}`}
                        >
                          Apply
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconEdit size={14} />}
                          onClick={() => setDialog({ kind: 'edit', template: t })}
                          aria-label={`Edit ${t.name}`}
                        >
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => setDialog({ kind: 'delete', template: t })}
                          aria-label={`Delete ${t.name}`}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <TemplateFormDialog
        opened={dialog?.kind === 'edit'}
        onClose={close}
        template={dialog?.kind === 'edit' ? dialog.template : null}
        tiers={tiers}
      />
      <ApplyTemplateDialog
        opened={dialog?.kind === 'apply'}
        onClose={close}
        template={dialog?.kind === 'apply' ? dialog.template : null}
        tierName={dialog?.kind === 'apply' ? tierName(dialog.template.tierId) : ''}
      />
      <DeleteConfirm
        opened={dialog?.kind === 'delete'}
        onClose={close}
        title="Delete template"
        confirmLabel="Delete template"
        onConfirm={() =>
          dialog?.kind === 'delete'
            ? remove({ variables: { id: dialog.template.id } })
            : Promise.resolve()
        }
      >
        {dialog?.kind === 'delete' &&
          `Delete “${dialog.template.name}”? Goals it already set stay as they are.`}
      </DeleteConfirm>
    </Stack>
  );
}
