import { lazy } from 'react';

const Area = lazy(() =>
  import('./integrations-area').then((m) => ({ default: m.IntegrationsArea })),
);

/** The integrations area (webhooks, API tokens, single sign-on), fetched on first visit. */
export function IntegrationsPage() {
  return <Area />;
}
