import { formatMetricValue, formatProgress } from '@tandem/portal-ui';
import { METRICS, type Metric } from '@tandem/shared-domain';
import { formatMoney, toCents } from './money';

interface EarningsShape {
  earned: string;
  toTarget: string;
  atTarget: string;
  pool: string;
  attainment: number;
  factor: number;
  frozen: boolean;
}

interface RuleShape {
  thresholdPercent: number;
  capPercent: number;
}

/**
 * The card's first line in three parts, so the amount can be marked up on its own:
 * "You have earned " + "$3,200" + " so far; $1,800 more at 100%."
 */
export function earningsHeadline(
  e: EarningsShape,
  rule: RuleShape,
): { lead: string; amount: string; tail: string } {
  const amount = formatMoney(e.earned);
  if (e.frozen) return { lead: 'You earned ', amount, tail: ' this period.' };
  const toTarget = toCents(e.toTarget);
  if (toTarget > 0n)
    return {
      lead: 'You have earned ',
      amount,
      tail: ` so far; ${formatMoney(e.toTarget)} more at 100%.`,
    };
  if (toCents(e.pool) === 0n) return { lead: 'You have earned ', amount, tail: ' so far.' };
  if (e.factor * 100 >= rule.capPercent)
    return {
      lead: 'You have earned ',
      amount,
      tail: ` so far, the most this plan pays (the ${rule.capPercent}% cap).`,
    };
  return {
    lead: 'You have earned ',
    amount,
    tail: ` so far: past 100%, it keeps growing up to the ${rule.capPercent}% cap.`,
  };
}

/** Remarks under the headline: what is holding the payout back. */
export function earningsNotes(e: EarningsShape, rule: RuleShape & { poolText: string }): string[] {
  const notes: string[] = [];
  if (toCents(e.pool) === 0n)
    notes.push(`No pool yet: it is ${rule.poolText}, and there is none so far this period.`);
  if (e.factor === 0 && e.attainment * 100 < rule.thresholdPercent)
    notes.push(
      `Payouts start at ${rule.thresholdPercent}% attainment; ${e.frozen ? 'the period closed' : 'you are'} at ${formatProgress(e.attainment)}.`,
    );
  return notes;
}

export interface ScaleMarker {
  key: 'threshold' | 'target' | 'cap';
  label: string;
  /** Position along the bar, 0–100. */
  position: number;
}

/**
 * The attainment bar: 0 to the cap, with markers at the threshold, 100% and the cap; attainment
 * beyond the cap fills the bar.
 */
export function attainmentScale(
  attainment: number,
  rule: RuleShape,
): { value: number; markers: ScaleMarker[]; tone: 'below' | 'paying' | 'target' } {
  const max = Math.max(rule.capPercent, 100);
  const at = (percent: number) => Math.round((percent / max) * 1000) / 10;
  const percent = Math.max(0, attainment * 100);
  const markers: ScaleMarker[] = [];
  if (rule.thresholdPercent > 0 && rule.thresholdPercent < 100)
    markers.push({
      key: 'threshold',
      label: `${rule.thresholdPercent}%`,
      position: at(rule.thresholdPercent),
    });
  if (rule.capPercent > 100) {
    markers.push({ key: 'target', label: '100%', position: at(100) });
    markers.push({ key: 'cap', label: `${rule.capPercent}% cap`, position: 100 });
  } else markers.push({ key: 'target', label: '100% cap', position: 100 });
  const tone =
    percent < rule.thresholdPercent ? 'below' : percent < 100 ? 'paying' : ('target' as const);
  return { value: Math.min(100, at(percent)), markers, tone };
}

/** How attainment reads for screen readers and tooltips. */
export function attainmentLabel(attainment: number, rule: RuleShape): string {
  const from = rule.thresholdPercent > 0 ? `pays from ${rule.thresholdPercent}%` : 'pays from 0%';
  return `Attainment ${formatProgress(attainment)}: ${from}, capped at ${rule.capPercent}%`;
}

/** "$90,000 of $200,000", "4.2 h · target at most 6 h", or that there is no goal. */
export function measureValue(metric: Metric, actual: string | null, target: string | null): string {
  const a = formatMetricValue(metric, actual);
  if (target === null) return `${a} · no goal set, counts as 0`;
  const t = formatMetricValue(metric, target);
  return METRICS[metric].lowerIsBetter ? `${a} · target at most ${t}` : `${a} of ${t}`;
}

/** The home page's second line: what 100% would add, and where attainment stands. */
export function toTargetLine(e: Pick<EarningsShape, 'toTarget' | 'pool' | 'attainment'>): string {
  const now = `now at ${formatProgress(e.attainment)}`;
  if (toCents(e.pool) === 0n) return `No pool yet · ${now}`;
  if (toCents(e.toTarget) > 0n) return `${formatMoney(e.toTarget)} more at 100% · ${now}`;
  return `100% reached · ${now}`;
}
