import { Metric, METRICS, MetricUnit } from '@tandem/shared-domain';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Shows a metric value (an exact decimal string from the API) the way a person reads it: counts
 * with separators, rates as percentages, money with its currency sign, times with their unit.
 * Undefined values (a rate of 0/0) show as an en dash.
 */
export function formatMetricValue(metric: Metric, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  switch (METRICS[metric].unit) {
    case MetricUnit.COUNT:
      return count.format(n);
    case MetricUnit.RATE:
      return `${oneDecimal.format(n * 100)}%`;
    case MetricUnit.RATIO:
      return `${twoDecimals.format(n)} : 1`;
    case MetricUnit.MONEY:
      return `$${money.format(n)}`;
    case MetricUnit.HOURS:
      return `${oneDecimal.format(n)} h`;
    case MetricUnit.DAYS:
      return `${oneDecimal.format(n)} days`;
  }
}

/** A goal's progress (1 = 100%) as a whole percentage; null shows as an en dash. */
export function formatProgress(progress: number | null | undefined): string {
  return progress === null || progress === undefined ? '–' : `${Math.round(progress * 100)}%`;
}

/**
 * Turns what a person types for a target into the API's form: percentages for rates ("35" or
 * "35%" → "0.35"), plain numbers otherwise; returns null when it is not a number.
 */
export function targetFromInput(metric: Metric, input: string): string | null {
  const cleaned = input.replace(/[,$\s%]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  if (METRICS[metric].unit === MetricUnit.RATE) {
    const share = Number(cleaned) / 100;
    return String(Math.round(share * 10_000) / 10_000);
  }
  return cleaned;
}

/** The reverse of targetFromInput: what the target field shows for an API target. */
export function targetToInput(metric: Metric, target: string): string {
  if (METRICS[metric].unit === MetricUnit.RATE)
    return String(Math.round(Number(target) * 100 * 100) / 100);
  return target;
}
