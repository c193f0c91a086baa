import { MdfDecision } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyDecisionValues,
  takesAmount,
  toDecisionVariables,
  validateDecision,
  type DecisionSubject,
} from './decision-form';

const request: DecisionSubject = { kind: 'request', id: 'r1', version: 1, requested: '8000.00' };
const claim: DecisionSubject = { kind: 'claim', id: 'c1', version: 4 };

describe('decisions', () => {
  it('approves a request for the amount asked unless lowered', () => {
    const values = emptyDecisionValues(request);
    expect(values.amount).toBe('8000');
    expect(validateDecision(request, MdfDecision.APPROVE, values)).toEqual({});
    expect(
      toDecisionVariables(request, MdfDecision.APPROVE, { ...values, amount: '6,000' }),
    ).toEqual({ id: 'r1', decision: 'APPROVE', amount: '6000', reason: null, expectedVersion: 1 });
  });

  it('never approves more than asked, nor nothing', () => {
    expect(validateDecision(request, MdfDecision.APPROVE, { amount: '9000', reason: '' })).toEqual({
      amount: 'Approve at most the 8000 asked for.',
    });
    expect(validateDecision(request, MdfDecision.APPROVE, { amount: '0', reason: '' }).amount).toBe(
      'Enter the amount to approve, e.g. 5000.',
    );
  });

  it('needs a reason to reject or return', () => {
    expect(validateDecision(request, MdfDecision.REJECT, { amount: '', reason: ' ' })).toEqual({
      reason: 'Tell the partner why.',
    });
    expect(validateDecision(claim, MdfDecision.RETURN, { amount: '', reason: '' })).toEqual({
      reason: 'Tell the partner what to change.',
    });
  });

  it('sends no amount for claims or refusals', () => {
    expect(takesAmount(claim, MdfDecision.APPROVE)).toBe(false);
    expect(toDecisionVariables(claim, MdfDecision.APPROVE, { amount: '1', reason: '' })).toEqual({
      id: 'c1',
      decision: 'APPROVE',
      reason: null,
      expectedVersion: 4,
    });
    expect(
      toDecisionVariables(request, MdfDecision.RETURN, { amount: '8000', reason: ' Add dates. ' }),
    ).toEqual({ id: 'r1', decision: 'RETURN', reason: 'Add dates.', expectedVersion: 1 });
  });
});
