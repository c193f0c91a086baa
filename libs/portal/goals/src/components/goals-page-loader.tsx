import { lazy } from 'react';

const GoalsArea = lazy(() => import('./goals-page').then((m) => ({ default: m.GoalsPage })));

/**
 * The goals area, fetched on first visit (the layout's Suspense shows a skeleton meanwhile). The
 * home page imports this library statically for the overview; without the split the whole area
 * (forms, templates, planning) would ride along in the first download.
 */
export function GoalsPage() {
  return <GoalsArea />;
}
