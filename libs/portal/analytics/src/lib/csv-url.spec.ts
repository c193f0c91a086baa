import { ClosedLoopGrouping, Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  closedLoopCsvUrl,
  funnelCsvUrl,
  leaderboardCsvUrl,
  scorecardCsvUrl,
  teamCsvUrl,
} from './csv-url';
import { EMPTY_SELECTION } from './selection';

const PARTNER = 'abafb27f-994d-4508-a667-b0f3a5ebf090';

describe('CSV links', () => {
  it('asks for a partner’s scorecard and team figures', () => {
    expect(scorecardCsvUrl('FY2026-Q4', PARTNER)).toBe(
      `/api/analytics/scorecard.csv?period=FY2026-Q4&partnerId=${PARTNER}`,
    );
    expect(teamCsvUrl('2026-11', PARTNER)).toBe(
      `/api/analytics/team.csv?period=2026-11&partnerId=${PARTNER}`,
    );
  });

  it('leaves the partner out for partner users', () => {
    expect(scorecardCsvUrl('FY2026', null)).toBe('/api/analytics/scorecard.csv?period=FY2026');
    expect(teamCsvUrl('FY2026')).toBe('/api/analytics/team.csv?period=FY2026');
  });

  it('carries the leaderboard’s order and filters', () => {
    const url = leaderboardCsvUrl(
      'FY2026-Q4',
      { ...EMPTY_SELECTION, regions: ['NA', 'EMEA'], search: 'Lumière & co' },
      Metric.WIN_RATE,
      false,
    );
    const parsed = new URL(url, 'http://localhost');
    expect(parsed.pathname).toBe('/api/analytics/leaderboard.csv');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      period: 'FY2026-Q4',
      sort: 'WIN_RATE',
      descending: 'false',
      region: 'NA,EMEA',
      search: 'Lumière & co',
    });
  });

  it('builds the funnel and closed-loop downloads', () => {
    expect(funnelCsvUrl('FY2026-Q4', EMPTY_SELECTION)).toBe(
      '/api/analytics/funnel.csv?period=FY2026-Q4',
    );
    expect(
      closedLoopCsvUrl('FY2026-Q4', ClosedLoopGrouping.CAMPAIGN, {
        ...EMPTY_SELECTION,
        channelManagerId: 'cm-1',
      }),
    ).toBe(
      '/api/analytics/closed-loop.csv?period=FY2026-Q4&groupBy=CAMPAIGN&channelManagerId=cm-1',
    );
  });
});
