import { PageHeader } from '@tandem/portal-ui';

/** Placeholder replaced by the market development funds area (issue 7). */
export function FundsPage() {
  return <PageHeader title="Market funds" />;
}
