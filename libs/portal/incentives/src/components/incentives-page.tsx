import { lazy } from 'react';

const Area = lazy(() => import('./incentives-area').then((m) => ({ default: m.IncentivesArea })));

/**
 * The incentives area, fetched on first visit (the layout's Suspense shows a skeleton meanwhile).
 * The partner home loads this library for its small widget; the split keeps the plan editor and
 * review screens out of that download.
 */
export function IncentivesPage() {
  return <Area />;
}
