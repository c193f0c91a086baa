import { describe, expect, it } from 'vitest';
import {
  allGoalsCsvHref,
  goalOverviewCsvHref,
  goalsCsvHref,
  goalsHref,
  planHref,
} from './goal-links';

describe('goal links', () => {
  it('carry the partner and period when known', () => {
    expect(goalsHref({ partnerId: 'p1', periodCode: 'FY2026-Q4' })).toBe(
      '/goals?partner=p1&period=FY2026-Q4',
    );
    expect(planHref({ partnerId: 'p1', periodCode: 'FY2026-Q4' })).toBe(
      '/goals/plan?partner=p1&period=FY2026-Q4',
    );
    expect(goalsHref()).toBe('/goals');
    expect(planHref({ partnerId: null, periodCode: '2026-11' })).toBe('/goals/plan?period=2026-11');
  });

  it('point the CSV at the export with the period and partner', () => {
    expect(goalOverviewCsvHref('FY2026-Q4')).toBe(
      '/api/analytics/goal-overview.csv?period=FY2026-Q4',
    );
    expect(goalsCsvHref('FY2026-Q4', 'p1')).toBe(
      '/api/analytics/goals.csv?period=FY2026-Q4&partnerId=p1',
    );
    expect(goalsCsvHref('FY2026')).toBe('/api/analytics/goals.csv?period=FY2026');
    expect(allGoalsCsvHref('FY2026-Q4')).toBe('/api/exports/goals.csv?period=FY2026-Q4');
  });
});
