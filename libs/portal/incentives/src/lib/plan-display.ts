import {
  IncentiveEligibility,
  IncentivePlanStatus,
  IncentivePoolKind,
  METRICS,
  PayoutStatus,
  type Metric,
} from '@tandem/shared-domain';
import { formatMoney } from './money';
import { trimPercent } from './plan-form';

export const PLAN_STATUS_COLORS: Record<IncentivePlanStatus, string> = {
  [IncentivePlanStatus.DRAFT]: 'gray',
  [IncentivePlanStatus.ACTIVE]: 'teal',
  [IncentivePlanStatus.CLOSED]: 'indigo',
};

export const PAYOUT_STATUS_COLORS: Record<PayoutStatus, string> = {
  [PayoutStatus.PENDING]: 'yellow',
  [PayoutStatus.APPROVED]: 'green',
  [PayoutStatus.HELD]: 'red',
};

export const ELIGIBILITY_OPTIONS: { value: IncentiveEligibility; label: string }[] = [
  { value: IncentiveEligibility.ALL, label: 'All partners' },
  { value: IncentiveEligibility.TIERS, label: 'Tiers' },
  { value: IncentiveEligibility.PARTNERS, label: 'Chosen partners' },
];

export const POOL_KIND_OPTIONS: { value: IncentivePoolKind; label: string }[] = [
  { value: IncentivePoolKind.PERCENT_OF_REVENUE, label: 'Share of revenue' },
  { value: IncentivePoolKind.FIXED, label: 'Fixed amount' },
];

interface PlanShape {
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

/** "All partners", "Platinum, Gold" or "3 partners". */
export function eligibilityText(
  plan: Pick<PlanShape, 'eligibility' | 'tierIds' | 'partnerIds'>,
  tierNames: ReadonlyMap<string, string>,
): string {
  switch (plan.eligibility) {
    case IncentiveEligibility.ALL:
      return 'All partners';
    case IncentiveEligibility.TIERS: {
      const names = plan.tierIds.map((id) => tierNames.get(id) ?? 'Unknown tier');
      return names.length ? `${names.join(', ')} tier${names.length === 1 ? '' : 's'}` : 'No tier';
    }
    case IncentiveEligibility.PARTNERS:
      return `${plan.partnerIds.length} partner${plan.partnerIds.length === 1 ? '' : 's'}`;
  }
}

/** "5% of revenue won" or "$2,500 per partner". */
export function poolText(
  plan: Pick<PlanShape, 'poolKind' | 'poolPercent' | 'poolAmount' | 'revenueMetric'>,
): string {
  if (plan.poolKind === IncentivePoolKind.FIXED)
    return `${formatMoney(plan.poolAmount ?? '0')} per partner`;
  return `${trimPercent(plan.poolPercent ?? '0')}% of ${METRICS[plan.revenueMetric].label.toLowerCase()}`;
}

/**
 * "Revenue won, SLA compliance" — with weights when they differ: "Revenue won ×2, SLA
 * compliance ×1".
 */
export function measuresText(measures: PlanShape['measures']): string {
  const weighted = new Set(measures.map((m) => m.weight)).size > 1;
  return measures
    .map((m) => `${METRICS[m.metric].label}${weighted ? ` ×${formatWeight(m.weight)}` : ''}`)
    .join(', ');
}

/** A measure's share of the attainment: weight 2 of a total 4 → "50%". */
export function weightShare(weight: number, measures: PlanShape['measures']): string {
  const total = measures.reduce((s, m) => s + m.weight, 0);
  return total ? `${Math.round((weight / total) * 100)}%` : '–';
}

function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : String(Math.round(weight * 100) / 100);
}

/**
 * "Pays from 80% attainment, up to 150%; 50% to marketing, 50% to sales."
 */
export function ruleText(
  plan: Pick<PlanShape, 'thresholdPercent' | 'capPercent' | 'marketingSharePercent'>,
): string {
  const from =
    plan.thresholdPercent > 0
      ? `Pays from ${plan.thresholdPercent}% attainment`
      : 'Pays on any attainment';
  return (
    `${from}, up to ${plan.capPercent}%; ` +
    `${plan.marketingSharePercent}% to marketing, ${100 - plan.marketingSharePercent}% to sales.`
  );
}
