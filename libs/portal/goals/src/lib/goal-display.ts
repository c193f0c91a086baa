import { GoalSide, GoalStatus, Metric, METRICS } from '@tandem/shared-domain';
import { formatMetricValue } from '@tandem/portal-ui';

export const SIDE_ORDER: readonly GoalSide[] = [GoalSide.MARKETING, GoalSide.SALES, GoalSide.JOINT];

/** Short owner names for badges; GOAL_SIDE_LABELS has the long form for forms. */
export const SIDE_SHORT_LABELS: Record<GoalSide, string> = {
  [GoalSide.MARKETING]: 'Marketing',
  [GoalSide.SALES]: 'Sales',
  [GoalSide.JOINT]: 'Joint',
};

export const SIDE_COLORS: Record<GoalSide, string> = {
  [GoalSide.MARKETING]: 'grape',
  [GoalSide.SALES]: 'blue',
  [GoalSide.JOINT]: 'cyan',
};

export const STATUS_COLORS: Record<GoalStatus, string> = {
  [GoalStatus.UPCOMING]: 'gray',
  [GoalStatus.ON_TRACK]: 'teal',
  [GoalStatus.AT_RISK]: 'orange',
  [GoalStatus.ACHIEVED]: 'green',
  [GoalStatus.MISSED]: 'red',
};

/** Order for summaries: what needs attention first. */
const STATUS_ORDER: readonly GoalStatus[] = [
  GoalStatus.AT_RISK,
  GoalStatus.MISSED,
  GoalStatus.ON_TRACK,
  GoalStatus.ACHIEVED,
  GoalStatus.UPCOMING,
];

export interface GoalLike {
  metric: Metric;
  side: GoalSide;
  status: GoalStatus;
  progress: number | null;
  objectiveId: string | null;
}

/** Progress (1 = 100%) as a bar or ring value: 0–100, nothing for an undefined progress. */
export function progressValue(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 0;
  return Math.min(100, Math.max(0, Math.round(progress * 100)));
}

/** Goals that are not key results of an objective, by the side that owns them, in side order. */
export function goalsBySide<G extends GoalLike>(
  goals: readonly G[],
): { side: GoalSide; goals: G[] }[] {
  return SIDE_ORDER.map((side) => ({
    side,
    goals: goals.filter((g) => g.side === side && !g.objectiveId),
  }));
}

/** How many goals are in each status, most pressing first, skipping empty ones. */
export function statusCounts(goals: readonly GoalLike[]): { status: GoalStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: goals.filter((g) => g.status === status).length,
  })).filter((c) => c.count > 0);
}

/** Metrics in a stable, human order (the shared list's order). */
export function sortByMetric<G extends { metric: Metric }>(goals: readonly G[]): G[] {
  const order = Object.keys(METRICS);
  return [...goals].sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric));
}

/** "22 of 30", or for lower-is-better metrics "4.2 h · target at most 6 h". */
export function actualVsTarget(metric: Metric, actual: string | null, target: string): string {
  const a = formatMetricValue(metric, actual);
  const t = formatMetricValue(metric, target);
  return METRICS[metric].lowerIsBetter ? `${a} · target at most ${t}` : `${a} of ${t}`;
}

/** Where a cumulative goal should be by now at an even pace; null when pace does not apply. */
export function paceText(metric: Metric, expected: string | null): string | null {
  if (expected === null || !METRICS[metric].cumulative) return null;
  return `Pace for today: ${formatMetricValue(metric, expected)}`;
}
