import { DealDecisionKind } from '@tandem/shared-domain';
import { cleanAmount, isAmount } from './money';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHY = 'Say in a few words why (3 characters or more).';

/** Reject or mark duplicate: both need a reason and a comment the partner will read. */
export interface RefuseValues {
  reasonCodeId: string | null;
  comment: string;
}

export const REFUSE_FORM_FIELDS = ['reasonCodeId', 'comment'] as const;

export function validateRefusal(values: RefuseValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.reasonCodeId) errors.reasonCodeId = 'Choose a reason.';
  if (values.comment.trim().length < 3) errors.comment = WHY;
  return errors;
}

export function toDecideInput(
  dealId: string,
  decision: DealDecisionKind,
  values: RefuseValues = { reasonCodeId: null, comment: '' },
) {
  return {
    dealId,
    decision,
    reasonCodeId: decision === DealDecisionKind.APPROVED ? null : values.reasonCodeId,
    comment: values.comment.trim(),
  };
}

/** Withdrawing and asking for an extension both need a short reason. */
export function validateReason(values: { reason: string }): Record<string, string> {
  return values.reason.trim().length < 3 ? { reason: WHY } : {};
}

export interface WonValues {
  finalAmount: string;
  closedOn: string;
  comment: string;
}

export interface LostValues {
  reasonCodeId: string | null;
  competitor: string;
  closedOn: string;
  comment: string;
}

export const WON_FORM_FIELDS = ['finalAmount', 'closedOn', 'comment'] as const;
export const LOST_FORM_FIELDS = ['reasonCodeId', 'competitor', 'closedOn', 'comment'] as const;

/** Today in the person's own calendar, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function validateWon(values: WonValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.finalAmount.trim()) errors.finalAmount = 'Enter the final amount.';
  else if (!isAmount(values.finalAmount))
    errors.finalAmount = 'Use a number with at most two decimals, e.g. 12500.00.';
  if (!values.closedOn) errors.closedOn = 'Enter the close date.';
  else if (!DATE.test(values.closedOn)) errors.closedOn = 'Use a date like 2026-11-20.';
  return errors;
}

export function validateLost(values: LostValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.reasonCodeId) errors.reasonCodeId = 'Choose a reason.';
  if (values.closedOn && !DATE.test(values.closedOn))
    errors.closedOn = 'Use a date like 2026-11-20.';
  return errors;
}

export function toWonInput(dealId: string, values: WonValues) {
  return {
    dealId,
    won: true,
    finalAmount: cleanAmount(values.finalAmount),
    closedOn: values.closedOn,
    comment: values.comment.trim(),
  };
}

export function toLostInput(dealId: string, values: LostValues) {
  return {
    dealId,
    won: false,
    reasonCodeId: values.reasonCodeId,
    competitor: values.competitor.trim(),
    closedOn: values.closedOn || null,
    comment: values.comment.trim(),
  };
}
