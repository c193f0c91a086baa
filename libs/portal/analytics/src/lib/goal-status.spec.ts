import { GoalStatus } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { goalStatusSummary, progressFill } from './goal-status';

describe('goalStatusSummary', () => {
  it('counts the statuses that occur, worst first', () => {
    expect(
      goalStatusSummary([
        GoalStatus.ON_TRACK,
        GoalStatus.AT_RISK,
        GoalStatus.ON_TRACK,
        GoalStatus.ACHIEVED,
      ]),
    ).toEqual([
      { status: GoalStatus.AT_RISK, label: 'At risk', count: 1 },
      { status: GoalStatus.ON_TRACK, label: 'On track', count: 2 },
      { status: GoalStatus.ACHIEVED, label: 'Achieved', count: 1 },
    ]);
    expect(goalStatusSummary([])).toEqual([]);
  });
});

describe('progressFill', () => {
  it('fills the bar up to the goal and no further', () => {
    expect(progressFill(0.6667)).toBeCloseTo(66.67, 2);
    expect(progressFill(1.6667)).toBe(100);
    expect(progressFill(-0.2)).toBe(0);
    expect(progressFill(null)).toBe(0);
  });
});
