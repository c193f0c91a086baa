import { Metric } from '@tandem/shared-domain';
import { formatMetricValue, targetFromInput } from '@tandem/portal-ui';

export type RevenueCheck = { ok: true; revenue: string } | { ok: false; error: string };

/** Reads a typed revenue target ("$150,000", "150000.50") into an exact decimal above zero. */
export function checkRevenueTarget(typed: string): RevenueCheck {
  if (!typed.trim()) return { ok: false, error: 'Enter the revenue to plan for, e.g. 250000.' };
  const revenue = targetFromInput(Metric.REVENUE_WON, typed)?.replace(/^0+(?=\d)/, '') ?? null;
  if (revenue === null) return { ok: false, error: 'Enter an amount in dollars, e.g. 250000.' };
  if (!/^\d+(\.\d{1,2})?$/.test(revenue))
    return { ok: false, error: 'Amounts have at most two decimals.' };
  if (revenue.split('.')[0].length > 12)
    return { ok: false, error: 'That is more than a plan can take (at most 12 digits).' };
  if (Number(revenue) <= 0) return { ok: false, error: 'Enter a revenue target above zero.' };
  return { ok: true, revenue };
}

/** Assumptions are money for the deal size and shares for every rate. */
export function formatAssumption(key: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return formatMetricValue(
    key === 'averageDealSize' ? Metric.AVERAGE_DEAL_SIZE : Metric.WIN_RATE,
    String(value),
  );
}

/** The partner's share in a blended figure, as a whole percentage. */
export function formatWeight(weight: number): string {
  return `${Math.round(weight * 100)}%`;
}

const days = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatLagDays(value: number): string {
  return `${days.format(value)} ${value === 1 ? 'day' : 'days'}`;
}

/** A stage's "reach by" date is behind us: the plan is already late there. */
export function isPastDue(startBy: string, now: number): boolean {
  return Date.parse(startBy) < now;
}
