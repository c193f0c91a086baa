import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalculator, IconDownload, IconPlus, IconTarget } from '@tabler/icons-react';
import type {
  GoalCardFieldsFragment,
  GoalsPartnerGoalsQuery,
  ObjectiveCardFieldsFragment,
} from '@tandem/portal-data-access';
import { DeleteConfirm, EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { GOAL_STATUS_LABELS, METRICS, PeriodKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  GOALS_REFETCH,
  DeleteGoalDocument,
  DeleteObjectiveDocument,
  GoalsPartnerGoalsDocument,
  GoalsPartnerOptionsDocument,
} from '../graphql/goals.graphql';
import { useGoalsAccess } from '../hooks/use-goals-access';
import { usePeriodSelection } from '../hooks/use-period-selection';
import {
  goalsBySide,
  SIDE_SHORT_LABELS,
  sortByMetric,
  statusCounts,
  STATUS_COLORS,
} from '../lib/goal-display';
import { goalsCsvHref, planHref, templatesHref } from '../lib/goal-links';
import { periodKindNoun } from '../lib/periods';
import { GoalCard } from './goal-card';
import { GoalFormDialog } from './goal-form-dialog';
import { GoalOverviewTable } from './goal-overview-table';
import { ObjectiveCard } from './objective-card';
import { ObjectiveFormDialog } from './objective-form-dialog';
import { PartnerSelect } from './partner-select';
import { PeriodPicker } from './period-picker';

/** /goals: one partner's goals for a period, by owning side, with objectives and key results. */
export function PartnerGoalsView() {
  const access = useGoalsAccess();
  const [params, setParams] = useSearchParams();
  const selection = usePeriodSelection();
  const partnerId = access.isVendor ? params.get('partner') : access.ownPartnerId;
  const partners = useQuery(GoalsPartnerOptionsDocument, {
    variables: { search: null },
    skip: !access.isVendor,
  });
  const partnerName = access.isVendor
    ? (partners.data?.partners.items.find((p) => p.id === partnerId)?.name ?? null)
    : access.ownPartnerName;
  const setPartner = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('partner', id);
      else next.delete('partner');
      return next;
    });
  const periodCode = selection.periodCode;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: access.isVendor ? 3 : 2 }} spacing="sm">
          {access.isVendor && <PartnerSelect value={partnerId} onChange={setPartner} />}
          <PeriodPicker selection={selection} />
        </SimpleGrid>
      </Paper>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {access.isVendor
            ? 'Every side sees every goal: marketing, sales and the ones they share.'
            : 'Goals your channel manager set. Progress updates as leads and deals move.'}
        </Text>
        {partnerId && periodCode && (
          <Group gap="xs">
            <Button
              component="a"
              href={goalsCsvHref(periodCode, partnerId)}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
              data-testid="goals-csv"
            >
              Download CSV
            </Button>
            {access.canManage && (
              <Button
                component={Link}
                to={planHref({ partnerId, periodCode })}
                variant="default"
                size="xs"
                leftSection={<IconCalculator size={14} />}
                data-testid="plan-from-goals"
              >
                Plan from revenue
              </Button>
            )}
          </Group>
        )}
      </Group>
      {selection.error && !periodCode ? (
        <ErrorAlert error={selection.error} title="Could not load the periods" />
      ) : !partnerId && periodCode && access.canManage ? (
        <GoalOverviewTable periodCode={periodCode} onChoose={setPartner} />
      ) : !partnerId ? (
        <EmptyState
          icon={<IconTarget size={26} />}
          title="Choose a partner"
          description="Pick a partner above to see their goals for a period."
        />
      ) : !periodCode ? (
        <TableSkeleton rows={4} />
      ) : (
        <GoalBoard
          partnerId={partnerId}
          partnerName={partnerName}
          periodCode={periodCode}
          isVendor={access.isVendor}
          canManage={access.canManage}
        />
      )}
    </Stack>
  );
}

type PartnerGoals = GoalsPartnerGoalsQuery['partnerGoals'];

type Dialog =
  | { kind: 'goal'; goal: GoalCardFieldsFragment | null }
  | { kind: 'delete-goal'; goal: GoalCardFieldsFragment }
  | { kind: 'objective'; objective: ObjectiveCardFieldsFragment | null }
  | { kind: 'delete-objective'; objective: ObjectiveCardFieldsFragment };

function GoalBoard({
  partnerId,
  partnerName,
  periodCode,
  isVendor,
  canManage,
}: {
  partnerId: string;
  partnerName: string | null;
  periodCode: string;
  isVendor: boolean;
  canManage: boolean;
}) {
  const { data, previousData, error, loading, refetch } = useQuery(GoalsPartnerGoalsDocument, {
    // Partner users ask without an id: the API answers for their own partner.
    variables: { partnerId: isVendor ? partnerId : null, periodCode },
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deleteGoal] = useMutation(DeleteGoalDocument, {
    refetchQueries: GOALS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [deleteObjective] = useMutation(DeleteObjectiveDocument, {
    refetchQueries: GOALS_REFETCH,
    awaitRefetchQueries: true,
  });
  const current = data?.partnerGoals ?? previousData?.partnerGoals;

  if (error && !data)
    return (
      <ErrorAlert error={error} title="Could not load the goals" onRetry={() => void refetch()} />
    );
  if (!current) return <TableSkeleton rows={6} />;

  const period = current.period;
  const isQuarter = period.kind === PeriodKind.QUARTER;
  const close = () => setDialog(null);

  return (
    <Stack
      gap="lg"
      style={{ opacity: loading && !data ? 0.6 : 1 }}
      data-testid="goal-board"
      data-period={period.code}
    >
      <BoardHeader
        goals={current}
        canManage={canManage}
        isQuarter={isQuarter}
        onAddGoal={() => setDialog({ kind: 'goal', goal: null })}
        onAddObjective={() => setDialog({ kind: 'objective', objective: null })}
      />
      {current.goals.length === 0 && current.objectives.length === 0 ? (
        <EmptyState
          icon={<IconTarget size={26} />}
          title={`No goals for ${period.label} yet`}
          description={
            canManage
              ? `Add goals one by one, apply a tier template, or work them back from a revenue target.`
              : 'Your channel manager sets them; they will show here with your progress.'
          }
          action={
            canManage && (
              <Group gap="xs" justify="center">
                <Button
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setDialog({ kind: 'goal', goal: null })}
                >
                  Add goal
                </Button>
                <Button variant="default" component={Link} to={templatesHref()}>
                  Tier templates
                </Button>
                <Button variant="default" component={Link} to={planHref({ partnerId, periodCode })}>
                  Plan from revenue
                </Button>
              </Group>
            )
          }
        />
      ) : (
        <>
          <SideColumns
            goals={current.goals}
            showOrigin={canManage}
            onEdit={canManage ? (goal) => setDialog({ kind: 'goal', goal }) : undefined}
            onDelete={canManage ? (goal) => setDialog({ kind: 'delete-goal', goal }) : undefined}
          />
          <Objectives
            objectives={current.objectives}
            isQuarter={isQuarter}
            kind={period.kind}
            canManage={canManage}
            onEdit={(objective) => setDialog({ kind: 'objective', objective })}
            onDelete={(objective) => setDialog({ kind: 'delete-objective', objective })}
          />
        </>
      )}
      {canManage && (
        <>
          <GoalFormDialog
            opened={dialog?.kind === 'goal'}
            onClose={close}
            goal={dialog?.kind === 'goal' ? dialog.goal : null}
            partnerId={partnerId}
            partnerName={partnerName}
            periodCode={period.code}
            periodLabel={period.label}
            takenMetrics={current.goals.map((g) => g.metric)}
          />
          <ObjectiveFormDialog
            opened={dialog?.kind === 'objective'}
            onClose={close}
            objective={dialog?.kind === 'objective' ? dialog.objective : null}
            partnerId={partnerId}
            partnerName={partnerName}
            periodCode={period.code}
            periodLabel={period.label}
            goals={current.goals}
          />
          <DeleteConfirm
            opened={dialog?.kind === 'delete-goal'}
            onClose={close}
            title="Delete goal"
            confirmLabel="Delete goal"
            onConfirm={() =>
              dialog?.kind === 'delete-goal'
                ? deleteGoal({ variables: { id: dialog.goal.id } })
                : Promise.resolve()
            }
          >
            {dialog?.kind === 'delete-goal' && (
              <>
                Delete the {METRICS[dialog.goal.metric].label} goal
                {partnerName ? ` of ${partnerName}` : ''} for {period.label}?
                {dialog.goal.objectiveId && ' It is also removed from its objective.'}
                {dialog.goal.templateId &&
                  ' Applying the tier template again to this period sets it back.'}
              </>
            )}
          </DeleteConfirm>
          <DeleteConfirm
            opened={dialog?.kind === 'delete-objective'}
            onClose={close}
            title="Delete objective"
            confirmLabel="Delete objective and key results"
            onConfirm={() =>
              dialog?.kind === 'delete-objective'
                ? deleteObjective({ variables: { id: dialog.objective.id } })
                : Promise.resolve()
            }
          >
            {dialog?.kind === 'delete-objective' && (
              <>
                Delete “{dialog.objective.title}”? Its {dialog.objective.keyResults.length} key{' '}
                {dialog.objective.keyResults.length === 1 ? 'result goes' : 'results go'} with it.
              </>
            )}
          </DeleteConfirm>
        </>
      )}
    </Stack>
  );
}

function BoardHeader({
  goals,
  canManage,
  isQuarter,
  onAddGoal,
  onAddObjective,
}: {
  goals: PartnerGoals;
  canManage: boolean;
  isQuarter: boolean;
  onAddGoal: () => void;
  onAddObjective: () => void;
}) {
  const counts = statusCounts(goals.goals);
  return (
    <Group justify="space-between" gap="sm" align="flex-end">
      <Stack gap={4}>
        <Title order={3} data-testid="goal-board-period">
          {goals.period.label}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {goals.goals.length} {goals.goals.length === 1 ? 'goal' : 'goals'}
          </Text>
          {counts.map(({ status, count }) => (
            <Badge key={status} color={STATUS_COLORS[status]} variant="dot">
              {count} {GOAL_STATUS_LABELS[status].toLowerCase()}
            </Badge>
          ))}
        </Group>
      </Stack>
      {canManage && (
        <Group gap="xs">
          {isQuarter && (
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={onAddObjective}
              data-testid="add-objective"
            >
              Add objective
            </Button>
          )}
          <Button leftSection={<IconPlus size={16} />} onClick={onAddGoal} data-testid="add-goal">
            Add goal
          </Button>
        </Group>
      )}
    </Group>
  );
}

function SideColumns({
  goals,
  showOrigin,
  onEdit,
  onDelete,
}: {
  goals: readonly GoalCardFieldsFragment[];
  showOrigin: boolean;
  onEdit?: (goal: GoalCardFieldsFragment) => void;
  onDelete?: (goal: GoalCardFieldsFragment) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      {goalsBySide(goals).map(({ side, goals: own }) => (
        <Stack
          key={side}
          gap="sm"
          component="section"
          aria-labelledby={`goals-side-${side}`}
          data-testid="goal-side"
          data-side={side}
        >
          <Group justify="space-between" gap="xs">
            <Title order={4} id={`goals-side-${side}`}>
              {SIDE_SHORT_LABELS[side]}
            </Title>
            <Text size="sm" c="dimmed">
              {own.length} {own.length === 1 ? 'goal' : 'goals'}
            </Text>
          </Group>
          {own.length === 0 ? (
            <Paper withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                No {SIDE_SHORT_LABELS[side].toLowerCase()} goals outside objectives.
              </Text>
            </Paper>
          ) : (
            sortByMetric(own).map((g) => (
              <GoalCard
                key={g.id}
                goal={g}
                showOrigin={showOrigin}
                onEdit={onEdit && (() => onEdit(g))}
                onDelete={onDelete && (() => onDelete(g))}
              />
            ))
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function Objectives({
  objectives,
  isQuarter,
  kind,
  canManage,
  onEdit,
  onDelete,
}: {
  objectives: readonly ObjectiveCardFieldsFragment[];
  isQuarter: boolean;
  kind: PeriodKind;
  canManage: boolean;
  onEdit: (objective: ObjectiveCardFieldsFragment) => void;
  onDelete: (objective: ObjectiveCardFieldsFragment) => void;
}) {
  if (!isQuarter)
    return (
      <Text size="sm" c="dimmed">
        Objectives with key results are set per quarter; this is a {periodKindNoun(kind)}.{' '}
        {canManage && 'Switch to a quarter to add one.'}
      </Text>
    );
  return (
    <Stack gap="sm" component="section" aria-labelledby="goals-objectives">
      <Title order={4} id="goals-objectives">
        Objectives
      </Title>
      {objectives.length === 0 ? (
        <Text size="sm" c="dimmed">
          No objectives this quarter.{' '}
          {canManage && 'An objective groups up to four key results under one aim.'}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
          {objectives.map((o) => (
            <ObjectiveCard
              key={o.id}
              objective={o}
              onEdit={canManage ? () => onEdit(o) : undefined}
              onDelete={canManage ? () => onDelete(o) : undefined}
            />
          ))}
        </SimpleGrid>
      )}
      {!canManage && objectives.length > 0 && (
        <Anchor component={Link} to="/analytics" size="sm">
          See every metric on the scorecard
        </Anchor>
      )}
    </Stack>
  );
}
