import { PageHeader } from '@tandem/portal-ui';

/** Placeholder replaced by the incentives area (issue 7). */
export function IncentivesPage() {
  return <PageHeader title="Incentives" />;
}
