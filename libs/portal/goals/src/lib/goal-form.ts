import { GoalSide, Metric, METRIC_LIST, METRICS } from '@tandem/shared-domain';
import { targetToInput } from '@tandem/portal-ui';
import { checkTarget } from './targets';

export interface GoalFormValues {
  metric: Metric | null;
  /** As typed: 35% for rates, 120000 for money. */
  target: string;
  side: GoalSide;
  note: string;
}

export const GOAL_FORM_FIELDS: readonly string[] = ['metric', 'target', 'side', 'note'];

export interface EditableGoal {
  metric: Metric;
  target: string;
  side: GoalSide;
  note: string;
  version: number;
}

export function emptyGoalValues(): GoalFormValues {
  return { metric: null, target: '', side: GoalSide.JOINT, note: '' };
}

export function goalValuesFrom(goal: EditableGoal): GoalFormValues {
  return {
    metric: goal.metric,
    target: targetToInput(goal.metric, goal.target),
    side: goal.side,
    note: goal.note,
  };
}

export function validateGoalForm(values: GoalFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.metric) errors.metric = 'Choose a metric.';
  else {
    const check = checkTarget(values.metric, values.target);
    if (!check.ok) errors.target = check.error;
  }
  if (values.note.trim().length > 500) errors.note = 'Keep the note under 500 characters.';
  return errors;
}

/** The setGoal input; only call after validateGoalForm found nothing. */
export function toSetGoalInput(
  values: GoalFormValues,
  scope: { partnerId: string; periodCode: string; expectedVersion?: number | null },
) {
  if (!values.metric) throw new Error('A goal needs a metric');
  const check = checkTarget(values.metric, values.target);
  if (!check.ok) throw new Error(check.error);
  return {
    partnerId: scope.partnerId,
    periodCode: scope.periodCode,
    metric: values.metric,
    target: check.target,
    side: values.side,
    note: values.note.trim(),
    expectedVersion: scope.expectedVersion ?? null,
  };
}

export interface MetricOption {
  value: Metric;
  label: string;
  disabled?: boolean;
}

/**
 * Every metric for a select; metrics listed in `taken` are disabled (a partner has one goal per
 * metric and period) except `keep`, the one being edited.
 */
export function metricOptions(
  taken: Iterable<Metric> = [],
  keep: Metric | null = null,
): MetricOption[] {
  const blocked = new Set(taken);
  return METRIC_LIST.map((m) => ({
    value: m,
    label: METRICS[m].label,
    ...(blocked.has(m) && m !== keep ? { disabled: true } : {}),
  }));
}
