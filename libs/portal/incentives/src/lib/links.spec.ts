import { describe, expect, it } from 'vitest';
import { payoutsCsvHref, planHref, plansHref } from './links';

describe('links', () => {
  it('points at the plans, a plan and the finance export', () => {
    expect(plansHref()).toBe('/incentives');
    expect(plansHref('FY2026-Q4')).toBe('/incentives?period=FY2026-Q4');
    expect(planHref('a1b2')).toBe('/incentives/plans/a1b2');
    expect(payoutsCsvHref('a1b2')).toBe('/api/incentives/payouts.csv?planId=a1b2');
  });
});
