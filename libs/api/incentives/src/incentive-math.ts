import { judgeGoal } from '@tandem/api-analytics';
import { Metric } from '@tandem/shared-domain';
import { centsToString, toCents } from '@tandem/api-deals';

export interface Measure {
  metric: Metric;
  /** Relative weight in the attainment (1 = equal). */
  weight: number;
}

export interface MeasureResult extends Measure {
  target: string | null;
  actual: string | null;
  /** actual / target (inverted when lower is better); 0 when the partner has no goal for it. */
  progress: number;
}

export interface PayoutRule {
  poolKind: 'PERCENT_OF_REVENUE' | 'FIXED';
  /** Percent of revenue won, up to four decimals ("7.5" = 7.5%). */
  poolPercent: string | null;
  /** Fixed pool, exact decimal. */
  poolAmount: string | null;
  thresholdPercent: number;
  capPercent: number;
  marketingSharePercent: number;
}

export interface PayoutFigures {
  revenue: string;
  pool: string;
  /** Weighted attainment, a share (1 = 100%), four decimals. */
  attainment: number;
  /** The share of the pool paid: 0 below the threshold, the attainment up to the cap. */
  factor: number;
  earned: string;
  marketing: string;
  sales: string;
  /** What the pool pays at exactly 100% attainment. */
  atTarget: string;
  /** How much more 100% would pay (0 once reached). */
  toTarget: string;
}

const BP = 10_000n;

/** Half-up integer division for non-negative numbers. */
function div(a: bigint, b: bigint): bigint {
  return (a * 2n + b) / (2n * b);
}

/** Marketing's share of an amount in cents (half up) and sales' rest: the two always add up. */
export function splitCents(cents: bigint, marketingSharePercent: number) {
  const marketing = div(cents * BigInt(marketingSharePercent), 100n);
  return { marketing, sales: cents - marketing };
}

/** "7.5" → 75000 (millionths of one); up to four decimals of a percent. */
function percentMicros(percent: string): bigint {
  const [whole, fraction = ''] = percent.split('.');
  return BigInt(whole) * 10_000n + BigInt((fraction + '0000').slice(0, 4));
}

/**
 * Each measure's progress against the partner's goal for it, and the weighted attainment. A measure
 * without a goal counts as 0 (a partner earns on the goals it was set).
 */
export function attainment(
  measures: Measure[],
  goals: Map<Metric, string>,
  actuals: Map<Metric, string | null>,
  period: { start: Date; end: Date },
  now: Date,
): { results: MeasureResult[]; attainment: number } {
  const results = measures.map((m) => {
    const target = goals.get(m.metric) ?? null;
    const actual = actuals.get(m.metric) ?? null;
    const progress =
      target === null ? 0 : (judgeGoal(m.metric, target, actual, period, now).progress ?? 0);
    return { ...m, target, actual, progress };
  });
  const weights = results.reduce((s, r) => s + r.weight, 0);
  const value = weights ? results.reduce((s, r) => s + r.weight * r.progress, 0) / weights : 0;
  return { results, attainment: Math.round(value * 10_000) / 10_000 };
}

/**
 * The payout arithmetic, exact in integer cents: pool (a share of revenue or a fixed amount) ×
 * factor, where the factor is 0 below the threshold and the attainment itself from there on, capped;
 * the split gives marketing its share (rounded half up) and sales the rest, so the two always add
 * up to what was earned.
 */
export function payout(rule: PayoutRule, revenue: string, attainmentShare: number): PayoutFigures {
  const revenueCents = toCents(revenue);
  const poolCents =
    rule.poolKind === 'FIXED'
      ? toCents(rule.poolAmount ?? '0')
      : div(revenueCents * percentMicros(rule.poolPercent ?? '0'), 1_000_000n);
  const attBp = BigInt(Math.round(attainmentShare * 10_000));
  const factorBp =
    attBp < BigInt(rule.thresholdPercent) * 100n
      ? 0n
      : attBp > BigInt(rule.capPercent) * 100n
        ? BigInt(rule.capPercent) * 100n
        : attBp;
  const earned = div(poolCents * factorBp, BP);
  const { marketing, sales } = splitCents(earned, rule.marketingSharePercent);
  const toTarget = poolCents > earned ? poolCents - earned : 0n;
  return {
    revenue: centsToString(revenueCents),
    pool: centsToString(poolCents),
    attainment: attainmentShare,
    factor: Number(factorBp) / 10_000,
    earned: centsToString(earned),
    marketing: centsToString(marketing),
    sales: centsToString(sales),
    atTarget: centsToString(poolCents),
    toTarget: centsToString(toTarget),
  };
}
