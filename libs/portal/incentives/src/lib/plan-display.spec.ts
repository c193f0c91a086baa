import { IncentiveEligibility, IncentivePoolKind, Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { eligibilityText, measuresText, poolText, ruleText, weightShare } from './plan-display';

const TIERS = new Map([
  ['t1', 'Platinum'],
  ['t2', 'Gold'],
]);

describe('plan summaries', () => {
  it('says who a plan pays', () => {
    const base = { tierIds: [], partnerIds: [] };
    expect(eligibilityText({ ...base, eligibility: IncentiveEligibility.ALL }, TIERS)).toBe(
      'All partners',
    );
    expect(
      eligibilityText(
        { ...base, eligibility: IncentiveEligibility.TIERS, tierIds: ['t1', 't2'] },
        TIERS,
      ),
    ).toBe('Platinum, Gold tiers');
    expect(
      eligibilityText(
        { ...base, eligibility: IncentiveEligibility.PARTNERS, partnerIds: ['a'] },
        TIERS,
      ),
    ).toBe('1 partner');
  });

  it('describes the pool', () => {
    expect(
      poolText({
        poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
        poolPercent: '5.0000',
        poolAmount: null,
        revenueMetric: Metric.REVENUE_WON,
      }),
    ).toBe('5% of revenue won');
    expect(
      poolText({
        poolKind: IncentivePoolKind.FIXED,
        poolPercent: null,
        poolAmount: '2500.00',
        revenueMetric: Metric.REVENUE_WON,
      }),
    ).toBe('$2,500 per partner');
  });

  it('lists measures, with weights only when they differ', () => {
    expect(
      measuresText([
        { metric: Metric.REVENUE_WON, weight: 1 },
        { metric: Metric.SLA_COMPLIANCE, weight: 1 },
      ]),
    ).toBe('Revenue won, SLA compliance');
    const weighted = [
      { metric: Metric.REVENUE_WON, weight: 3 },
      { metric: Metric.SQLS, weight: 1 },
    ];
    expect(measuresText(weighted)).toBe('Revenue won ×3, SQLs (accepted) ×1');
    expect(weightShare(3, weighted)).toBe('75%');
  });

  it('states the rule', () => {
    expect(ruleText({ thresholdPercent: 80, capPercent: 150, marketingSharePercent: 40 })).toBe(
      'Pays from 80% attainment, up to 150%; 40% to marketing, 60% to sales.',
    );
    expect(ruleText({ thresholdPercent: 0, capPercent: 100, marketingSharePercent: 50 })).toBe(
      'Pays on any attainment, up to 100%; 50% to marketing, 50% to sales.',
    );
  });
});
