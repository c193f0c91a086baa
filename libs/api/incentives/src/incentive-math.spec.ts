import { describe, expect, it } from '@jest/globals';
import { Metric } from '@tandem/shared-domain';
import { attainment, payout, PayoutRule } from './incentive-math';

const RULE: PayoutRule = {
  poolKind: 'PERCENT_OF_REVENUE',
  poolPercent: '5',
  poolAmount: null,
  thresholdPercent: 80,
  capPercent: 150,
  marketingSharePercent: 40,
};

describe('payout arithmetic (worked by hand)', () => {
  it('pays nothing below the threshold', () => {
    // Pool 5% of 100,000 = 5,000; 79.99% attainment is under 80%.
    expect(payout(RULE, '100000.00', 0.7999)).toMatchObject({
      pool: '5000.00',
      factor: 0,
      earned: '0.00',
      marketing: '0.00',
      sales: '0.00',
      toTarget: '5000.00',
    });
  });

  it('pays the attainment from the threshold on, linearly to 100%', () => {
    // 80% of 5,000 = 4,000; split 40/60 → 1,600 / 2,400; 1,000 more at 100%.
    expect(payout(RULE, '100000.00', 0.8)).toMatchObject({
      earned: '4000.00',
      marketing: '1600.00',
      sales: '2400.00',
      atTarget: '5000.00',
      toTarget: '1000.00',
    });
    // 92.5% of 5,000 = 4,625.
    expect(payout(RULE, '100000.00', 0.925).earned).toBe('4625.00');
  });

  it('caps at 150%', () => {
    // 180% attainment pays 150% of 5,000 = 7,500 (3,000 / 4,500), nothing more to reach.
    expect(payout(RULE, '100000.00', 1.8)).toMatchObject({
      factor: 1.5,
      earned: '7500.00',
      marketing: '3000.00',
      sales: '4500.00',
      toTarget: '0.00',
    });
  });

  it('rounds cents half up and keeps the split adding up', () => {
    // 7.25% of 12,345.67 = 895.061075 → 895.06; × 0.8333 = 745.8543... → 745.85;
    // marketing 33% = 246.1305 → 246.13, sales 745.85 − 246.13 = 499.72.
    const p = payout(
      { ...RULE, poolPercent: '7.25', marketingSharePercent: 33 },
      '12345.67',
      0.8333,
    );
    expect(p).toMatchObject({
      pool: '895.06',
      earned: '745.85',
      marketing: '246.13',
      sales: '499.72',
    });
  });

  it('pays a fixed pool on attainment alone, and nothing for a partner with no activity', () => {
    const fixed = { ...RULE, poolKind: 'FIXED' as const, poolPercent: null, poolAmount: '2500.00' };
    expect(payout(fixed, '0.00', 1).earned).toBe('2500.00');
    expect(payout(fixed, '0.00', 0)).toMatchObject({ earned: '0.00', toTarget: '2500.00' });
    expect(payout(RULE, '0.00', 0)).toMatchObject({ pool: '0.00', earned: '0.00' });
  });
});

describe('attainment', () => {
  const Q = { start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z') };
  const after = new Date('2026-10-02T00:00:00Z');

  it('weighs each goal’s progress, a missing goal counting as zero', () => {
    // Revenue 90,000 of 100,000 = 0.9 (weight 2); SLA 0.95 of 0.9 = 1.0556 (weight 1); no goal for
    // SQLs (weight 1) → (2 × 0.9 + 1.0556 + 0) / 4 = 0.7139.
    const result = attainment(
      [
        { metric: Metric.REVENUE_WON_MARKETING_SOURCED, weight: 2 },
        { metric: Metric.SLA_COMPLIANCE, weight: 1 },
        { metric: Metric.SQLS, weight: 1 },
      ],
      new Map([
        [Metric.REVENUE_WON_MARKETING_SOURCED, '100000'],
        [Metric.SLA_COMPLIANCE, '0.9'],
      ]),
      new Map<Metric, string | null>([
        [Metric.REVENUE_WON_MARKETING_SOURCED, '90000.00'],
        [Metric.SLA_COMPLIANCE, '0.95'],
        [Metric.SQLS, '12'],
      ]),
      Q,
      after,
    );
    expect(result.results.map((r) => r.progress)).toEqual([0.9, 1.0556, 0]);
    expect(result.attainment).toBe(0.7139);
  });
});
