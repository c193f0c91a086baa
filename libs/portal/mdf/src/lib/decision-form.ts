import { MdfDecision } from '@tandem/shared-domain';
import { moneyFromInput, moneyToInput, positiveMoneyFromInput, toCents } from './money';

export interface DecisionValues {
  /** As typed; only for approving a request. */
  amount: string;
  reason: string;
}

/** What is being decided: a request (approving can lower the amount) or a claim. */
export interface DecisionSubject {
  kind: 'request' | 'claim';
  id: string;
  version: number;
  /** The most that can be approved: what the partner asked for (requests only). */
  requested?: string | null;
}

export const DECISION_LABELS: Record<MdfDecision, string> = {
  [MdfDecision.APPROVE]: 'Approve',
  [MdfDecision.REJECT]: 'Reject',
  [MdfDecision.RETURN]: 'Return for changes',
};

export function emptyDecisionValues(subject: DecisionSubject): DecisionValues {
  return { amount: moneyToInput(subject.requested ?? ''), reason: '' };
}

/** Whether this decision takes an amount (approving a request). */
export function takesAmount(subject: DecisionSubject, decision: MdfDecision): boolean {
  return subject.kind === 'request' && decision === MdfDecision.APPROVE;
}

/** Rejecting or returning needs a reason the partner reads; approving takes an optional note. */
export function validateDecision(
  subject: DecisionSubject,
  decision: MdfDecision,
  values: DecisionValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (takesAmount(subject, decision)) {
    const amount = positiveMoneyFromInput(values.amount);
    if (amount === null) errors.amount = 'Enter the amount to approve, e.g. 5000.';
    else if (subject.requested && toCents(amount) > toCents(subject.requested))
      errors.amount = `Approve at most the ${moneyToInput(subject.requested)} asked for.`;
  }
  if (decision !== MdfDecision.APPROVE && !values.reason.trim())
    errors.reason =
      decision === MdfDecision.REJECT
        ? 'Tell the partner why.'
        : 'Tell the partner what to change.';
  if (values.reason.length > 2000) errors.reason = 'Keep the reason under 2,000 characters.';
  return errors;
}

/** Variables for decideMdfRequest / decideMdfClaim; only call after validateDecision. */
export function toDecisionVariables(
  subject: DecisionSubject,
  decision: MdfDecision,
  values: DecisionValues,
) {
  const reason = values.reason.trim() || null;
  const base = { id: subject.id, decision, reason, expectedVersion: subject.version };
  if (!takesAmount(subject, decision)) return base;
  return { ...base, amount: moneyFromInput(values.amount) };
}
