import { moneyFromInput, moneyToInput, toCents } from './money';

export interface BudgetFormValues {
  name: string;
  periodCode: string | null;
  /** As typed: "250000" or "$250,000". */
  total: string;
}

export const BUDGET_FORM_FIELDS = ['name', 'periodCode', 'total'] as const;

/** A saved budget, as far as the form is concerned. */
export interface EditableBudget {
  id: string;
  version: number;
  name: string;
  periodCode: string;
  total: string;
}

export function emptyBudgetValues(periodCode: string | null): BudgetFormValues {
  return { name: '', periodCode, total: '' };
}

export function budgetValuesFrom(budget: EditableBudget): BudgetFormValues {
  return { name: budget.name, periodCode: budget.periodCode, total: moneyToInput(budget.total) };
}

/**
 * Checks what the API would refuse anyway, so the message sits on the field. `allocated` is what
 * an existing budget has handed out already: its total cannot go below that.
 */
export function validateBudgetForm(
  values: BudgetFormValues,
  allocated: string | null = null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Give the budget a name.';
  else if (values.name.trim().length > 120) errors.name = 'Keep the name under 120 characters.';
  if (!values.periodCode) errors.periodCode = 'Choose the period the budget is for.';
  const total = moneyFromInput(values.total);
  if (total === null) errors.total = 'Enter the budget as an amount, e.g. 250000.';
  else if (allocated !== null && toCents(total) < toCents(allocated))
    errors.total = `${moneyToInput(allocated)} is already allocated to partners; the total cannot be less.`;
  return errors;
}

/** The saveMdfBudget input; only call after validateBudgetForm found nothing. */
export function toBudgetInput(values: BudgetFormValues, budget: EditableBudget | null) {
  const total = moneyFromInput(values.total);
  if (total === null || !values.periodCode) throw new Error('Validate the budget first');
  return {
    ...(budget ? { id: budget.id, expectedVersion: budget.version } : {}),
    name: values.name.trim(),
    periodCode: values.periodCode,
    total,
  };
}
