import { GoalSide, GoalStatus, Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  actualVsTarget,
  goalsBySide,
  paceText,
  progressValue,
  sortByMetric,
  statusCounts,
  type GoalLike,
} from './goal-display';

const goal = (
  metric: Metric,
  side: GoalSide,
  status: GoalStatus,
  objectiveId: string | null = null,
): GoalLike => ({ metric, side, status, progress: null, objectiveId });

describe('progressValue', () => {
  it('turns a share into a 0–100 bar value', () => {
    expect(progressValue(0.7333)).toBe(73);
    expect(progressValue(1.6667)).toBe(100);
    expect(progressValue(-0.2)).toBe(0);
    expect(progressValue(null)).toBe(0);
    expect(progressValue(undefined)).toBe(0);
    expect(progressValue(Number.NaN)).toBe(0);
  });
});

describe('goalsBySide', () => {
  it('groups goals by owner in marketing, sales, joint order, leaving key results out', () => {
    const goals = [
      goal(Metric.REVENUE_WON, GoalSide.JOINT, GoalStatus.AT_RISK),
      goal(Metric.LEADS_RECEIVED, GoalSide.MARKETING, GoalStatus.ON_TRACK),
      goal(Metric.SQLS, GoalSide.SALES, GoalStatus.ON_TRACK),
      goal(Metric.MQL_TO_SQL_RATE, GoalSide.JOINT, GoalStatus.ON_TRACK, 'objective-1'),
    ];
    const groups = goalsBySide(goals);
    expect(groups.map((g) => g.side)).toEqual([GoalSide.MARKETING, GoalSide.SALES, GoalSide.JOINT]);
    expect(groups.map((g) => g.goals.map((x) => x.metric))).toEqual([
      [Metric.LEADS_RECEIVED],
      [Metric.SQLS],
      [Metric.REVENUE_WON],
    ]);
  });

  it('keeps empty sides so each side sees where nothing is set', () => {
    expect(goalsBySide([]).map((g) => g.goals.length)).toEqual([0, 0, 0]);
  });
});

describe('statusCounts', () => {
  it('counts statuses, most pressing first, skipping empty ones', () => {
    const goals = [
      goal(Metric.SQLS, GoalSide.SALES, GoalStatus.ON_TRACK),
      goal(Metric.DEALS_WON, GoalSide.SALES, GoalStatus.AT_RISK),
      goal(Metric.LEADS_RECEIVED, GoalSide.MARKETING, GoalStatus.ON_TRACK),
      goal(Metric.REVENUE_WON, GoalSide.JOINT, GoalStatus.ACHIEVED),
    ];
    expect(statusCounts(goals)).toEqual([
      { status: GoalStatus.AT_RISK, count: 1 },
      { status: GoalStatus.ON_TRACK, count: 2 },
      { status: GoalStatus.ACHIEVED, count: 1 },
    ]);
  });
});

describe('sortByMetric', () => {
  it('orders goals along the funnel, not by creation', () => {
    const sorted = sortByMetric([
      { metric: Metric.REVENUE_WON },
      { metric: Metric.LEADS_RECEIVED },
      { metric: Metric.SQLS },
    ]);
    expect(sorted.map((g) => g.metric)).toEqual([
      Metric.LEADS_RECEIVED,
      Metric.SQLS,
      Metric.REVENUE_WON,
    ]);
  });
});

describe('actualVsTarget and paceText', () => {
  it('reads as actual of target, with ceilings for lower-is-better metrics', () => {
    expect(actualVsTarget(Metric.REVENUE_WON, '42000.00', '120000')).toBe('$42,000 of $120,000');
    expect(actualVsTarget(Metric.SLA_COMPLIANCE, null, '0.85')).toBe('– of 85%');
    expect(actualVsTarget(Metric.AVERAGE_HOURS_TO_ACCEPT, '4.2', '6')).toBe(
      '4.2 h · target at most 6 h',
    );
  });

  it('gives the pace for cumulative metrics only', () => {
    expect(paceText(Metric.LEADS_RECEIVED, '17.53')).toBe('Pace for today: 18');
    expect(paceText(Metric.SLA_COMPLIANCE, '0.5')).toBeNull();
    expect(paceText(Metric.REVENUE_WON, null)).toBeNull();
  });
});
