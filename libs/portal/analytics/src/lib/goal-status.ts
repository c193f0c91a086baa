import { GOAL_STATUS_LABELS, GoalStatus } from '@tandem/shared-domain';

export const GOAL_STATUS_COLORS: Record<GoalStatus, string> = {
  [GoalStatus.UPCOMING]: 'gray',
  [GoalStatus.ON_TRACK]: 'blue',
  [GoalStatus.AT_RISK]: 'orange',
  [GoalStatus.ACHIEVED]: 'teal',
  [GoalStatus.MISSED]: 'red',
};

/** Worst news first: what needs attention leads the summary. */
const SUMMARY_ORDER: readonly GoalStatus[] = [
  GoalStatus.MISSED,
  GoalStatus.AT_RISK,
  GoalStatus.ON_TRACK,
  GoalStatus.ACHIEVED,
  GoalStatus.UPCOMING,
];

/** How many goals stand at each status, only the statuses that occur, worst first. */
export function goalStatusSummary(
  statuses: readonly GoalStatus[],
): { status: GoalStatus; label: string; count: number }[] {
  return SUMMARY_ORDER.map((status) => ({
    status,
    label: GOAL_STATUS_LABELS[status],
    count: statuses.filter((s) => s === status).length,
  })).filter((s) => s.count > 0);
}

/** A progress bar's fill (0–100): progress past the goal fills the bar, never overflows it. */
export function progressFill(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 0;
  return Math.max(0, Math.min(1, progress)) * 100;
}
