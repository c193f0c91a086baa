import { GoalStatus, Metric, METRICS } from '@tandem/shared-domain';
import { Span } from './metric-layer';

export interface GoalJudgement {
  progress: number | null;
  expected: string | null;
  status: GoalStatus;
}

/**
 * How a goal stands (docs/metrics.md, "Goal progress"): progress is actual / target (target /
 * actual when lower is better); a cumulative metric is on track while it keeps pace with an even
 * spread of the target over the period; a rate is on track while it meets the target.
 */
export function judgeGoal(
  metric: Metric,
  target: string,
  actual: string | null,
  period: Span,
  now: Date,
): GoalJudgement {
  const info = METRICS[metric];
  const t = Number(target);
  const a = actual === null ? null : Number(actual);
  const progress =
    a === null
      ? null
      : info.lowerIsBetter
        ? a === 0
          ? 1
          : round(t / a, 4)
        : t === 0
          ? 1
          : round(a / t, 4);
  const total = period.end.getTime() - period.start.getTime();
  const elapsed = Math.min(Math.max(now.getTime() - period.start.getTime(), 0), total);
  const ended = now >= period.end;
  const expected =
    info.cumulative && !info.lowerIsBetter && !ended && now >= period.start
      ? (Math.round(t * (elapsed / total) * 100) / 100).toFixed(2)
      : null;
  const meets = a !== null && (info.lowerIsBetter ? a <= t : a >= t);
  let status: GoalStatus;
  if (now < period.start) status = GoalStatus.UPCOMING;
  else if (ended) status = meets ? GoalStatus.ACHIEVED : GoalStatus.MISSED;
  else if (info.cumulative && !info.lowerIsBetter)
    status = meets
      ? GoalStatus.ACHIEVED
      : (a ?? 0) >= Number(expected)
        ? GoalStatus.ON_TRACK
        : GoalStatus.AT_RISK;
  else if (info.lowerIsBetter)
    status = a === null || a <= t ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
  else status = meets ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
  return { progress, expected, status };
}

/** An objective's progress: the average of its key results' progress, each capped at 1. */
export function objectiveProgress(progress: (number | null)[]): number | null {
  if (progress.length === 0) return null;
  const sum = progress.reduce<number>((s, p) => s + Math.min(Math.max(p ?? 0, 0), 1), 0);
  return round(sum / progress.length, 4);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
