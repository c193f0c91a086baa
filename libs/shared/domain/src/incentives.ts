/** Who a shared incentive plan pays. */
export enum IncentiveEligibility {
  ALL = 'ALL',
  TIERS = 'TIERS',
  PARTNERS = 'PARTNERS',
}

/** How a partner's pool is sized: a share of its revenue won, or a fixed amount. */
export enum IncentivePoolKind {
  PERCENT_OF_REVENUE = 'PERCENT_OF_REVENUE',
  FIXED = 'FIXED',
}

export enum IncentivePlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  /** The period closed: payouts are frozen and wait for review. */
  CLOSED = 'CLOSED',
}

export enum PayoutStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  HELD = 'HELD',
}

export const PAYOUT_STATUS_LABELS: Record<PayoutStatus, string> = {
  [PayoutStatus.PENDING]: 'Waiting for review',
  [PayoutStatus.APPROVED]: 'Approved',
  [PayoutStatus.HELD]: 'Held',
};

export const INCENTIVE_PLAN_STATUS_LABELS: Record<IncentivePlanStatus, string> = {
  [IncentivePlanStatus.DRAFT]: 'Draft',
  [IncentivePlanStatus.ACTIVE]: 'Active',
  [IncentivePlanStatus.CLOSED]: 'Closed',
};
