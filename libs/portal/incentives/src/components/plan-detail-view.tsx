import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconDownload,
  IconEdit,
  IconLock,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import type { IncentivePlanFieldsFragment } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  errorCode,
  formatDate,
  formatDateTime,
  useNow,
} from '@tandem/portal-ui';
import { IncentivePlanStatus, PeriodKind, periodKindOfCode } from '@tandem/shared-domain';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  IncentivePeriodsDocument,
  IncentivePlanDocument,
  IncentiveTiersDocument,
} from '../graphql/incentives.graphql';
import { useIncentivesAccess } from '../hooks/use-incentives-access';
import { payoutsCsvHref, plansHref } from '../lib/links';
import { workedExample } from '../lib/payout-rule';
import { eligibilityText, measuresText, poolText, ruleText } from '../lib/plan-display';
import { EarningsTable } from './earnings-table';
import { PlanActionDialogs, type PlanAction } from './plan-actions';
import { PlanStatusBadge } from './plan-badges';
import { PlanFormDialog } from './plan-form-dialog';

/** /incentives/plans/:planId — a plan's rule and every eligible partner's earnings under it. */
export function PlanDetailView() {
  const { planId } = useParams();
  const plans = useQuery(IncentivePlanDocument, { variables: { id: planId ?? '' }, skip: !planId });
  const notFound = plans.error && errorCode(plans.error) === 'NOT_FOUND';
  const plan = plans.data?.incentivePlan ?? null;

  if (plans.error && !plans.data && !notFound)
    return (
      <ErrorAlert
        error={plans.error}
        title="Could not load the plan"
        onRetry={() => void plans.refetch()}
      />
    );
  if (!plans.data && !notFound) return <DetailSkeleton />;
  if (!plan)
    return (
      <EmptyState
        title="Plan not found"
        description="It may have been a draft that was deleted."
        action={
          <Button component={Link} to={plansHref()} variant="default">
            All plans
          </Button>
        }
      />
    );
  return <PlanDetail plan={plan} />;
}

function PlanDetail({ plan }: { plan: IncentivePlanFieldsFragment }) {
  const access = useIncentivesAccess();
  const navigate = useNavigate();
  const now = useNow(60_000);
  const kind = periodKindOfCode(plan.periodCode) ?? PeriodKind.QUARTER;
  const periods = useQuery(IncentivePeriodsDocument, { variables: { kind } });
  const period = periods.data?.periods.find((p) => p.code === plan.periodCode) ?? null;
  const tiers = useQuery(IncentiveTiersDocument);
  const tierNames = useMemo(
    () => new Map((tiers.data?.tiers ?? []).map((t) => [t.id, t.name])),
    [tiers.data],
  );
  const [dialog, setDialog] = useState<PlanAction | 'edit' | null>(null);
  const periodLabel = period?.label ?? plan.periodCode;
  // Closing early is refused by the API; when the period's end is unknown, let it decide.
  const running = period ? now < Date.parse(period.end) : false;
  const isDraft = plan.status === IncentivePlanStatus.DRAFT;
  const isActive = plan.status === IncentivePlanStatus.ACTIVE;
  const isClosed = plan.status === IncentivePlanStatus.CLOSED;

  return (
    <Stack gap="md" data-testid="plan-detail" data-status={plan.status}>
      <Anchor component={Link} to={plansHref(plan.periodCode)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Plans for {periodLabel}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} data-testid="plan-detail-name">
              {plan.name}
            </Title>
            <PlanStatusBadge status={plan.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {periodLabel} · updated by {plan.updatedByLabel} on {formatDate(plan.updatedAt)}
            {plan.closedAt ? ` · closed ${formatDateTime(plan.closedAt)}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {access.canManage && isDraft && (
            <>
              <Button
                variant="default"
                leftSection={<IconEdit size={16} />}
                onClick={() => setDialog('edit')}
              >
                Edit
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setDialog('delete')}
              >
                Delete
              </Button>
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                onClick={() => setDialog('activate')}
                data-testid="plan-activate"
              >
                Activate
              </Button>
            </>
          )}
          {access.canManage && isActive && (
            <Button
              variant="default"
              leftSection={<IconLock size={16} />}
              disabled={running}
              onClick={() => setDialog('close')}
              data-testid="plan-close"
            >
              Close and freeze payouts
            </Button>
          )}
          {access.canReview && isClosed && (
            <Button
              component="a"
              href={payoutsCsvHref(plan.id)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="payouts-csv"
            >
              Download approved payouts (CSV)
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <Fact label="Who">{eligibilityText(plan, tierNames)}</Fact>
          <Fact label="Pays on">{measuresText(plan.measures)}</Fact>
          <Fact label="Pool per partner">{poolText(plan)}</Fact>
          <Fact label="Rule">{ruleText(plan)}</Fact>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {workedExample(plan)}
        </Text>
      </Paper>
      <Text size="sm" c="dimmed">
        {isDraft
          ? 'A preview of what the plan would pay today; partners do not see drafts.'
          : isActive
            ? `Live: figures follow leads and deals until ${periodLabel} ends${period ? ` (${formatDateTime(period.end)})` : ''}; then the plan closes itself and freezes the payouts for review.`
            : 'Frozen when the period closed. Approved payouts go to finance in the CSV.'}
      </Text>
      <EarningsTable plan={plan} canReview={access.canReview && isClosed} />
      {access.canManage && (
        <>
          <PlanFormDialog
            opened={dialog === 'edit'}
            onClose={() => setDialog(null)}
            plan={plan}
            defaultPeriodCode={plan.periodCode}
          />
          <PlanActionDialogs
            action={dialog === 'edit' ? null : dialog}
            plan={plan}
            periodLabel={periodLabel}
            periodEnd={period?.end ?? null}
            onClose={() => setDialog(null)}
            onDeleted={() => navigate(plansHref(plan.periodCode))}
          />
        </>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
