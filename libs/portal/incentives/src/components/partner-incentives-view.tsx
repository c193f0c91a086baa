import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import { EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { IncentivePlanStatus } from '@tandem/shared-domain';
import { IncentivePlansDocument } from '../graphql/incentives.graphql';
import { usePeriodSelection } from '../hooks/use-period-selection';
import { EarningsCard } from './earnings-card';
import { PeriodPicker } from './period-picker';

/** Partner users: the plans they are in for a period, each with what it has earned them. */
export function PartnerIncentivesView() {
  const selection = usePeriodSelection();
  const periodCode = selection.periodCode;
  const plans = useQuery(IncentivePlansDocument, {
    variables: { periodCode },
    skip: !periodCode,
  });
  // Partners only ever get active and closed plans; drafts are the vendor's.
  const list = (plans.data?.incentivePlans ?? []).filter(
    (p) => p.status !== IncentivePlanStatus.DRAFT,
  );
  const periodLabel = selection.period?.label ?? periodCode ?? '';

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PeriodPicker selection={selection} />
        </SimpleGrid>
      </Paper>
      <Text size="sm" c="dimmed">
        Marketing and sales earn together: each plan pays on your shared goals and splits the payout
        between both teams. Figures update as leads and deals move, and are frozen when the period
        closes.
      </Text>
      {selection.error && !periodCode ? (
        <ErrorAlert error={selection.error} title="Could not load the periods" />
      ) : plans.error && !plans.data ? (
        <ErrorAlert
          error={plans.error}
          title="Could not load your incentive plans"
          onRetry={() => void plans.refetch()}
        />
      ) : !plans.data ? (
        <TableSkeleton rows={4} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconCoins size={26} />}
          title={`No incentive plans for ${periodLabel}`}
          description="When your vendor runs a shared bonus plan your company is in, it shows here with what you have earned."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {list.map((plan) => (
            <EarningsCard key={plan.id} plan={plan} periodLabel={periodLabel} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
