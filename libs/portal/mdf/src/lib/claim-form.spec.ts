import { describe, expect, it } from 'vitest';
import { claimValuesFor, toClaimInput, validateClaim } from './claim-form';

describe('claim form', () => {
  it('starts from the approved amount, or from a returned claim', () => {
    expect(claimValuesFor('6000.00', null)).toEqual({ actualCost: '', amount: '6000' });
    expect(claimValuesFor('6000.00', { actualCost: '5200.00', amount: '5000.00' })).toEqual({
      actualCost: '5200',
      amount: '5000',
    });
  });

  it('claims at most what was approved and what the activity cost', () => {
    expect(validateClaim({ actualCost: '9000', amount: '7000' }, '6000.00')).toEqual({
      amount: 'Claim at most the 6000 approved for this activity.',
    });
    expect(validateClaim({ actualCost: '4000', amount: '5000' }, '6000.00')).toEqual({
      amount: 'Claim at most what the activity actually cost.',
    });
    expect(validateClaim({ actualCost: '', amount: '0' }, '6000.00')).toEqual({
      actualCost: 'Enter what the activity cost, e.g. 9800.',
      amount: 'Enter the amount you claim, e.g. 4900.',
    });
    expect(validateClaim({ actualCost: '5,200', amount: '$5000' }, '6000.00')).toEqual({});
  });

  it('maps the claim onto the API input', () => {
    expect(toClaimInput('r1', { actualCost: '5,200', amount: '5000' }, null)).toEqual({
      requestId: 'r1',
      actualCost: '5200',
      amount: '5000',
    });
    expect(toClaimInput('r1', { actualCost: '5200', amount: '5000' }, { version: 2 })).toEqual({
      requestId: 'r1',
      actualCost: '5200',
      amount: '5000',
      expectedVersion: 2,
    });
  });
});
