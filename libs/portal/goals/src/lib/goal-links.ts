/** Where the goals screens live, with the partner and period they should open on. */
export interface GoalScope {
  partnerId?: string | null;
  periodCode?: string | null;
}

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function goalsHref(scope: GoalScope = {}): string {
  return withQuery('/goals', { partner: scope.partnerId, period: scope.periodCode });
}

export function planHref(scope: GoalScope = {}): string {
  return withQuery('/goals/plan', { partner: scope.partnerId, period: scope.periodCode });
}

export function templatesHref(): string {
  return '/goals/templates';
}

/** The CSV of a partner's goals (a partner user may leave the partner out: it is their own). */
export function goalsCsvHref(periodCode: string, partnerId?: string | null): string {
  return withQuery('/api/analytics/goals.csv', { period: periodCode, partnerId });
}

/** The goal overview as CSV: every partner in scope with its goals by status. */
export function goalOverviewCsvHref(periodCode: string): string {
  return withQuery('/api/analytics/goal-overview.csv', { period: periodCode });
}

/** Every goal of the period, with progress, for all partners in the caller's scope (streamed). */
export function allGoalsCsvHref(periodCode: string): string {
  return withQuery('/api/exports/goals.csv', { period: periodCode });
}
