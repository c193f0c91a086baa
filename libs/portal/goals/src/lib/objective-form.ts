import { GoalSide, MAX_KEY_RESULTS, Metric } from '@tandem/shared-domain';
import {
  emptyTargetRow,
  targetRowFields,
  targetRowFrom,
  toTargetInputs,
  validateTargetRows,
  type TargetRowValues,
} from './target-rows';

export interface ObjectiveFormValues {
  title: string;
  side: GoalSide;
  keyResults: TargetRowValues[];
}

export interface EditableObjective {
  id: string;
  title: string;
  side: GoalSide;
  version: number;
  keyResults: readonly { metric: Metric; target: string; side: GoalSide }[];
}

export function objectiveValuesFrom(objective: EditableObjective | null): ObjectiveFormValues {
  if (!objective) return { title: '', side: GoalSide.JOINT, keyResults: [emptyTargetRow()] };
  return {
    title: objective.title,
    side: objective.side,
    keyResults: objective.keyResults.map(targetRowFrom),
  };
}

export function objectiveFormFields(values: ObjectiveFormValues): string[] {
  return [
    'title',
    'side',
    'periodCode',
    ...targetRowFields('keyResults', values.keyResults.length),
  ];
}

export function validateObjectiveForm(values: ObjectiveFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Give the objective a title.';
  else if (title.length > 200) errors.title = 'Keep the title under 200 characters.';
  return {
    ...errors,
    ...validateTargetRows(values.keyResults, 'keyResults', {
      min: 1,
      max: MAX_KEY_RESULTS,
      noun: 'key results',
    }),
  };
}

export function toObjectiveInput(
  values: ObjectiveFormValues,
  scope: {
    partnerId: string;
    periodCode: string;
    id?: string | null;
    expectedVersion?: number | null;
  },
) {
  return {
    id: scope.id ?? null,
    expectedVersion: scope.expectedVersion ?? null,
    partnerId: scope.partnerId,
    periodCode: scope.periodCode,
    title: values.title.trim(),
    side: values.side,
    keyResults: toTargetInputs(values.keyResults),
  };
}
