import { PageHeader } from '@tandem/portal-ui';
import { Navigate, Route, Routes } from 'react-router';
import { useIncentivesAccess } from '../hooks/use-incentives-access';
import { PartnerIncentivesView } from './partner-incentives-view';
import { PlanDetailView } from './plan-detail-view';
import { PlanListView } from './plan-list-view';

/** /incentives: partners see what they earn; vendor staff see, run and review the plans. */
export function IncentivesArea() {
  const access = useIncentivesAccess();
  return (
    <>
      <PageHeader
        title="Incentives"
        description={
          access.isPartner
            ? 'Shared bonus plans: what your marketing and sales teams are earning together.'
            : 'Shared “smarketing” bonus plans: partners earn on their goals, split between marketing and sales.'
        }
      />
      {access.isPartner ? (
        <Routes>
          <Route index element={<PartnerIncentivesView />} />
          <Route path="*" element={<Navigate to="/incentives" replace />} />
        </Routes>
      ) : (
        <Routes>
          <Route index element={<PlanListView />} />
          <Route path="plans/:planId" element={<PlanDetailView />} />
          <Route path="*" element={<Navigate to="/incentives" replace />} />
        </Routes>
      )}
    </>
  );
}
