import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCoins, IconEdit, IconPlayerPlay, IconPlus, IconTrash } from '@tabler/icons-react';
import type { IncentivePlanFieldsFragment } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, TableSkeleton, formatDate } from '@tandem/portal-ui';
import { IncentivePlanStatus } from '@tandem/shared-domain';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { IncentivePlansDocument, IncentiveTiersDocument } from '../graphql/incentives.graphql';
import { useIncentivesAccess } from '../hooks/use-incentives-access';
import { usePeriodSelection } from '../hooks/use-period-selection';
import { planHref } from '../lib/links';
import { eligibilityText, measuresText, poolText } from '../lib/plan-display';
import { PeriodPicker } from './period-picker';
import { PlanActionDialogs, type PlanAction } from './plan-actions';
import { PlanStatusBadge } from './plan-badges';
import { PlanFormDialog } from './plan-form-dialog';

type Dialog =
  | { kind: 'form'; plan: IncentivePlanFieldsFragment | null }
  | { kind: PlanAction; plan: IncentivePlanFieldsFragment };

/** Vendor staff: the plans of a period, with their status; admins create and activate them. */
export function PlanListView() {
  const access = useIncentivesAccess();
  const selection = usePeriodSelection();
  const periodCode = selection.periodCode;
  const plans = useQuery(IncentivePlansDocument, {
    variables: { periodCode },
    skip: !periodCode,
  });
  const tiers = useQuery(IncentiveTiersDocument);
  const tierNames = useMemo(
    () => new Map((tiers.data?.tiers ?? []).map((t) => [t.id, t.name])),
    [tiers.data],
  );
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = plans.data?.incentivePlans ?? [];
  const periodLabel = selection.period?.label ?? periodCode ?? '';
  const close = () => setDialog(null);
  const newPlan = () => setDialog({ kind: 'form', plan: null });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PeriodPicker selection={selection} />
        </SimpleGrid>
      </Paper>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          Shared bonus plans pay marketing and sales together on each partner’s goals.
          {access.canReview && ' Payouts wait for review once a plan’s period closes.'}
        </Text>
        {access.canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={newPlan} data-testid="new-plan">
            New plan
          </Button>
        )}
      </Group>
      {selection.error && !periodCode ? (
        <ErrorAlert error={selection.error} title="Could not load the periods" />
      ) : plans.error && !plans.data ? (
        <ErrorAlert
          error={plans.error}
          title="Could not load the plans"
          onRetry={() => void plans.refetch()}
        />
      ) : !plans.data ? (
        <TableSkeleton rows={4} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconCoins size={26} />}
          title={`No incentive plans for ${periodLabel}`}
          description={
            access.canManage
              ? 'Define a plan: who it pays, on which goals, and how big the pool is.'
              : 'Vendor admins define plans; they will show here.'
          }
          action={
            access.canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={newPlan}>
                New plan
              </Button>
            )
          }
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="plan-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Plan</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Pays on</Table.Th>
                  <Table.Th>Pool</Table.Th>
                  {access.canManage && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((plan) => (
                  <Table.Tr
                    key={plan.id}
                    data-testid="plan-row"
                    data-name={plan.name}
                    data-status={plan.status}
                  >
                    <Table.Td>
                      <Anchor component={Link} to={planHref(plan.id)} fw={600}>
                        {plan.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        Updated by {plan.updatedByLabel} · {formatDate(plan.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PlanStatusBadge status={plan.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{eligibilityText(plan, tierNames)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{measuresText(plan.measures)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{poolText(plan)}</Text>
                    </Table.Td>
                    {access.canManage && (
                      <Table.Td>
                        {plan.status === IncentivePlanStatus.DRAFT && (
                          <Group gap={4} wrap="nowrap" justify="flex-end">
                            <Button
                              size="xs"
                              variant="light"
                              leftSection={<IconPlayerPlay size={14} />}
                              onClick={() => setDialog({ kind: 'activate', plan })}
                              data-testid="plan-activate"
                            >
                              Activate
                            </Button>
                            <Tooltip label="Edit draft">
                              <ActionIcon
                                variant="subtle"
                                aria-label={`Edit ${plan.name}`}
                                onClick={() => setDialog({ kind: 'form', plan })}
                              >
                                <IconEdit size={16} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label="Delete draft">
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Delete ${plan.name}`}
                                onClick={() => setDialog({ kind: 'delete', plan })}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {access.canManage && (
        <>
          <PlanFormDialog
            opened={dialog?.kind === 'form'}
            onClose={close}
            plan={dialog?.kind === 'form' ? dialog.plan : null}
            defaultPeriodCode={periodCode}
            // Show the saved plan: switch the list to its period.
            onSaved={(saved) => {
              if (saved.periodCode !== periodCode) selection.setPeriod(saved.periodCode);
            }}
          />
          <PlanActionDialogs
            action={dialog && dialog.kind !== 'form' ? dialog.kind : null}
            plan={dialog && dialog.kind !== 'form' ? dialog.plan : null}
            periodLabel={periodLabel}
            periodEnd={selection.period?.end ?? null}
            onClose={close}
          />
        </>
      )}
    </Stack>
  );
}
