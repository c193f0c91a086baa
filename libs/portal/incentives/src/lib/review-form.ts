import { moneyFromInput, toCents } from './money';
import { splitAmount } from './payout-rule';

export interface ApprovalValues {
  /** As typed; prefilled with what the plan pays. */
  amount: string;
  reason: string;
}

export interface HoldValues {
  reason: string;
}

interface ReviewedPayout {
  id: string;
  earned: string;
  version: number;
}

/** Whether the amount typed differs from what the plan pays (then a reason is needed). */
export function isAdjusted(values: ApprovalValues, earned: string): boolean {
  const amount = moneyFromInput(values.amount);
  return amount !== null && toCents(amount) !== toCents(earned);
}

export function validateApproval(values: ApprovalValues, earned: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (moneyFromInput(values.amount) === null)
    errors.amount = 'Enter the amount to pay, e.g. 1250.50.';
  else if (isAdjusted(values, earned) && !values.reason.trim())
    errors.reason = 'Say why the amount differs from what the plan pays.';
  return errors;
}

export function validateHold(values: HoldValues): Record<string, string> {
  return values.reason.trim() ? {} : { reason: 'Say why the payout is held.' };
}

/** Variables for approveIncentivePayout; only call after validateApproval found nothing. */
export function toApproveVariables(payout: ReviewedPayout, values: ApprovalValues) {
  const amount = moneyFromInput(values.amount);
  if (amount === null) throw new Error('Validate the approval first');
  return {
    id: payout.id,
    amount,
    reason: values.reason.trim() || null,
    expectedVersion: payout.version,
  };
}

export function toHoldVariables(payout: ReviewedPayout, values: HoldValues) {
  return { id: payout.id, reason: values.reason.trim(), expectedVersion: payout.version };
}

/** The split of the amount being approved, for the dialog's hint; null while it is no amount. */
export function approvalSplit(
  amount: string,
  marketingSharePercent: number,
): { marketing: string; sales: string } | null {
  const parsed = moneyFromInput(amount);
  return parsed === null ? null : splitAmount(parsed, marketingSharePercent);
}
