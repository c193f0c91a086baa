import {
  IncentiveEligibility,
  IncentivePoolKind,
  Metric,
  METRIC_LIST,
  METRICS,
  MetricUnit,
} from '@tandem/shared-domain';
import { moneyFromInput } from './money';
import type { PayoutRule } from './payout-rule';

/** The API takes at most this many measures per plan. */
export const MAX_MEASURES = 10;

/** Revenue metrics a percentage pool can be a share of. */
export const REVENUE_METRICS: readonly Metric[] = [
  Metric.REVENUE_WON,
  Metric.REVENUE_WON_MARKETING_SOURCED,
];

export const PLAN_DEFAULTS = {
  thresholdPercent: 80,
  capPercent: 150,
  marketingSharePercent: 50,
} as const;

export interface MeasureRowValues {
  /** Stable React key for the row (not sent). */
  key: string;
  metric: Metric | null;
  weight: number | string;
}

export interface PlanFormValues {
  name: string;
  periodCode: string | null;
  eligibility: IncentiveEligibility;
  tierIds: string[];
  partnerIds: string[];
  measures: MeasureRowValues[];
  revenueMetric: Metric;
  poolKind: IncentivePoolKind;
  /** As typed: "5" or "2.5" (percent of revenue). */
  poolPercent: string;
  /** As typed: "2500" or "$2,500". */
  poolAmount: string;
  thresholdPercent: number | string;
  capPercent: number | string;
  marketingSharePercent: number | string;
}

/** A saved plan, as far as the form is concerned. */
export interface EditablePlan {
  id: string;
  version: number;
  name: string;
  periodCode: string;
  eligibility: IncentiveEligibility;
  tierIds: readonly string[];
  partnerIds: readonly string[];
  measures: readonly { metric: Metric; weight: number }[];
  revenueMetric: Metric;
  poolKind: IncentivePoolKind;
  poolPercent?: string | null;
  poolAmount?: string | null;
  thresholdPercent: number;
  capPercent: number;
  marketingSharePercent: number;
}

let rowSeq = 0;
export function measureRow(metric: Metric | null = null, weight: number | string = 1) {
  rowSeq += 1;
  return { key: `measure-${rowSeq}`, metric, weight };
}

export function emptyPlanValues(periodCode: string | null = null): PlanFormValues {
  return {
    name: '',
    periodCode,
    eligibility: IncentiveEligibility.ALL,
    tierIds: [],
    partnerIds: [],
    measures: [measureRow()],
    revenueMetric: Metric.REVENUE_WON,
    poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
    poolPercent: '',
    poolAmount: '',
    ...PLAN_DEFAULTS,
  };
}

export function planValuesFrom(plan: EditablePlan): PlanFormValues {
  return {
    name: plan.name,
    periodCode: plan.periodCode,
    eligibility: plan.eligibility,
    tierIds: [...plan.tierIds],
    partnerIds: [...plan.partnerIds],
    measures: plan.measures.map((m) => measureRow(m.metric, m.weight)),
    revenueMetric: plan.revenueMetric,
    poolKind: plan.poolKind,
    poolPercent: plan.poolPercent ? trimPercent(plan.poolPercent) : '',
    poolAmount: plan.poolAmount ?? '',
    thresholdPercent: plan.thresholdPercent,
    capPercent: plan.capPercent,
    marketingSharePercent: plan.marketingSharePercent,
  };
}

/** A stored percentage without the database's trailing zeros: "5.0000" → "5", "2.5000" → "2.5". */
export function trimPercent(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** "5", "2.5" or "7.25%" → "7.25"; null unless 0–100 with at most four decimals. */
export function percentFromInput(input: string): string | null {
  const cleaned = input.replace(/[%\s]/g, '');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(cleaned) || Number(cleaned) > 100) return null;
  return cleaned;
}

/** A whole percentage between min and max, or null. */
function wholePercent(value: number | string, min: number, max: number): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** A measure's weight: above 0, at most 100. */
function weightOf(value: number | string): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 && n <= 100 ? n : null;
}

export function validatePlanForm(values: PlanFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Give the plan a name.';
  else if (name.length > 120) errors.name = 'Keep the name under 120 characters.';
  if (!values.periodCode) errors.periodCode = 'Choose the period the plan pays for.';
  if (values.eligibility === IncentiveEligibility.TIERS && values.tierIds.length === 0)
    errors.tierIds = 'Choose the tiers the plan is for.';
  if (values.eligibility === IncentiveEligibility.PARTNERS && values.partnerIds.length === 0)
    errors.partnerIds = 'Choose the partners the plan is for.';

  if (values.measures.length === 0 || values.measures.length > MAX_MEASURES)
    errors.measures = `Pay on one to ${MAX_MEASURES} goal metrics.`;
  const seen = new Set<Metric>();
  values.measures.forEach((row, i) => {
    if (!row.metric) errors[`measures.${i}.metric`] = 'Choose a metric.';
    else if (seen.has(row.metric))
      errors[`measures.${i}.metric`] = `${METRICS[row.metric].label} is already in the plan.`;
    if (row.metric) seen.add(row.metric);
    if (weightOf(row.weight) === null)
      errors[`measures.${i}.weight`] = 'Give each metric a weight above 0 (at most 100).';
  });

  if (values.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE) {
    if (percentFromInput(values.poolPercent) === null)
      errors.poolPercent = 'Enter a percentage of revenue, e.g. 5 or 2.5.';
  } else if (moneyFromInput(values.poolAmount) === null)
    errors.poolAmount = 'Enter the pool per partner, e.g. 2500.';
  if (wholePercent(values.thresholdPercent, 0, 100) === null)
    errors.thresholdPercent = 'The threshold is a whole percentage from 0% to 100%.';
  if (wholePercent(values.capPercent, 100, 500) === null)
    errors.capPercent = 'The cap is a whole percentage from 100% to 500%.';
  if (wholePercent(values.marketingSharePercent, 0, 100) === null)
    errors.marketingSharePercent = 'Marketing’s share is a whole percentage from 0% to 100%.';
  return errors;
}

/** Form fields the API's errors can land on (for mapFormErrors). */
export function planFormFields(values: PlanFormValues): string[] {
  const fields = [
    'name',
    'periodCode',
    'eligibility',
    'tierIds',
    'partnerIds',
    'measures',
    'revenueMetric',
    'poolKind',
    'poolPercent',
    'poolAmount',
    'thresholdPercent',
    'capPercent',
    'marketingSharePercent',
  ];
  values.measures.forEach((_, i) => fields.push(`measures.${i}.metric`, `measures.${i}.weight`));
  return fields;
}

/** The saveIncentivePlan input; only call after validatePlanForm found nothing. */
export function toPlanInput(
  values: PlanFormValues,
  existing?: { id: string; version: number } | null,
) {
  if (Object.keys(validatePlanForm(values)).length > 0 || !values.periodCode)
    throw new Error('Validate the plan first');
  const percent = values.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE;
  return {
    id: existing?.id ?? null,
    expectedVersion: existing?.version ?? null,
    name: values.name.trim(),
    periodCode: values.periodCode,
    eligibility: values.eligibility,
    tierIds: values.eligibility === IncentiveEligibility.TIERS ? values.tierIds : [],
    partnerIds: values.eligibility === IncentiveEligibility.PARTNERS ? values.partnerIds : [],
    measures: values.measures.map((m) => ({
      metric: m.metric as Metric,
      weight: Number(m.weight),
    })),
    revenueMetric: values.revenueMetric,
    poolKind: values.poolKind,
    poolPercent: percent ? percentFromInput(values.poolPercent) : null,
    poolAmount: percent ? null : moneyFromInput(values.poolAmount),
    thresholdPercent: Number(values.thresholdPercent),
    capPercent: Number(values.capPercent),
    marketingSharePercent: Number(values.marketingSharePercent),
  };
}

/**
 * The rule as typed so far, for the live worked example; null while the pool, the threshold, the
 * cap or the split are not valid yet.
 */
export function ruleFromValues(values: PlanFormValues): PayoutRule | null {
  const percent = values.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE;
  const poolPercent = percent ? percentFromInput(values.poolPercent) : null;
  const poolAmount = percent ? null : moneyFromInput(values.poolAmount);
  const thresholdPercent = wholePercent(values.thresholdPercent, 0, 100);
  const capPercent = wholePercent(values.capPercent, 100, 500);
  const marketingSharePercent = wholePercent(values.marketingSharePercent, 0, 100);
  if (
    (percent ? poolPercent === null : poolAmount === null) ||
    thresholdPercent === null ||
    capPercent === null ||
    marketingSharePercent === null
  )
    return null;
  return {
    poolKind: values.poolKind,
    poolPercent,
    poolAmount,
    thresholdPercent,
    capPercent,
    marketingSharePercent,
  };
}

/** "Sales gets 50%." under the marketing share; null while the share is not valid. */
export function salesShareHint(marketingSharePercent: number | string): string | null {
  const share = wholePercent(marketingSharePercent, 0, 100);
  return share === null ? null : `Sales gets ${100 - share}%.`;
}

export interface MetricOption {
  value: Metric;
  label: string;
  disabled?: boolean;
}

/** Goal metrics a plan can pay on; those in other rows are disabled, except `keep`. */
export function measureOptions(
  taken: Iterable<Metric | null> = [],
  keep: Metric | null = null,
): MetricOption[] {
  const blocked = new Set(taken);
  return METRIC_LIST.map((m) => ({
    value: m,
    label: METRICS[m].label,
    ...(blocked.has(m) && m !== keep ? { disabled: true } : {}),
  }));
}

/** Revenue metrics for the pool select. */
export function revenueMetricOptions(): { value: Metric; label: string }[] {
  return REVENUE_METRICS.filter((m) => METRICS[m].unit === MetricUnit.MONEY).map((m) => ({
    value: m,
    label: METRICS[m].label,
  }));
}
