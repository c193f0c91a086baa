import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { IncentivePlanFieldsFragment } from '@tandem/portal-data-access';
import { useCurrentUser } from '@tandem/portal-data-access';
import { useNow } from '@tandem/portal-ui';
import { IncentivePlanStatus } from '@tandem/shared-domain';
import { Link } from 'react-router';
import {
  IncentiveEarningsDocument,
  IncentivePlansDocument,
  IncentiveRunningPeriodsDocument,
} from '../graphql/incentives.graphql';
import { toTargetLine } from '../lib/earnings-display';
import { formatMoney } from '../lib/money';
import { runningCodes } from '../lib/periods';

/**
 * Partner home: the running period's active plans, with what they have earned so far and what
 * 100% would add. Shows nothing when there are none (or while they load), so the home page does
 * not jump for partners without plans.
 */
export function IncentivesHomeWidget() {
  const me = useCurrentUser();
  if (!me.partnerId) return null;
  return <HomeIncentives />;
}

function HomeIncentives() {
  const now = useNow(60_000);
  const periods = useQuery(IncentiveRunningPeriodsDocument);
  const plans = useQuery(IncentivePlansDocument, { variables: { periodCode: null } });
  if (!periods.data || !plans.data) return null;
  const running = runningCodes(
    [periods.data.quarters, periods.data.months, periods.data.years],
    now,
  );
  const labels = new Map(
    [...periods.data.quarters, ...periods.data.months, ...periods.data.years].map((p) => [
      p.code,
      p.label,
    ]),
  );
  const active = plans.data.incentivePlans.filter(
    (p) => p.status === IncentivePlanStatus.ACTIVE && running.has(p.periodCode),
  );
  if (active.length === 0) return null;

  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="home-incentives-title"
      data-testid="home-incentives"
    >
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={3} id="home-incentives-title">
            What we are earning together
          </Title>
          <Text size="sm" c="dimmed">
            Shared bonus plans, split between marketing and sales.
          </Text>
        </div>
        <Anchor component={Link} to="/incentives" size="sm">
          All incentives
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {active.map((plan) => (
          <HomePlan key={plan.id} plan={plan} periodLabel={labels.get(plan.periodCode) ?? ''} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function HomePlan({
  plan,
  periodLabel,
}: {
  plan: IncentivePlanFieldsFragment;
  periodLabel: string;
}) {
  const { data, error } = useQuery(IncentiveEarningsDocument, {
    variables: { planId: plan.id, partnerId: null },
  });
  const earnings = data?.incentiveEarnings[0];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="home-incentive" data-plan={plan.name}>
      <Text fw={600} truncate="end">
        {plan.name}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {periodLabel}
      </Text>
      {error && !data ? (
        <Text size="sm" c="red">
          Could not load the earnings.
        </Text>
      ) : !data ? (
        <Stack gap={6} aria-busy="true" aria-label="Loading earnings">
          <Skeleton height={16} width="60%" />
          <Skeleton height={14} width="80%" />
        </Stack>
      ) : !earnings ? (
        <Text size="sm" c="dimmed">
          Not paying your company right now.
        </Text>
      ) : (
        <>
          <Text size="sm">
            Earned so far:{' '}
            <Text span fw={700} inherit data-testid="home-incentive-earned">
              {formatMoney(earnings.earned)}
            </Text>
          </Text>
          <Text size="sm" c="dimmed" data-testid="home-incentive-to-target">
            {toTargetLine(earnings)}
          </Text>
        </>
      )}
    </Paper>
  );
}
