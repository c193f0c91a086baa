import {
  AccountListKind,
  DEAL_STATUS_LABELS,
  DealConflictKind,
  DealStatus,
  ExtensionStatus,
} from '@tandem/shared-domain';
import { formatMoney } from './money';

export const DEAL_STATUS_COLORS: Record<DealStatus, string> = {
  [DealStatus.DRAFT]: 'gray',
  [DealStatus.SUBMITTED]: 'blue',
  [DealStatus.APPROVED]: 'teal',
  [DealStatus.REJECTED]: 'red',
  [DealStatus.DUPLICATE]: 'orange',
  [DealStatus.WON]: 'green',
  [DealStatus.LOST]: 'dark',
  [DealStatus.EXPIRED]: 'yellow',
  [DealStatus.WITHDRAWN]: 'gray',
};

/** Short status names for badges and tables (the labels carry explanations in brackets). */
export function dealStatusShortLabel(status: DealStatus): string {
  return DEAL_STATUS_LABELS[status].replace(/\s*\(.*\)$/, '');
}

export const CONFLICT_KIND_LABELS: Record<DealConflictKind, string> = {
  [DealConflictKind.SAME_DOMAIN]: 'Same website domain',
  [DealConflictKind.SIMILAR_NAME]: 'Similar company name',
  [DealConflictKind.EXISTING_CUSTOMER]: 'Existing customer',
  [DealConflictKind.DIRECT_OPPORTUNITY]: 'Direct opportunity',
};

export const ACCOUNT_KIND_LABELS: Record<AccountListKind, string> = {
  [AccountListKind.CUSTOMER]: 'Existing customer',
  [AccountListKind.DIRECT_OPPORTUNITY]: 'Direct opportunity',
};

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, string> = {
  [ExtensionStatus.PENDING]: 'Waiting for a decision',
  [ExtensionStatus.APPROVED]: 'Approved',
  [ExtensionStatus.DECLINED]: 'Declined',
};

export const EXTENSION_STATUS_COLORS: Record<ExtensionStatus, string> = {
  [ExtensionStatus.PENDING]: 'blue',
  [ExtensionStatus.APPROVED]: 'teal',
  [ExtensionStatus.DECLINED]: 'red',
};

/** "Similar company name (82% alike)" or the plain kind. */
export function conflictLabel(kind: DealConflictKind, similarity?: number | null): string {
  const label = CONFLICT_KIND_LABELS[kind];
  return kind === DealConflictKind.SIMILAR_NAME && similarity != null
    ? `${label} (${Math.round(similarity * 100)}% alike)`
    : label;
}

export interface DealStatusSource {
  status: DealStatus;
  currency: string;
  expiresAt?: string | null;
  finalAmount?: string | null;
  closedOn?: string | null;
  partnerName?: string | null;
}

/** What the registration's state means and what happens next, in one line for the banner. */
export function dealStatusLine(deal: DealStatusSource, vendor: boolean): string {
  const partner = deal.partnerName ?? 'The partner';
  switch (deal.status) {
    case DealStatus.DRAFT:
      return 'Draft: not submitted yet. Submit it to claim the customer.';
    case DealStatus.SUBMITTED:
      return vendor
        ? 'Submitted: waiting for a decision. Approve it, reject it or mark it a duplicate.'
        : 'Submitted: the vendor reviews it and decides before the deadline.';
    case DealStatus.APPROVED:
      return vendor
        ? `Approved: ${partner} holds this customer while the protection lasts.`
        : 'Approved: the customer is yours while the protection lasts. Close it as won or lost before then, or ask for an extension.';
    case DealStatus.REJECTED:
      return 'Rejected: the registration does not protect this customer.';
    case DealStatus.DUPLICATE:
      return 'Marked as a duplicate of another registration.';
    case DealStatus.WON:
      return deal.finalAmount
        ? `Won: ${formatMoney(deal.finalAmount, deal.currency)}${deal.closedOn ? ` on ${deal.closedOn}` : ''}.`
        : 'Won.';
    case DealStatus.LOST:
      return 'Lost.';
    case DealStatus.EXPIRED:
      return 'Expired: the protection window ended without a close.';
    case DealStatus.WITHDRAWN:
      return 'Withdrawn: the registration no longer claims the customer.';
  }
}

/** Banner colour by status (Alerts have no "dark"). */
export function dealStatusColor(status: DealStatus): string {
  const color = DEAL_STATUS_COLORS[status];
  return color === 'dark' ? 'gray' : color;
}
