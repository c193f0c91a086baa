import { GoalSide, Metric, METRICS } from '@tandem/shared-domain';
import { targetToInput } from '@tandem/portal-ui';
import { checkTarget } from './targets';

/** One metric + target + owner row, as in objectives' key results and template items. */
export interface TargetRowValues {
  /** Stable React key for the row (not sent). */
  key: string;
  metric: Metric | null;
  target: string;
  side: GoalSide;
}

let rowSeq = 0;
export function emptyTargetRow(side: GoalSide = GoalSide.JOINT): TargetRowValues {
  rowSeq += 1;
  return { key: `row-${rowSeq}`, metric: null, target: '', side };
}

export function targetRowFrom(item: { metric: Metric; target: string; side: GoalSide }) {
  rowSeq += 1;
  return {
    key: `row-${rowSeq}`,
    metric: item.metric,
    target: targetToInput(item.metric, item.target),
    side: item.side,
  };
}

/** Field errors for a list of rows under `path` (e.g. items.2.target), plus the list itself. */
export function validateTargetRows(
  rows: readonly TargetRowValues[],
  path: string,
  limits: { min: number; max: number; noun: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (rows.length < limits.min || rows.length > limits.max)
    errors[path] =
      limits.min === 1
        ? `Add between one and ${limits.max} ${limits.noun}.`
        : `Add ${limits.min} to ${limits.max} ${limits.noun}.`;
  const seen = new Set<Metric>();
  rows.forEach((row, i) => {
    if (!row.metric) {
      errors[`${path}.${i}.metric`] = 'Choose a metric.';
      return;
    }
    if (seen.has(row.metric))
      errors[`${path}.${i}.metric`] = `${METRICS[row.metric].label} is already in the list.`;
    seen.add(row.metric);
    const check = checkTarget(row.metric, row.target);
    if (!check.ok) errors[`${path}.${i}.target`] = check.error;
  });
  return errors;
}

/** The API's GoalTargetInput list; only call after validateTargetRows found nothing. */
export function toTargetInputs(rows: readonly TargetRowValues[]) {
  return rows.map((row) => {
    const check = checkTarget(row.metric, row.target);
    if (!row.metric || !check.ok) throw new Error('Validate the rows first');
    return { metric: row.metric, target: check.target, side: row.side };
  });
}

/** Form field names a list of rows can carry errors on, for mapFormErrors. */
export function targetRowFields(path: string, count: number): string[] {
  const fields = [path];
  for (let i = 0; i < count; i++) fields.push(`${path}.${i}.metric`, `${path}.${i}.target`);
  return fields;
}
