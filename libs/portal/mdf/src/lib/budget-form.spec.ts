import { describe, expect, it } from 'vitest';
import {
  budgetValuesFrom,
  emptyBudgetValues,
  toBudgetInput,
  validateBudgetForm,
} from './budget-form';

describe('budget form', () => {
  it('needs a name, a period and a total', () => {
    expect(validateBudgetForm(emptyBudgetValues(null))).toEqual({
      name: 'Give the budget a name.',
      periodCode: 'Choose the period the budget is for.',
      total: 'Enter the budget as an amount, e.g. 250000.',
    });
  });

  it('maps a new budget onto the API input', () => {
    const values = { name: ' Q4 MDF ', periodCode: 'FY2026-Q4', total: '$50,000' };
    expect(validateBudgetForm(values)).toEqual({});
    expect(toBudgetInput(values, null)).toEqual({
      name: 'Q4 MDF',
      periodCode: 'FY2026-Q4',
      total: '50000',
    });
  });

  it('edits a budget under its version, never below what is allocated', () => {
    const budget = { id: 'b1', version: 3, name: 'Q4', periodCode: 'FY2026-Q4', total: '50000.00' };
    const values = budgetValuesFrom(budget);
    expect(values.total).toBe('50000');
    expect(validateBudgetForm({ ...values, total: '20000' }, '30000.00').total).toBe(
      '30000 is already allocated to partners; the total cannot be less.',
    );
    expect(toBudgetInput(values, budget)).toMatchObject({ id: 'b1', expectedVersion: 3 });
  });
});
