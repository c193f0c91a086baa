import { Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { closedLoopRates, closedLoopTotals, stageConversions } from './funnel';

const stage = (metric: Metric, count: number) => ({ metric, label: metric, count });

describe('stageConversions', () => {
  it('converts each stage against the previous and the first one', () => {
    const out = stageConversions([
      stage(Metric.LEADS_RECEIVED, 200),
      stage(Metric.MQLS, 150),
      stage(Metric.SQLS, 60),
      stage(Metric.OPPORTUNITIES, 30),
      stage(Metric.DEALS_WON, 6),
    ]);
    expect(out.map((s) => s.fromPrevious)).toEqual([null, 0.75, 0.4, 0.5, 0.2]);
    expect(out.map((s) => s.fromFirst)).toEqual([null, 0.75, 0.3, 0.15, 0.03]);
  });

  it('shows a stage above its predecessor as more than 100%', () => {
    const out = stageConversions([stage(Metric.MQLS, 148), stage(Metric.SQLS, 159)]);
    expect(out[1].fromPrevious).toBeCloseTo(1.0743, 4);
  });

  it('has no conversion out of an empty stage', () => {
    const out = stageConversions([
      stage(Metric.LEADS_RECEIVED, 0),
      stage(Metric.MQLS, 0),
      stage(Metric.SQLS, 2),
    ]);
    expect(out.map((s) => s.fromPrevious)).toEqual([null, null, null]);
    expect(out.map((s) => s.fromFirst)).toEqual([null, null, null]);
    expect(stageConversions([])).toEqual([]);
  });
});

describe('closed loop', () => {
  const rows = [
    { leads: 58, sqls: 51, opportunities: 12, dealsWon: 3, revenueWon: '90000.50' },
    { leads: 10, sqls: 0, opportunities: 0, dealsWon: 0, revenueWon: '0.00' },
  ];

  it('converts lead → SQL → opportunity → won', () => {
    expect(closedLoopRates(rows[0])).toEqual({
      sqlRate: 51 / 58,
      opportunityRate: 12 / 51,
      winRate: 3 / 12,
    });
    expect(closedLoopRates(rows[1])).toEqual({ sqlRate: 0, opportunityRate: null, winRate: null });
  });

  it('totals counts and revenue exactly', () => {
    expect(closedLoopTotals(rows)).toEqual({
      leads: 68,
      sqls: 51,
      opportunities: 12,
      dealsWon: 3,
      revenueWon: '90000.50',
    });
    expect(closedLoopTotals([]).revenueWon).toBe('0.00');
  });
});
