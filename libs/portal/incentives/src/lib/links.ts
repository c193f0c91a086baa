function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The plan list, on a period. */
export function plansHref(periodCode?: string | null): string {
  return withQuery('/incentives', { period: periodCode });
}

export function planHref(planId: string): string {
  return `/incentives/plans/${encodeURIComponent(planId)}`;
}

/** Approved payouts of a closed plan as CSV, for finance. */
export function payoutsCsvHref(planId: string): string {
  return withQuery('/api/incentives/payouts.csv', { planId });
}
