import { moneyFromInput, moneyToInput, positiveMoneyFromInput, toCents } from './money';

export interface ClaimFormValues {
  /** As typed. */
  actualCost: string;
  amount: string;
}

export const CLAIM_FORM_FIELDS = ['actualCost', 'amount'] as const;

/**
 * A new claim starts from the approved amount; a returned one from what was claimed.
 */
export function claimValuesFor(
  approvedAmount: string | null,
  returned: { actualCost: string; amount: string } | null,
): ClaimFormValues {
  if (returned)
    return { actualCost: moneyToInput(returned.actualCost), amount: moneyToInput(returned.amount) };
  return { actualCost: '', amount: moneyToInput(approvedAmount) };
}

/** A claim is at most what was approved and at most what the activity cost. */
export function validateClaim(
  values: ClaimFormValues,
  approvedAmount: string | null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const actual = moneyFromInput(values.actualCost);
  if (actual === null) errors.actualCost = 'Enter what the activity cost, e.g. 9800.';
  const amount = positiveMoneyFromInput(values.amount);
  if (amount === null) errors.amount = 'Enter the amount you claim, e.g. 4900.';
  else if (approvedAmount && toCents(amount) > toCents(approvedAmount))
    errors.amount = `Claim at most the ${moneyToInput(approvedAmount)} approved for this activity.`;
  else if (actual !== null && toCents(amount) > toCents(actual))
    errors.amount = 'Claim at most what the activity actually cost.';
  return errors;
}

/** The saveMdfClaim input; a returned claim is resent with its version. */
export function toClaimInput(
  requestId: string,
  values: ClaimFormValues,
  returned: { version: number } | null,
) {
  const actualCost = moneyFromInput(values.actualCost);
  const amount = moneyFromInput(values.amount);
  if (actualCost === null || amount === null) throw new Error('Validate the claim first');
  return {
    requestId,
    actualCost,
    amount,
    ...(returned ? { expectedVersion: returned.version } : {}),
  };
}
