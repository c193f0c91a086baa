import { Button, Tabs } from '@mantine/core';
import { IconChartBar, IconListDetails, IconPlus } from '@tabler/icons-react';
import { PageHeader } from '@tandem/portal-ui';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useMdfAccess } from '../hooks/use-mdf-access';
import { budgetsHref, newRequestHref, requestsHref } from '../lib/links';
import { BudgetOverview } from './budget-overview';
import { RequestDetailView } from './request-detail-view';
import { RequestFormView } from './request-form-view';
import { RequestListView } from './request-list-view';

type FundsTab = 'budgets' | 'requests';

function tabOf(pathname: string): FundsTab {
  return /\/funds\/requests(\/|$)/.test(pathname) ? 'requests' : 'budgets';
}

/**
 * /funds: market development funds. Everyone sees the budgets' figures (partners their own
 * allocation); partners request and claim funds, reviewers decide, the vendor admin budgets.
 */
export function FundsArea() {
  const access = useMdfAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = tabOf(location.pathname);
  const hrefs: Record<FundsTab, string> = { budgets: budgetsHref(), requests: requestsHref() };

  return (
    <>
      <PageHeader
        title="Market funds"
        description={
          access.isPartner
            ? 'Market development funds from the vendor: request them for an activity, then claim what you spent with proof.'
            : 'Market development funds: budgets per period, allocated to partners, requested for activities and claimed with proof.'
        }
        actions={
          access.canRequest && (
            <Button
              component={Link}
              to={newRequestHref()}
              leftSection={<IconPlus size={16} />}
              data-testid="new-request"
            >
              Request funds
            </Button>
          )
        }
      />
      <Tabs value={tab} onChange={(next) => next && navigate(hrefs[next as FundsTab])} mb="md">
        <Tabs.List>
          <Tabs.Tab value="budgets" leftSection={<IconChartBar size={16} />}>
            Budgets
          </Tabs.Tab>
          <Tabs.Tab value="requests" leftSection={<IconListDetails size={16} />}>
            {access.canReview ? 'Requests and claims' : 'Requests'}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<BudgetOverview />} />
        <Route path="requests" element={<RequestListView />} />
        {access.canRequest && <Route path="requests/new" element={<RequestFormView />} />}
        <Route path="requests/:requestId" element={<RequestDetailView />} />
        {access.canRequest && (
          <Route path="requests/:requestId/edit" element={<RequestFormView />} />
        )}
        <Route path="*" element={<Navigate to="/funds" replace />} />
      </Routes>
    </>
  );
}
