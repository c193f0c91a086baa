function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The budget overview, on a period. */
export function budgetsHref(periodCode?: string | null): string {
  return withQuery('/funds', { period: periodCode });
}

export function requestsHref(status?: string | null): string {
  return withQuery('/funds/requests', { status });
}

/** The request form, on a budget when one is known. */
export function newRequestHref(budgetId?: string | null): string {
  return withQuery('/funds/requests/new', { budget: budgetId });
}

export function requestHref(requestId: string): string {
  return `/funds/requests/${encodeURIComponent(requestId)}`;
}

export function editRequestHref(requestId: string): string {
  return `${requestHref(requestId)}/edit`;
}

/** A proof file, served with its own name as a download. */
export function proofFileHref(fileId: string): string {
  return `/api/mdf/files/${encodeURIComponent(fileId)}`;
}

/** Where proof files of a claim are uploaded to. */
export function proofUploadUrl(claimId: string): string {
  return `/api/mdf/claims/${encodeURIComponent(claimId)}/files`;
}
