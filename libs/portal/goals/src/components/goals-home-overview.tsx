import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type {
  GoalCardFieldsFragment,
  ObjectiveCardFieldsFragment,
} from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, formatProgress, useNow } from '@tandem/portal-ui';
import { GOAL_STATUS_LABELS, METRICS } from '@tandem/shared-domain';
import { IconTarget } from '@tabler/icons-react';
import { Link } from 'react-router';
import { GoalsPartnerGoalsDocument, GoalsRunningQuarterDocument } from '../graphql/goals.graphql';
import { useGoalsAccess } from '../hooks/use-goals-access';
import { actualVsTarget, sortByMetric, statusCounts, STATUS_COLORS } from '../lib/goal-display';
import { runningPeriod } from '../lib/periods';
import { GoalProgressBar, GoalProgressRing, GoalSideBadge, GoalStatusBadge } from './goal-badges';

/**
 * Home page, partner users: the running quarter's goals and objectives at a glance. Vendor staff
 * see nothing here (they follow partners from the goals area and analytics).
 */
export function GoalsHomeOverview() {
  const access = useGoalsAccess();
  if (access.isVendor) return null;
  return <PartnerHomeGoals canReadAnalytics={access.canReadAnalytics} />;
}

function PartnerHomeGoals({ canReadAnalytics }: { canReadAnalytics: boolean }) {
  const now = useNow(60_000);
  const quarter = useQuery(GoalsRunningQuarterDocument);
  const period = quarter.data
    ? (runningPeriod(quarter.data.periods, now) ?? quarter.data.periods[0] ?? null)
    : null;
  const goals = useQuery(GoalsPartnerGoalsDocument, {
    variables: { partnerId: null, periodCode: period?.code ?? '' },
    skip: !period,
  });
  const data = goals.data?.partnerGoals;
  const error = quarter.error ?? goals.error;

  return (
    <Stack gap="sm" component="section" aria-labelledby="home-goals-title" data-testid="home-goals">
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={3} id="home-goals-title">
            How are we doing against our goals
          </Title>
          {period && (
            <Text size="sm" c="dimmed" data-testid="home-goals-period">
              {period.label}
            </Text>
          )}
        </div>
        <Group gap="md">
          <Anchor component={Link} to="/goals" size="sm">
            All goals
          </Anchor>
          {canReadAnalytics && (
            <Anchor component={Link} to="/analytics" size="sm">
              Scorecard
            </Anchor>
          )}
        </Group>
      </Group>
      {error && !data ? (
        <ErrorAlert
          error={error}
          title="Could not load your goals"
          onRetry={() => void (quarter.error ? quarter.refetch() : goals.refetch())}
        />
      ) : !data ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} aria-busy="true" aria-label="Loading goals">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={96} radius="md" />
          ))}
        </SimpleGrid>
      ) : data.goals.length === 0 ? (
        <EmptyState
          icon={<IconTarget size={26} />}
          title="No goals for this quarter yet — your channel manager sets them"
          description="Once goals are set, you will see here how marketing and sales are doing against them."
        />
      ) : (
        <HomeGoalList goals={data.goals} objectives={data.objectives} />
      )}
    </Stack>
  );
}

function HomeGoalList({
  goals,
  objectives,
}: {
  goals: readonly GoalCardFieldsFragment[];
  objectives: readonly ObjectiveCardFieldsFragment[];
}) {
  const standalone = sortByMetric(goals.filter((g) => !g.objectiveId));
  const counts = statusCounts(goals);
  return (
    <>
      <Group gap="xs" aria-label="Goals by status" data-testid="home-goals-summary">
        <Text size="sm" fw={500}>
          {goals.length} {goals.length === 1 ? 'goal' : 'goals'}:
        </Text>
        {counts.map(({ status, count }) => (
          <Badge key={status} color={STATUS_COLORS[status]} variant="dot" size="lg">
            {count} {GOAL_STATUS_LABELS[status].toLowerCase()}
          </Badge>
        ))}
      </Group>
      {standalone.length > 0 && (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
          {standalone.map((g) => (
            <HomeGoalCard key={g.id} goal={g} />
          ))}
        </SimpleGrid>
      )}
      {objectives.map((o) => (
        <HomeObjective key={o.id} objective={o} />
      ))}
    </>
  );
}

function HomeGoalCard({ goal }: { goal: GoalCardFieldsFragment }) {
  const label = METRICS[goal.metric].label;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="home-goal" data-metric={goal.metric}>
      <Group wrap="nowrap" gap="sm" align="center">
        <GoalProgressRing progress={goal.progress} status={goal.status} label={label} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate="end">
            {label}
          </Text>
          <Text size="sm" data-testid="home-goal-value">
            {actualVsTarget(goal.metric, goal.actual, goal.target)}
          </Text>
          <Group gap={4}>
            <GoalStatusBadge status={goal.status} />
            <GoalSideBadge side={goal.side} />
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

function HomeObjective({ objective }: { objective: ObjectiveCardFieldsFragment }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="home-objective">
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <Text fw={600}>{objective.title}</Text>
          <GoalSideBadge side={objective.side} />
        </Group>
        <Text size="sm" c="dimmed">
          Objective · {formatProgress(objective.progress)} on average
        </Text>
      </Group>
      <Stack gap="xs">
        {sortByMetric(objective.keyResults).map((k) => {
          const label = METRICS[k.metric].label;
          return (
            <div key={k.id} data-testid="home-goal" data-metric={k.metric}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm">
                  <Text span fw={500}>
                    {label}
                  </Text>{' '}
                  <Text span c="dimmed">
                    {actualVsTarget(k.metric, k.actual, k.target)}
                  </Text>
                </Text>
                <Group gap={4}>
                  <GoalStatusBadge status={k.status} />
                  <GoalSideBadge side={k.side} />
                </Group>
              </Group>
              <GoalProgressBar progress={k.progress} status={k.status} label={label} size="sm" />
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
