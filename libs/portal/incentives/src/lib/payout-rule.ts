import { IncentivePoolKind } from '@tandem/shared-domain';
import { centsToString, divHalfUp, formatMoney, toCents } from './money';

/** The parts of a plan that decide what it pays (as the API stores them). */
export interface PayoutRule {
  poolKind: IncentivePoolKind;
  /** Percent of revenue, up to four decimals ("7.5" = 7.5%). */
  poolPercent: string | null;
  /** A fixed pool per partner, exact decimal. */
  poolAmount: string | null;
  thresholdPercent: number;
  capPercent: number;
  marketingSharePercent: number;
}

export interface PayoutFigures {
  pool: string;
  /** Share of the pool paid: 0 below the threshold, the attainment up to the cap. */
  factor: number;
  earned: string;
  marketing: string;
  sales: string;
  /** What exactly 100% attainment pays. */
  atTarget: string;
  /** How much more 100% would pay (0 once reached). */
  toTarget: string;
}

const BASIS_POINTS = 10_000n;

/** "7.5" → 75000 (millionths); up to four decimals of a percent. */
function percentMicros(percent: string): bigint {
  const [whole, fraction = ''] = percent.trim().split('.');
  return BigInt(whole || '0') * 10_000n + BigInt((fraction + '0000').slice(0, 4));
}

/**
 * Marketing's share of an amount rounded half up to the cent, sales the rest, so the two always
 * add up to the amount.
 */
export function splitAmount(
  amount: string,
  marketingSharePercent: number,
): { marketing: string; sales: string } {
  const cents = toCents(amount);
  const marketing = divHalfUp(cents * BigInt(marketingSharePercent), 100n);
  return { marketing: centsToString(marketing), sales: centsToString(cents - marketing) };
}

/**
 * The API's payout rule, exactly: pool (a share of revenue or a fixed amount) × factor, where the
 * factor is 0 below the threshold and the attainment itself from there on, capped; in integer
 * cents, rounded half up.
 */
export function computePayout(
  rule: PayoutRule,
  revenue: string,
  attainment: number,
): PayoutFigures {
  const poolCents =
    rule.poolKind === IncentivePoolKind.FIXED
      ? toCents(rule.poolAmount ?? '0')
      : divHalfUp(toCents(revenue) * percentMicros(rule.poolPercent ?? '0'), 1_000_000n);
  const attainmentBp = BigInt(Math.round(attainment * 10_000));
  const thresholdBp = BigInt(rule.thresholdPercent) * 100n;
  const capBp = BigInt(rule.capPercent) * 100n;
  const factorBp = attainmentBp < thresholdBp ? 0n : attainmentBp > capBp ? capBp : attainmentBp;
  const earned = divHalfUp(poolCents * factorBp, BASIS_POINTS);
  const split = splitAmount(centsToString(earned), rule.marketingSharePercent);
  return {
    pool: centsToString(poolCents),
    factor: Number(factorBp) / 10_000,
    earned: centsToString(earned),
    ...split,
    atTarget: centsToString(poolCents),
    toTarget: centsToString(poolCents > earned ? poolCents - earned : 0n),
  };
}

/** The example the plan editor shows: this attainment on this much revenue. */
export const EXAMPLE = { attainment: 0.9, revenue: '100000' } as const;

/**
 * "At 90% attainment on $100,000 revenue this pays $4,500: $2,250 to marketing, $2,250 to
 * sales." A fixed pool does not depend on revenue, so the sentence leaves it out.
 */
export function workedExample(
  rule: PayoutRule,
  example: { attainment: number; revenue: string } = EXAMPLE,
): string {
  const figures = computePayout(rule, example.revenue, example.attainment);
  const at = `At ${Math.round(example.attainment * 100)}% attainment`;
  const on =
    rule.poolKind === IncentivePoolKind.FIXED ? '' : ` on ${formatMoney(example.revenue)} revenue`;
  if (figures.factor === 0)
    return `${at}${on} this pays nothing: payouts start at ${rule.thresholdPercent}% attainment.`;
  return (
    `${at}${on} this pays ${formatMoney(figures.earned)}: ` +
    `${formatMoney(figures.marketing)} to marketing, ${formatMoney(figures.sales)} to sales.`
  );
}
