import { IncentivePoolKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { computePayout, splitAmount, workedExample, type PayoutRule } from './payout-rule';

// The API's own cases (libs/api/incentives/src/incentive-math.spec.ts), worked by hand.
const RULE: PayoutRule = {
  poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
  poolPercent: '5',
  poolAmount: null,
  thresholdPercent: 80,
  capPercent: 150,
  marketingSharePercent: 40,
};

describe('computePayout', () => {
  it('pays nothing below the threshold', () => {
    expect(computePayout(RULE, '100000.00', 0.7999)).toMatchObject({
      pool: '5000.00',
      factor: 0,
      earned: '0.00',
      marketing: '0.00',
      sales: '0.00',
      toTarget: '5000.00',
    });
  });

  it('pays the attainment from the threshold on', () => {
    expect(computePayout(RULE, '100000.00', 0.8)).toMatchObject({
      earned: '4000.00',
      marketing: '1600.00',
      sales: '2400.00',
      atTarget: '5000.00',
      toTarget: '1000.00',
    });
    expect(computePayout(RULE, '100000.00', 0.925).earned).toBe('4625.00');
  });

  it('caps', () => {
    expect(computePayout(RULE, '100000.00', 1.8)).toMatchObject({
      factor: 1.5,
      earned: '7500.00',
      marketing: '3000.00',
      sales: '4500.00',
      toTarget: '0.00',
    });
  });

  it('rounds cents half up and keeps the split adding up', () => {
    // 7.25% of 12,345.67 = 895.061075 → 895.06; × 0.8333 = 745.85; 33% = 246.13; rest 499.72.
    expect(
      computePayout(
        { ...RULE, poolPercent: '7.25', marketingSharePercent: 33 },
        '12345.67',
        0.8333,
      ),
    ).toMatchObject({ pool: '895.06', earned: '745.85', marketing: '246.13', sales: '499.72' });
  });

  it('pays a fixed pool on attainment alone', () => {
    const fixed: PayoutRule = {
      ...RULE,
      poolKind: IncentivePoolKind.FIXED,
      poolPercent: null,
      poolAmount: '2500.00',
    };
    expect(computePayout(fixed, '0.00', 1).earned).toBe('2500.00');
    expect(computePayout(fixed, '0.00', 0)).toMatchObject({ earned: '0.00', toTarget: '2500.00' });
    expect(computePayout(RULE, '0.00', 0)).toMatchObject({ pool: '0.00', earned: '0.00' });
  });

  it('pays from the first point when there is no threshold', () => {
    expect(computePayout({ ...RULE, thresholdPercent: 0 }, '100000', 0.1).earned).toBe('500.00');
  });
});

describe('splitAmount', () => {
  it('rounds marketing half up and gives sales the rest', () => {
    expect(splitAmount('0.05', 50)).toEqual({ marketing: '0.03', sales: '0.02' });
    expect(splitAmount('3200', 0)).toEqual({ marketing: '0.00', sales: '3200.00' });
    expect(splitAmount('3200', 100)).toEqual({ marketing: '3200.00', sales: '0.00' });
  });
});

describe('workedExample', () => {
  it('explains 90% attainment on $100,000', () => {
    expect(workedExample({ ...RULE, marketingSharePercent: 50 })).toBe(
      'At 90% attainment on $100,000 revenue this pays $4,500: $2,250 to marketing, $2,250 to sales.',
    );
  });

  it('says when the example is below the threshold', () => {
    expect(workedExample({ ...RULE, thresholdPercent: 95 })).toBe(
      'At 90% attainment on $100,000 revenue this pays nothing: payouts start at 95% attainment.',
    );
  });

  it('leaves revenue out of a fixed pool', () => {
    expect(
      workedExample({
        ...RULE,
        poolKind: IncentivePoolKind.FIXED,
        poolPercent: null,
        poolAmount: '2500.50',
        marketingSharePercent: 30,
      }),
    ).toBe('At 90% attainment this pays $2,250.45: $675.14 to marketing, $1,575.31 to sales.');
  });

  it('takes another example', () => {
    expect(workedExample(RULE, { attainment: 1.2, revenue: '250000' })).toBe(
      'At 120% attainment on $250,000 revenue this pays $15,000: $6,000 to marketing, $9,000 to sales.',
    );
  });
});
