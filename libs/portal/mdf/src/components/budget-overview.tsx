import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCoins, IconPlus } from '@tabler/icons-react';
import type { MdfBudgetViewFieldsFragment } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { useState } from 'react';
import { MdfBudgetsDocument } from '../graphql/mdf.graphql';
import { useMdfAccess } from '../hooks/use-mdf-access';
import { usePeriodSelection } from '../hooks/use-period-selection';
import { BudgetCard } from './budget-card';
import { BudgetFormDialog } from './budget-form-dialog';
import { PeriodPicker } from './period-picker';

type BudgetDialog = { budget: MdfBudgetViewFieldsFragment | null };

/** The budgets of a period, each with its figures; vendor admins create and allocate them. */
export function BudgetOverview() {
  const access = useMdfAccess();
  const selection = usePeriodSelection();
  const periodCode = selection.periodCode;
  const budgets = useQuery(MdfBudgetsDocument, {
    variables: { periodCode },
    skip: !periodCode,
  });
  const [dialog, setDialog] = useState<BudgetDialog | null>(null);
  const list = budgets.data?.mdfBudgets ?? [];
  const periodLabel = selection.period?.label ?? periodCode ?? '';
  const newBudget = () => setDialog({ budget: null });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PeriodPicker selection={selection} />
        </SimpleGrid>
      </Paper>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" maw={640}>
          {access.scope === 'partner'
            ? 'Your allocation per budget: what is reserved for approved requests, claimed, paid and still free to request.'
            : access.scope === 'manager'
              ? 'Figures of your partners’ allocations: reserved for approved requests, claimed, paid and still free.'
              : 'Each budget is allocated to partners; approved requests reserve funds until they are claimed and paid.'}
        </Text>
        {access.canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={newBudget} data-testid="new-budget">
            New budget
          </Button>
        )}
      </Group>
      {selection.error && !periodCode ? (
        <ErrorAlert error={selection.error} title="Could not load the periods" />
      ) : budgets.error && !budgets.data ? (
        <ErrorAlert
          error={budgets.error}
          title="Could not load the budgets"
          onRetry={() => void budgets.refetch()}
        />
      ) : !budgets.data ? (
        <TableSkeleton rows={4} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconCoins size={26} />}
          title={`No budgets for ${periodLabel}`}
          description={
            access.canManage
              ? 'Create a budget for the period, then allocate it to partners or whole tiers.'
              : access.isPartner
                ? 'Your partner has no allocation in this period. Your channel manager can tell you when funds open.'
                : 'The vendor admin creates budgets; they will show here.'
          }
          action={
            access.canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={newBudget}>
                New budget
              </Button>
            )
          }
        />
      ) : (
        <Stack gap="md">
          {list.map((view) => (
            <BudgetCard
              key={view.budget.id}
              view={view}
              onEdit={() => setDialog({ budget: view })}
            />
          ))}
        </Stack>
      )}
      {access.canManage && (
        <BudgetFormDialog
          opened={dialog !== null}
          onClose={() => setDialog(null)}
          view={dialog?.budget ?? null}
          defaultPeriodCode={periodCode}
          onSaved={(saved) => {
            if (saved.periodCode !== periodCode) selection.setPeriod(saved.periodCode);
          }}
        />
      )}
    </Stack>
  );
}
