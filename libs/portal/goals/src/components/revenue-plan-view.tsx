import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCalculator, IconCheck } from '@tabler/icons-react';
import type { RevenuePlanQuery } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  TableSkeleton,
  formatDate,
  formatMetricValue,
  mapFormErrors,
  useNow,
} from '@tandem/portal-ui';
import { Metric } from '@tandem/shared-domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { GOALS_REFETCH, GoalsPartnerOptionsDocument } from '../graphql/goals.graphql';
import { ApplyRevenuePlanDocument, RevenuePlanDocument } from '../graphql/revenue-plan.graphql';
import { usePeriodSelection } from '../hooks/use-period-selection';
import { goalsHref } from '../lib/goal-links';
import {
  checkRevenueTarget,
  formatAssumption,
  formatLagDays,
  formatWeight,
  isPastDue,
} from '../lib/revenue-plan';
import { GoalSideBadge } from './goal-badges';
import { PartnerSelect } from './partner-select';
import { PeriodPicker } from './period-picker';

type Plan = RevenuePlanQuery['revenuePlan'];

/**
 * /goals/plan: works a revenue target back through the partner's own conversion rates (blended
 * with the program's where history is thin) into leads, MQLs, SQLs, opportunities and deals.
 */
export function RevenuePlanView() {
  const [params, setParams] = useSearchParams();
  const selection = usePeriodSelection();
  const partnerId = params.get('partner');
  const revenue = params.get('revenue');
  const [typed, setTyped] = useState(revenue ?? '');
  const [revenueError, setRevenueError] = useState<string | null>(null);
  const [partnerError, setPartnerError] = useState<string | null>(null);
  const partners = useQuery(GoalsPartnerOptionsDocument, { variables: { search: null } });
  const partnerName =
    partners.data?.partners.items.find((p) => p.id === partnerId)?.name ?? 'the partner';

  const ready = Boolean(partnerId && selection.periodCode && revenue);
  const plan = useQuery(RevenuePlanDocument, {
    variables: {
      input: {
        partnerId: partnerId ?? '',
        periodCode: selection.periodCode ?? '',
        revenueTarget: revenue ?? '',
      },
    },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const planError = plan.error ? mapFormErrors(plan.error, ['revenueTarget']) : null;

  const setPartner = (id: string | null) => {
    setPartnerError(null);
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('partner', id);
      else next.delete('partner');
      return next;
    });
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const check = checkRevenueTarget(typed);
    setRevenueError(check.ok ? null : check.error);
    setPartnerError(partnerId ? null : 'Choose the partner to plan for.');
    if (!check.ok || !partnerId) return;
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('revenue', check.revenue);
      return next;
    });
    // The same numbers again: ask anew, the partner's history may have moved.
    if (check.revenue === revenue) void plan.refetch();
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        Start from the revenue a partner should win in a period. The plan works back through the
        partner’s own conversion rates and deal size over the last year, leaning on the program’s
        median where the partner has little history, and says by when each stage must be reached.
      </Text>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <PartnerSelect
            value={partnerId}
            onChange={setPartner}
            error={partnerError ?? undefined}
            required
          />
          <PeriodPicker selection={selection} />
          <TextInput
            label="Revenue target"
            description="Won in the period, in dollars"
            placeholder="250000"
            leftSection="$"
            inputMode="decimal"
            required
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={revenueError ?? planError?.fieldErrors.revenueTarget}
            data-testid="plan-revenue"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button
            type="submit"
            leftSection={<IconCalculator size={16} />}
            loading={plan.loading}
            data-testid="plan-submit"
          >
            Work out the plan
          </Button>
        </Group>
      </Paper>
      {!ready ? (
        <EmptyState
          icon={<IconCalculator size={26} />}
          title="Plan a partner’s period from revenue"
          description="Choose a partner and a period, enter the revenue target and work out the plan."
        />
      ) : plan.error && !plan.data ? (
        planError?.formError ? (
          <ErrorAlert message={planError.formError} title="Could not work out the plan" />
        ) : null
      ) : !plan.data ? (
        <TableSkeleton rows={5} />
      ) : (
        <PlanResult
          key={`${partnerId}:${selection.periodCode}:${revenue}`}
          plan={plan.data.revenuePlan}
          partnerName={partnerName}
        />
      )}
    </Stack>
  );
}

function PlanResult({ plan, partnerName }: { plan: Plan; partnerName: string }) {
  const now = useNow(60_000);
  const revenue = formatMetricValue(Metric.REVENUE_WON, plan.revenueTarget);
  return (
    <Stack gap="lg" data-testid="plan-result">
      <div>
        <Title order={3}>
          {revenue} in {plan.period.label}
        </Title>
        <Text size="sm" c="dimmed">
          What {partnerName} needs, stage by stage, for the revenue to close inside the period.
        </Text>
      </div>
      {plan.warnings.length > 0 && (
        <Alert
          color={plan.exceedsHistory ? 'red' : 'orange'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={plan.exceedsHistory ? 'More than this partner has ever done' : 'Worth a look'}
          data-testid="plan-warnings"
          data-exceeds-history={plan.exceedsHistory ? 'true' : 'false'}
        >
          <List size="sm" spacing={4}>
            {plan.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <section aria-labelledby="plan-steps">
        <Title order={4} id="plan-steps" mb="xs">
          Stages
        </Title>
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" data-testid="plan-steps">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th ta="right">Needed</Table.Th>
                  <Table.Th>Reach by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.steps.map((s) => {
                  const overHistory = plan.exceedsHistory && s.metric === Metric.LEADS_RECEIVED;
                  const late = isPastDue(s.startBy, now);
                  return (
                    <Table.Tr
                      key={s.metric}
                      data-testid="plan-step"
                      data-metric={s.metric}
                      bg={overHistory ? 'var(--mantine-color-red-light)' : undefined}
                    >
                      <Table.Td>
                        <Text fw={500}>{s.label}</Text>
                        {overHistory && (
                          <Badge color="red" variant="light" size="sm" mt={4}>
                            Most ever in a {plan.period.kind.toLowerCase()}:{' '}
                            {plan.maxLeadsInAPeriod}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <GoalSideBadge side={s.side} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600} data-testid="plan-step-needed">
                        {formatMetricValue(s.metric, String(s.needed))}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={late ? 'red' : undefined}>
                          {formatDate(s.startBy)}
                          {late && ' (already past)'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                <Table.Tr>
                  <Table.Td>
                    <Text fw={500}>Revenue won</Text>
                  </Table.Td>
                  <Table.Td />
                  <Table.Td ta="right" fw={600}>
                    {revenue}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      Within {plan.period.label}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </section>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <section aria-labelledby="plan-assumptions" style={{ gridColumn: 'span 2' }}>
          <Title order={4} id="plan-assumptions" mb="xs">
            Assumptions
          </Title>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={620}>
              <Table verticalSpacing="xs" data-testid="plan-assumptions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Figure</Table.Th>
                    <Table.Th ta="right">Partner</Table.Th>
                    <Table.Th ta="right">Sample</Table.Th>
                    <Table.Th ta="right">Program median</Table.Th>
                    <Table.Th ta="right">Partner weight</Table.Th>
                    <Table.Th ta="right">Used</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.assumptions.map((a) => (
                    <Table.Tr key={a.key} data-testid="plan-assumption" data-key={a.key}>
                      <Table.Td>{a.label}</Table.Td>
                      <Table.Td ta="right">{formatAssumption(a.key, a.partnerValue)}</Table.Td>
                      <Table.Td ta="right">{a.partnerSample}</Table.Td>
                      <Table.Td ta="right">{formatAssumption(a.key, a.programMedian)}</Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" c={a.weight < 0.5 ? 'orange' : undefined}>
                          {formatWeight(a.weight)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatAssumption(a.key, a.used)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Text size="xs" c="dimmed" mt={4}>
            Each figure blends the partner’s own (over the last year) with the program median; the
            more history the partner has, the more its own figure weighs.
          </Text>
        </section>
        <section aria-labelledby="plan-lags">
          <Title order={4} id="plan-lags" mb="xs">
            Typical time between stages
          </Title>
          <Paper withBorder radius="md">
            <Table verticalSpacing="xs" data-testid="plan-lags">
              <Table.Tbody>
                {plan.lagDays.map((l) => (
                  <Table.Tr key={l.key}>
                    <Table.Td>{l.label}</Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={500}>
                        {formatLagDays(l.days)}
                      </Text>
                      {l.fromProgram && (
                        <Text size="xs" c="dimmed">
                          program median
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </section>
      </SimpleGrid>
      <ApplyPlan plan={plan} partnerName={partnerName} revenue={revenue} />
    </Stack>
  );
}

function ApplyPlan({
  plan,
  partnerName,
  revenue,
}: {
  plan: Plan;
  partnerName: string;
  revenue: string;
}) {
  const [apply, { loading, error, data }] = useMutation(ApplyRevenuePlanDocument, {
    refetchQueries: GOALS_REFETCH,
  });
  const input = {
    partnerId: plan.partnerId,
    periodCode: plan.period.code,
    revenueTarget: plan.revenueTarget,
  };
  const link = goalsHref({ partnerId: plan.partnerId, periodCode: plan.period.code });
  return (
    <Paper withBorder p="md" radius="md">
      {data ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck size={18} />}
          title="Goals created from the plan"
          data-testid="plan-applied"
        >
          <Text size="sm">
            {data.applyRevenuePlan.length} goals set for {partnerName} in {plan.period.label}.{' '}
            <Anchor component={Link} to={link} size="sm">
              See {partnerName}’s goals
            </Anchor>
          </Text>
        </Alert>
      ) : (
        <Stack gap="sm">
          <ErrorAlert error={error} title="Could not create the goals" />
          <Text size="sm">
            Sets {plan.steps.length + 1} goals for {partnerName} in {plan.period.label}: the stages
            above and revenue won of {revenue}. Goals already set on these metrics are replaced (and
            marked as adjusted by hand if a tier template set them).
          </Text>
          <Group justify="flex-end">
            <Button
              onClick={() => void apply({ variables: { input } }).catch(() => undefined)}
              loading={loading}
              data-testid="plan-apply"
            >
              Create goals from this plan
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
