import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconUsers } from '@tabler/icons-react';
import type {
  IncentivePlanFieldsFragment,
  PartnerEarningsFieldsFragment,
} from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  TableSkeleton,
  formatDate,
  formatProgress,
} from '@tandem/portal-ui';
import { IncentivePlanStatus, PayoutStatus } from '@tandem/shared-domain';
import { Fragment, useState } from 'react';
import { IncentiveEarningsDocument } from '../graphql/incentives.graphql';
import { formatMoney, sumMoney, toCents } from '../lib/money';
import { MeasuresTable } from './measures-table';
import { PayoutStatusBadge } from './plan-badges';
import { PayoutReviewDialog, type ReviewMode } from './payout-review-dialog';

const COLUMNS = 8;

/**
 * Every eligible partner in the viewer's scope under a plan: live while it runs, frozen once
 * closed; reviewers approve or hold each frozen payout.
 */
export function EarningsTable({
  plan,
  canReview,
}: {
  plan: IncentivePlanFieldsFragment;
  canReview: boolean;
}) {
  const { data, error, refetch } = useQuery(IncentiveEarningsDocument, {
    variables: { planId: plan.id, partnerId: null },
  });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [review, setReview] = useState<{
    mode: ReviewMode;
    row: PartnerEarningsFieldsFragment;
  } | null>(null);

  if (error && !data)
    return (
      <ErrorAlert
        error={error}
        title="Could not load the earnings"
        onRetry={() => void refetch()}
      />
    );
  if (!data) return <TableSkeleton rows={5} />;
  // Live figures come in the metric layer's order; show partners by name, as frozen ones are.
  const rows = [...data.incentiveEarnings].sort((a, b) =>
    a.partnerName.localeCompare(b.partnerName),
  );
  if (rows.length === 0)
    return (
      <EmptyState
        icon={<IconUsers size={26} />}
        title="No partners under this plan"
        description={
          plan.status === IncentivePlanStatus.CLOSED
            ? 'No payouts were frozen for the partners you look after.'
            : 'No active partner you look after is eligible for it.'
        }
      />
    );

  const toggle = (partnerId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(partnerId)) next.delete(partnerId);
      else next.add(partnerId);
      return next;
    });

  return (
    <Stack gap="xs">
      <Summary rows={rows} plan={plan} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="earnings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th ta="right">Revenue</Table.Th>
                <Table.Th ta="right">Attainment</Table.Th>
                <Table.Th ta="right">Earned</Table.Th>
                <Table.Th ta="right">Marketing</Table.Th>
                <Table.Th ta="right">Sales</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>{canReview ? 'Review' : ''}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const open = expanded.has(row.partnerId);
                return (
                  <Fragment key={row.partnerId}>
                    <Table.Tr data-testid="earnings-row" data-partner={row.partnerName}>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            aria-expanded={open}
                            aria-label={`${open ? 'Hide' : 'Show'} goals of ${row.partnerName}`}
                            onClick={() => toggle(row.partnerId)}
                          >
                            {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                          </ActionIcon>
                          <Text size="sm" fw={600}>
                            {row.partnerName}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(row.revenue)}</Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" c={row.factor === 0 ? 'dimmed' : undefined}>
                          {formatProgress(row.attainment)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={600} data-testid="earnings-earned">
                          {formatMoney(row.earned)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(row.marketing)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(row.sales)}</Table.Td>
                      <Table.Td>
                        <StatusCell row={row} plan={plan} />
                      </Table.Td>
                      <Table.Td>
                        {canReview && row.payout && (
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="light"
                              color="green"
                              onClick={() => setReview({ mode: 'approve', row })}
                              aria-label={`Approve ${row.partnerName}’s payout`}
                              data-testid="payout-approve"
                            >
                              {row.payout.status === PayoutStatus.APPROVED ? 'Change' : 'Approve'}
                            </Button>
                            {row.payout.status !== PayoutStatus.HELD && (
                              <Button
                                size="compact-xs"
                                variant="light"
                                color="red"
                                onClick={() => setReview({ mode: 'hold', row })}
                                aria-label={`Hold ${row.partnerName}’s payout`}
                                data-testid="payout-hold"
                              >
                                Hold
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {open && (
                      <Table.Tr>
                        <Table.Td colSpan={COLUMNS} bg="gray.0">
                          <MeasuresTable measures={row.measures} />
                          <Text size="xs" c="dimmed">
                            Pool {formatMoney(row.pool)} · 100% pays {formatMoney(row.atTarget)}
                            {toCents(row.toTarget) > 0n
                              ? ` · ${formatMoney(row.toTarget)} more at 100%`
                              : ''}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {canReview && (
        <PayoutReviewDialog
          mode={review?.mode ?? null}
          payout={review?.row.payout ?? null}
          partnerName={review?.row.partnerName ?? ''}
          marketingSharePercent={plan.marketingSharePercent}
          onClose={() => setReview(null)}
        />
      )}
    </Stack>
  );
}

function Summary({
  rows,
  plan,
}: {
  rows: readonly PartnerEarningsFieldsFragment[];
  plan: IncentivePlanFieldsFragment;
}) {
  const earned = sumMoney(rows.map((r) => r.earned));
  const count = (status: PayoutStatus) => rows.filter((r) => r.payout?.status === status).length;
  return (
    <Group gap="md" data-testid="earnings-summary">
      <Text size="sm">
        <Text span fw={600}>
          {rows.length}
        </Text>{' '}
        partner{rows.length === 1 ? '' : 's'} ·{' '}
        {plan.status === IncentivePlanStatus.CLOSED ? 'frozen' : 'earned so far'}:{' '}
        <Text span fw={600}>
          {formatMoney(earned)}
        </Text>{' '}
        (marketing {formatMoney(sumMoney(rows.map((r) => r.marketing)))}, sales{' '}
        {formatMoney(sumMoney(rows.map((r) => r.sales)))})
      </Text>
      {plan.status === IncentivePlanStatus.CLOSED && (
        <Group gap={6}>
          {[PayoutStatus.PENDING, PayoutStatus.APPROVED, PayoutStatus.HELD].map((status) =>
            count(status) > 0 ? (
              <Group key={status} gap={4}>
                <PayoutStatusBadge status={status} />
                <Text size="sm">{count(status)}</Text>
              </Group>
            ) : null,
          )}
        </Group>
      )}
    </Group>
  );
}

function StatusCell({
  row,
  plan,
}: {
  row: PartnerEarningsFieldsFragment;
  plan: IncentivePlanFieldsFragment;
}) {
  if (!row.payout)
    return plan.status === IncentivePlanStatus.DRAFT ? (
      <Badge color="gray" variant="outline">
        Preview
      </Badge>
    ) : (
      <Badge color="teal" variant="outline">
        Live
      </Badge>
    );
  const p = row.payout;
  return (
    <Stack gap={2}>
      <PayoutStatusBadge status={p.status} />
      {p.status === PayoutStatus.APPROVED && (
        <Text size="xs" data-testid="payout-approved-amount">
          {formatMoney(p.approvedAmount)}
          {p.approvedAmount && toCents(p.approvedAmount) !== toCents(p.earned)
            ? ` (plan: ${formatMoney(p.earned)})`
            : ''}
        </Text>
      )}
      {p.reason && (
        <Text size="xs" c="dimmed" fs="italic" maw={220} style={{ overflowWrap: 'anywhere' }}>
          {p.reason}
        </Text>
      )}
      {p.decidedAt && (
        <Text size="xs" c="dimmed">
          {p.decidedByLabel} · {formatDate(p.decidedAt)}
        </Text>
      )}
    </Stack>
  );
}
