import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import type { MdfBudgetViewFieldsFragment } from '@tandem/portal-data-access';
import { formatDate } from '@tandem/portal-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMdfAccess } from '../hooks/use-mdf-access';
import { figuresAddUp } from '../lib/figures';
import { newRequestHref } from '../lib/links';
import { formatMoney, toCents } from '../lib/money';
import { AllocateDialog } from './allocate-dialog';
import { AllocationTable } from './allocation-table';
import { FigureNumbers, FiguresBar } from './figures-bar';

/** One budget: its figures as a bar and numbers; vendor staff also see it per partner. */
export function BudgetCard({
  view,
  onEdit,
}: {
  view: MdfBudgetViewFieldsFragment;
  onEdit: () => void;
}) {
  const access = useMdfAccess();
  const { budget } = view;
  const [allocating, setAllocating] = useState<{ partnerId: string; allocated: string } | null>(
    null,
  );
  const [allocateOpen, setAllocateOpen] = useState(false);
  const headingId = `budget-${budget.id}`;
  const consistent = figuresAddUp(view, access.scope);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="budget-card"
      data-name={budget.name}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={4} id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {budget.name}
            </Title>
            <Text size="xs" c="dimmed">
              {budget.periodCode}
              {access.scope === 'vendor'
                ? ` · updated by ${budget.updatedByLabel} · ${formatDate(budget.updatedAt)}`
                : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            {access.canRequest && toCents(view.remaining) > 0n && (
              <Button
                component={Link}
                to={newRequestHref(budget.id)}
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
              >
                Request funds
              </Button>
            )}
            {access.canManage && (
              <>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setAllocateOpen(true)}
                  data-testid="allocate"
                >
                  Allocate
                </Button>
                <Tooltip label="Edit budget">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Edit ${budget.name}`}
                    onClick={onEdit}
                    data-testid="edit-budget"
                  >
                    <IconEdit size={16} />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Group>
        <FiguresBar figures={view} scope={access.scope} label={`${budget.name} figures`} />
        <FigureNumbers figures={view} scope={access.scope} />
        {!consistent && (
          <Text size="xs" c="red">
            These figures do not add up; reload the page. If it persists, tell the Tandem team.
          </Text>
        )}
        {access.scope === 'vendor' && toCents(view.unallocated) > 0n && access.canManage && (
          <Text size="xs" c="dimmed">
            {formatMoney(view.unallocated)} of {formatMoney(view.total)} is not allocated yet.{' '}
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => setAllocateOpen(true)}
            >
              Allocate it
            </Anchor>
          </Text>
        )}
        {!access.isPartner && (
          <AllocationTable
            budgetId={budget.id}
            canManage={access.canManage}
            onChange={(row) => setAllocating(row)}
          />
        )}
      </Stack>
      {access.canManage && (
        <AllocateDialog
          opened={allocateOpen || allocating !== null}
          onClose={() => {
            setAllocateOpen(false);
            setAllocating(null);
          }}
          view={view}
          existing={allocating}
        />
      )}
    </Paper>
  );
}
