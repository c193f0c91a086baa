import { Role } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { analyticsTabsFor, defaultAnalyticsTab, tabOfPath, teamTitle } from './analytics-access';

describe('analytics tabs', () => {
  it('gives vendor users every view, the leaderboard first', () => {
    for (const role of [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.VENDOR_MARKETER]) {
      expect(analyticsTabsFor(role).map((t) => t.value)).toEqual([
        'leaderboard',
        'scorecard',
        'funnel',
        'closed-loop',
      ]);
      expect(defaultAnalyticsTab(role)).toBe('leaderboard');
    }
  });

  it('gives partner users only their scorecard', () => {
    for (const role of [Role.PARTNER_ADMIN, Role.PARTNER_MARKETER, Role.PARTNER_SALES_REP]) {
      expect(analyticsTabsFor(role).map((t) => t.value)).toEqual(['scorecard']);
      expect(defaultAnalyticsTab(role)).toBe('scorecard');
    }
  });

  it('reads the tab from the path', () => {
    expect(tabOfPath('')).toBeNull();
    expect(tabOfPath(undefined)).toBeNull();
    expect(tabOfPath('closed-loop')).toBe('closed-loop');
    expect(tabOfPath('funnel/extra')).toBe('funnel');
    expect(tabOfPath('nope')).toBeNull();
  });

  it('speaks to a sales rep about their own figures', () => {
    expect(teamTitle(Role.PARTNER_SALES_REP)).toBe('Your figures');
    expect(teamTitle(Role.PARTNER_ADMIN)).toBe('Team figures');
  });
});
