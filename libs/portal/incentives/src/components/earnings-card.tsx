import { useQuery } from '@apollo/client/react';
import { Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type {
  IncentivePlanFieldsFragment,
  PartnerEarningsFieldsFragment,
} from '@tandem/portal-data-access';
import { ErrorAlert, formatDate, formatProgress } from '@tandem/portal-ui';
import { IncentivePlanStatus, IncentivePoolKind, PayoutStatus } from '@tandem/shared-domain';
import { IncentiveEarningsDocument } from '../graphql/incentives.graphql';
import { earningsHeadline, earningsNotes } from '../lib/earnings-display';
import { formatMoney, toCents } from '../lib/money';
import { measuresText, poolText, ruleText } from '../lib/plan-display';
import { AttainmentBar } from './attainment-bar';
import { MeasuresTable } from './measures-table';
import { PayoutStatusBadge, PlanStatusBadge } from './plan-badges';

/** A partner's view of one plan: what it earned, why, and how the payout was reviewed. */
export function EarningsCard({
  plan,
  periodLabel,
}: {
  plan: IncentivePlanFieldsFragment;
  periodLabel: string;
}) {
  // Partners ask without an id: the API answers with their own row.
  const { data, error, refetch } = useQuery(IncentiveEarningsDocument, {
    variables: { planId: plan.id, partnerId: null },
  });
  const earnings = data?.incentiveEarnings[0];

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`plan-${plan.id}`}
      data-testid="incentive-earnings"
      data-plan={plan.name}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={`plan-${plan.id}`}>
              {plan.name}
            </Title>
            <Text size="sm" c="dimmed">
              {periodLabel} · pays on {measuresText(plan.measures)}
            </Text>
          </div>
          <Group gap={6}>
            <PlanStatusBadge status={plan.status} />
            {earnings?.payout && <PayoutStatusBadge status={earnings.payout.status} />}
          </Group>
        </Group>
        {error && !data ? (
          <ErrorAlert
            error={error}
            title="Could not load your earnings"
            onRetry={() => void refetch()}
          />
        ) : !data ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading earnings">
            <Skeleton height={28} width="70%" />
            <Skeleton height={16} />
            <Skeleton height={80} />
          </Stack>
        ) : !earnings ? (
          <Text size="sm" c="dimmed">
            {plan.status === IncentivePlanStatus.CLOSED
              ? 'No payout was frozen for your company under this plan.'
              : 'Your company is not among the partners this plan pays right now.'}
          </Text>
        ) : (
          <EarningsBody plan={plan} earnings={earnings} />
        )}
      </Stack>
    </Paper>
  );
}

function EarningsBody({
  plan,
  earnings,
}: {
  plan: IncentivePlanFieldsFragment;
  earnings: PartnerEarningsFieldsFragment;
}) {
  const headline = earningsHeadline(earnings, plan);
  const notes = earningsNotes(earnings, { ...plan, poolText: poolText(plan) });
  return (
    <>
      <Text size="lg" data-testid="incentive-headline">
        {headline.lead}
        <Text span fw={700} inherit data-testid="incentive-earned">
          {headline.amount}
        </Text>
        {headline.tail}
      </Text>
      {notes.map((note) => (
        <Text key={note} size="sm" c="dimmed">
          {note}
        </Text>
      ))}
      <div>
        <Group justify="space-between" gap="xs" mb={6}>
          <Text size="sm" fw={500}>
            Attainment {formatProgress(earnings.attainment)}
          </Text>
          <Text size="xs" c="dimmed">
            100% pays {formatMoney(earnings.atTarget)}
          </Text>
        </Group>
        <AttainmentBar
          attainment={earnings.attainment}
          thresholdPercent={plan.thresholdPercent}
          capPercent={plan.capPercent}
        />
      </div>
      <SimpleGrid cols={2} spacing="sm">
        <SplitFigure
          label="Marketing"
          share={plan.marketingSharePercent}
          amount={earnings.marketing}
        />
        <SplitFigure
          label="Sales"
          share={100 - plan.marketingSharePercent}
          amount={earnings.sales}
        />
      </SimpleGrid>
      {earnings.payout && <PayoutReview payout={earnings.payout} plan={plan} />}
      <MeasuresTable measures={earnings.measures} />
      <Text size="xs" c="dimmed">
        Pool: {poolText(plan)}
        {plan.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE
          ? ` (${formatMoney(earnings.revenue)}${earnings.frozen ? '' : ' so far'} = ${formatMoney(earnings.pool)})`
          : ''}
        . {ruleText(plan)}
      </Text>
    </>
  );
}

function SplitFigure({ label, share, amount }: { label: string; share: number; amount: string }) {
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="incentive-split" data-side={label}>
      <Text size="xs" c="dimmed">
        {label} · {share}%
      </Text>
      <Text fw={600}>{formatMoney(amount)}</Text>
    </Paper>
  );
}

/** Once the period closed: what was frozen and what the vendor decided. */
function PayoutReview({
  payout,
  plan,
}: {
  payout: NonNullable<PartnerEarningsFieldsFragment['payout']>;
  plan: IncentivePlanFieldsFragment;
}) {
  const adjusted =
    payout.approvedAmount !== null &&
    payout.approvedAmount !== undefined &&
    toCents(payout.approvedAmount) !== toCents(payout.earned);
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="incentive-payout">
      <Stack gap={4}>
        {payout.status === PayoutStatus.PENDING && (
          <Text size="sm">
            Frozen on {formatDate(payout.frozenAt)} at {formatMoney(payout.earned)}; waiting for the
            vendor’s review.
          </Text>
        )}
        {payout.status === PayoutStatus.APPROVED && (
          <>
            <Text size="sm" fw={500} data-testid="incentive-approved">
              Approved: {formatMoney(payout.approvedAmount)}
              {adjusted ? ` (the plan paid ${formatMoney(payout.earned)})` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              Marketing {formatMoney(payout.approvedMarketing)} · Sales{' '}
              {formatMoney(payout.approvedSales)} ({plan.marketingSharePercent}% /{' '}
              {100 - plan.marketingSharePercent}%)
            </Text>
          </>
        )}
        {payout.status === PayoutStatus.HELD && (
          <Text size="sm" fw={500}>
            Held: this payout is not released for now.
          </Text>
        )}
        {payout.reason && (
          <Text size="sm" fs="italic" data-testid="incentive-reason">
            {payout.status === PayoutStatus.HELD ? 'Reason' : 'Adjustment'}: {payout.reason}
          </Text>
        )}
        {payout.decidedAt && (
          <Text size="xs" c="dimmed">
            Decided {formatDate(payout.decidedAt)}
            {payout.decidedByLabel ? ` by ${payout.decidedByLabel}` : ''}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
