import { describe, expect, it } from 'vitest';
import {
  allocationErrorAliases,
  allocationRow,
  allocationValuesFor,
  toAllocationsInput,
  validateAllocationForm,
} from './allocation-form';

describe('allocation form', () => {
  it('needs a partner or tier and an amount on every row', () => {
    const values = {
      rows: [allocationRow(), allocationRow({ target: 'tier', amount: 'lots' })],
    };
    expect(validateAllocationForm(values)).toEqual({
      'rows.0.partnerId': 'Choose a partner.',
      'rows.0.amount': 'Enter an amount, e.g. 10000.',
      'rows.1.tierId': 'Choose a tier.',
      'rows.1.amount': 'Enter an amount, e.g. 10000.',
    });
  });

  it('refuses the same partner twice', () => {
    const values = {
      rows: [
        allocationRow({ partnerId: 'p1', amount: '1' }),
        allocationRow({ partnerId: 'p1', amount: '2' }),
      ],
    };
    expect(validateAllocationForm(values)).toEqual({
      'rows.1.partnerId': 'This partner is on another row already.',
    });
  });

  it('sends partner rows by partner and tier rows by tier', () => {
    const values = {
      rows: [
        allocationRow({ tierId: 't1', target: 'tier', partnerId: 'ignored', amount: '10,000' }),
        allocationRow({ partnerId: 'p1', tierId: 'ignored', amount: '$20000' }),
      ],
    };
    expect(validateAllocationForm(values)).toEqual({});
    expect(toAllocationsInput('b1', values)).toEqual({
      budgetId: 'b1',
      entries: [
        { tierId: 't1', amount: '10000' },
        { partnerId: 'p1', amount: '20000' },
      ],
    });
  });

  it('starts a change from the partner’s allocation and maps API fields onto rows', () => {
    expect(allocationValuesFor('p1', '20000.00').rows[0]).toMatchObject({
      target: 'partner',
      partnerId: 'p1',
      amount: '20000',
    });
    expect(allocationErrorAliases(2)).toEqual({
      'entries.0.amount': 'rows.0.amount',
      'entries.1.amount': 'rows.1.amount',
    });
  });
});
