import { describe, expect, it } from 'vitest';
import {
  approvalSplit,
  isAdjusted,
  toApproveVariables,
  toHoldVariables,
  validateApproval,
  validateHold,
} from './review-form';

const PAYOUT = { id: 'payout-1', earned: '3200.00', version: 4 };

describe('validateApproval', () => {
  it('approves what the plan pays without a reason', () => {
    expect(validateApproval({ amount: '3200', reason: '' }, PAYOUT.earned)).toEqual({});
    expect(validateApproval({ amount: '$3,200.00', reason: '' }, PAYOUT.earned)).toEqual({});
  });

  it('needs a reason for another amount', () => {
    expect(isAdjusted({ amount: '3000', reason: '' }, PAYOUT.earned)).toBe(true);
    expect(validateApproval({ amount: '3000', reason: '  ' }, PAYOUT.earned)).toEqual({
      reason: 'Say why the amount differs from what the plan pays.',
    });
    expect(validateApproval({ amount: '3000', reason: 'Duplicate deal' }, PAYOUT.earned)).toEqual(
      {},
    );
  });

  it('needs an amount', () => {
    expect(validateApproval({ amount: 'all of it', reason: '' }, PAYOUT.earned)).toEqual({
      amount: 'Enter the amount to pay, e.g. 1250.50.',
    });
  });
});

describe('validateHold', () => {
  it('needs a reason', () => {
    expect(validateHold({ reason: ' ' })).toEqual({ reason: 'Say why the payout is held.' });
    expect(validateHold({ reason: 'Audit' })).toEqual({});
  });
});

describe('variables', () => {
  it('sends the amount as typed in the API’s form, the reason and the version seen', () => {
    expect(toApproveVariables(PAYOUT, { amount: '$3,000.5', reason: ' Duplicate ' })).toEqual({
      id: 'payout-1',
      amount: '3000.5',
      reason: 'Duplicate',
      expectedVersion: 4,
    });
    expect(toApproveVariables(PAYOUT, { amount: '3200', reason: '' }).reason).toBeNull();
    expect(toHoldVariables(PAYOUT, { reason: ' Audit ' })).toEqual({
      id: 'payout-1',
      reason: 'Audit',
      expectedVersion: 4,
    });
  });

  it('splits the approved amount like the API', () => {
    expect(approvalSplit('3000.01', 50)).toEqual({ marketing: '1500.01', sales: '1500.00' });
    expect(approvalSplit('x', 50)).toBeNull();
  });
});
