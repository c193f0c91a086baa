import { lazy } from 'react';

const Area = lazy(() => import('./funds-area').then((m) => ({ default: m.FundsArea })));

/**
 * The market funds area, fetched on first visit (the layout's Suspense shows a skeleton
 * meanwhile), so its forms and dialogs stay out of the portal's first download.
 */
export function FundsPage() {
  return <Area />;
}
