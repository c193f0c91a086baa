import { Metric, METRICS, MetricUnit } from '@tandem/shared-domain';
import { targetFromInput } from '@tandem/portal-ui';

/** The API stores targets with at most 12 digits before and 4 after the point. */
const STORABLE = /^\d{1,12}(\.\d{1,4})?$/;

const HINTS: Record<MetricUnit, string> = {
  [MetricUnit.COUNT]: 'A whole number, e.g. 20',
  [MetricUnit.RATE]: 'A percentage, e.g. 35%',
  [MetricUnit.RATIO]: 'Deals won per deal lost, e.g. 1.5',
  [MetricUnit.MONEY]: 'An amount in dollars, e.g. 120000',
  [MetricUnit.HOURS]: 'Hours, e.g. 4',
  [MetricUnit.DAYS]: 'Days, e.g. 45',
};

const EXAMPLES: Record<MetricUnit, string> = {
  [MetricUnit.COUNT]: '20',
  [MetricUnit.RATE]: '35%',
  [MetricUnit.RATIO]: '1.5',
  [MetricUnit.MONEY]: '120000',
  [MetricUnit.HOURS]: '4',
  [MetricUnit.DAYS]: '45',
};

/** A short example for a target field's placeholder. */
export function targetExample(metric: Metric | null | undefined): string {
  return metric ? `e.g. ${EXAMPLES[METRICS[metric].unit]}` : 'Choose a metric';
}

/** What to type for a metric's target, with a reminder when lower is better. */
export function targetHint(metric: Metric | null | undefined): string {
  if (!metric) return 'Choose a metric first';
  const info = METRICS[metric];
  const hint = HINTS[info.unit];
  return info.lowerIsBetter ? `${hint}; lower is better, so this is a ceiling` : hint;
}

/** The unit shown beside the target field. */
export function targetAffix(metric: Metric | null | undefined): { left?: string; right?: string } {
  if (!metric) return {};
  switch (METRICS[metric].unit) {
    case MetricUnit.RATE:
      return { right: '%' };
    case MetricUnit.MONEY:
      return { left: '$' };
    case MetricUnit.HOURS:
      return { right: 'h' };
    case MetricUnit.DAYS:
      return { right: 'days' };
    default:
      return {};
  }
}

export type TargetCheck = { ok: true; target: string } | { ok: false; error: string };

/**
 * Reads a target typed the natural way (35% for rates, 120,000 for money, 20 for counts) into
 * the API's exact decimal, with the same rules the API applies so mistakes show on the field.
 */
export function checkTarget(metric: Metric | null | undefined, typed: string): TargetCheck {
  if (!metric) return { ok: false, error: 'Choose a metric first.' };
  if (!typed.trim()) return { ok: false, error: 'Enter a target.' };
  const info = METRICS[metric];
  const target = targetFromInput(metric, typed);
  if (target === null)
    return { ok: false, error: `Enter a number: ${HINTS[info.unit].toLowerCase()}.` };
  const n = Number(target);
  if (info.unit === MetricUnit.COUNT && !Number.isInteger(n))
    return { ok: false, error: `${info.label} is counted in whole numbers.` };
  if (info.unit === MetricUnit.RATE && n > 1)
    return { ok: false, error: 'Enter a percentage between 0% and 100%.' };
  if (info.unit === MetricUnit.MONEY && !/^\d+(\.\d{1,2})?$/.test(target))
    return { ok: false, error: 'Amounts have at most two decimals.' };
  if ((info.unit === MetricUnit.HOURS || info.unit === MetricUnit.DAYS) && n <= 0)
    return { ok: false, error: 'Enter a time above zero.' };
  if (!STORABLE.test(target)) return { ok: false, error: 'Use at most 12 digits and 4 decimals.' };
  return { ok: true, target };
}
