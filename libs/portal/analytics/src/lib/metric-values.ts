import type { Metric } from '@tandem/shared-domain';
import { shortPeriodLabel } from './periods';

export type MetricValueMap = Partial<Record<Metric, string | null>>;

/** The API's `[{ metric, value }]` as a lookup by metric. */
export function valuesByMetric(
  values: readonly { metric: Metric; value: string | null }[],
): MetricValueMap {
  const out: MetricValueMap = {};
  for (const v of values) out[v.metric] = v.value;
  return out;
}

/** A decimal string as a number for a chart; undefined values (0/0) stay gaps, not zeros. */
export function chartNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export type TrendPoint = { period: string; code: string } & Partial<Record<Metric, number | null>>;

/**
 * One point per period, oldest first: the scorecard's earlier periods and then the current one,
 * each carrying the chosen metrics.
 */
export function trendPoints(
  earlier: readonly {
    period: { code: string; label: string };
    values: readonly { metric: Metric; value: string | null }[];
  }[],
  current: { period: { code: string; label: string }; values: MetricValueMap },
  metrics: readonly Metric[],
): TrendPoint[] {
  const point = (period: { code: string; label: string }, values: MetricValueMap): TrendPoint => {
    const p: TrendPoint = { period: shortPeriodLabel(period.label), code: period.code };
    for (const m of metrics) p[m] = chartNumber(values[m]);
    return p;
  };
  return [
    ...earlier.map((t) => point(t.period, valuesByMetric(t.values))),
    point(current.period, current.values),
  ];
}

/** part / whole as a share, or null when the whole is zero (nothing to convert from). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A share as a percentage with one decimal ("35.3%"); an undefined share as an en dash. */
export function formatShare(value: number | null): string {
  return value === null ? '–' : `${percent.format(value * 100)}%`;
}

/**
 * Adds exact decimal strings ("159000.00" + "0.5") without floating-point drift, keeping the
 * longest fraction among them.
 */
export function sumDecimals(values: readonly string[]): string {
  const parsed = values.map((v) => {
    const m = /^(-?)(\d*)(?:\.(\d+))?$/.exec(v.trim());
    if (!m) throw new Error(`Not a decimal: ${v}`);
    return { negative: m[1] === '-', whole: m[2] || '0', fraction: m[3] ?? '' };
  });
  const scale = Math.max(0, ...parsed.map((p) => p.fraction.length));
  let total = 0n;
  for (const p of parsed) {
    const units = BigInt(p.whole + p.fraction.padEnd(scale, '0'));
    total += p.negative ? -units : units;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale ? `.${fraction}` : ''}`;
}
