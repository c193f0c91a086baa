/** Where a deal registration stands. */
export enum DealStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
  WON = 'WON',
  LOST = 'LOST',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  [DealStatus.DRAFT]: 'Draft',
  [DealStatus.SUBMITTED]: 'Submitted',
  [DealStatus.APPROVED]: 'Approved (protected)',
  [DealStatus.REJECTED]: 'Rejected',
  [DealStatus.DUPLICATE]: 'Duplicate',
  [DealStatus.WON]: 'Won',
  [DealStatus.LOST]: 'Lost',
  [DealStatus.EXPIRED]: 'Expired',
  [DealStatus.WITHDRAWN]: 'Withdrawn',
};

/** Registrations that hold (or claim) a customer: the ones conflicts are checked against. */
export const ACTIVE_DEAL_STATUSES: readonly DealStatus[] = [
  DealStatus.SUBMITTED,
  DealStatus.APPROVED,
];

/** The transitions a person can make, by status. */
export const DEAL_TRANSITIONS: Record<DealStatus, readonly DealStatus[]> = {
  [DealStatus.DRAFT]: [DealStatus.SUBMITTED],
  [DealStatus.SUBMITTED]: [
    DealStatus.APPROVED,
    DealStatus.REJECTED,
    DealStatus.DUPLICATE,
    DealStatus.WITHDRAWN,
  ],
  [DealStatus.APPROVED]: [
    DealStatus.WON,
    DealStatus.LOST,
    DealStatus.EXPIRED,
    DealStatus.WITHDRAWN,
  ],
  [DealStatus.REJECTED]: [],
  [DealStatus.DUPLICATE]: [],
  [DealStatus.WON]: [],
  [DealStatus.LOST]: [],
  [DealStatus.EXPIRED]: [],
  [DealStatus.WITHDRAWN]: [],
};

export enum DealConflictKind {
  /** Another partner's active registration for the same registrable domain. */
  SAME_DOMAIN = 'SAME_DOMAIN',
  /** Another partner's active registration with a similar company name in the same country. */
  SIMILAR_NAME = 'SIMILAR_NAME',
  /** The vendor's list of existing customers. */
  EXISTING_CUSTOMER = 'EXISTING_CUSTOMER',
  /** An open opportunity the vendor sells directly. */
  DIRECT_OPPORTUNITY = 'DIRECT_OPPORTUNITY',
}

export enum DealDecisionKind {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
}

/** How conflicting registrations are settled. */
export enum DealEngagementRule {
  /** The earliest active registration for a customer has the claim. */
  FIRST_TO_REGISTER = 'FIRST_TO_REGISTER',
  /** Conflicts are marked; the channel manager decides each case on its evidence. */
  MANAGER_DECIDES = 'MANAGER_DECIDES',
}

export enum ExtensionPolicy {
  NONE = 'NONE',
  ONCE = 'ONCE',
  UNLIMITED = 'UNLIMITED',
}

export enum ExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

export enum AccountListKind {
  CUSTOMER = 'CUSTOMER',
  DIRECT_OPPORTUNITY = 'DIRECT_OPPORTUNITY',
}

/** ISO 4217 currencies a registration may use. */
export const DEAL_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'JPY',
  'SGD',
  'BRL',
  'CHF',
  'SEK',
  'NOK',
] as const;

export const DEFAULT_PROTECTION_DAYS = 90;
export const DEAL_REMINDER_DAYS = [14, 3] as const;
