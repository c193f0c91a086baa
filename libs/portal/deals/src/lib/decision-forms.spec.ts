import { DealDecisionKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  toDecideInput,
  toLostInput,
  toWonInput,
  today,
  validateLost,
  validateReason,
  validateRefusal,
  validateWon,
} from './decision-forms';

describe('decision forms', () => {
  it('needs a reason and a real comment to reject or mark duplicate', () => {
    expect(validateRefusal({ reasonCodeId: null, comment: ' ok ' })).toEqual({
      reasonCodeId: 'Choose a reason.',
      comment: 'Say in a few words why (3 characters or more).',
    });
    expect(validateRefusal({ reasonCodeId: 'r1', comment: 'Earlier claim.' })).toEqual({});
  });

  it('sends no reason with an approval', () => {
    expect(toDecideInput('d1', DealDecisionKind.APPROVED)).toEqual({
      dealId: 'd1',
      decision: DealDecisionKind.APPROVED,
      reasonCodeId: null,
      comment: '',
    });
    expect(
      toDecideInput('d1', DealDecisionKind.DUPLICATE, { reasonCodeId: 'r1', comment: ' Same. ' }),
    ).toMatchObject({ reasonCodeId: 'r1', comment: 'Same.' });
  });

  it('asks why before withdrawing or extending', () => {
    expect(validateReason({ reason: 'no' })).toHaveProperty('reason');
    expect(validateReason({ reason: 'Budget moved to Q3' })).toEqual({});
  });

  it('checks a win’s final amount and date, keeping the amount a string', () => {
    expect(validateWon({ finalAmount: '', closedOn: '', comment: '' })).toEqual({
      finalAmount: 'Enter the final amount.',
      closedOn: 'Enter the close date.',
    });
    expect(validateWon({ finalAmount: '1.234', closedOn: '2026-05-01', comment: '' })).toEqual({
      finalAmount: 'Use a number with at most two decimals, e.g. 12500.00.',
    });
    expect(
      toWonInput('d1', { finalAmount: '18,500.50', closedOn: '2026-05-01', comment: '' }),
    ).toEqual({
      dealId: 'd1',
      won: true,
      finalAmount: '18500.50',
      closedOn: '2026-05-01',
      comment: '',
    });
  });

  it('needs a loss reason; the competitor and date are optional', () => {
    const values = { reasonCodeId: null, competitor: '', closedOn: '', comment: '' };
    expect(validateLost(values)).toEqual({ reasonCodeId: 'Choose a reason.' });
    expect(
      toLostInput('d1', { ...values, reasonCodeId: 'loss', competitor: ' Coyote ' }),
    ).toMatchObject({ won: false, reasonCodeId: 'loss', competitor: 'Coyote', closedOn: null });
  });

  it('writes today in the local calendar', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
