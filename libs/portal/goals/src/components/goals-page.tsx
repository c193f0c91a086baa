import { Tabs } from '@mantine/core';
import { IconCalculator, IconTarget, IconTemplate } from '@tabler/icons-react';
import { PageHeader } from '@tandem/portal-ui';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useGoalsAccess } from '../hooks/use-goals-access';
import { goalsHref, planHref, templatesHref } from '../lib/goal-links';
import { GoalTemplatesView } from './goal-templates-view';
import { PartnerGoalsView } from './partner-goals-view';
import { RevenuePlanView } from './revenue-plan-view';

type GoalsTab = 'goals' | 'templates' | 'plan';

function tabOf(pathname: string): GoalsTab {
  if (/\/goals\/templates\/?$/.test(pathname)) return 'templates';
  if (/\/goals\/plan\/?$/.test(pathname)) return 'plan';
  return 'goals';
}

/** /goals: partners' goals; for goal managers also tier templates and planning from revenue. */
export function GoalsPage() {
  const access = useGoalsAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tab = tabOf(location.pathname);
  // Switching tabs keeps the partner and period in view.
  const scope = { partnerId: params.get('partner'), periodCode: params.get('period') };
  const hrefs: Record<GoalsTab, string> = {
    goals: goalsHref(scope),
    templates: templatesHref(),
    plan: planHref(scope),
  };

  return (
    <>
      <PageHeader
        title="Goals"
        description={
          access.isVendor
            ? 'Targets per partner and period, worked back from revenue and shared by marketing and sales.'
            : 'What your channel manager set for your marketing and sales teams, and how you are doing.'
        }
      />
      {access.canManage && (
        <Tabs value={tab} onChange={(next) => next && navigate(hrefs[next as GoalsTab])} mb="md">
          <Tabs.List>
            <Tabs.Tab value="goals" leftSection={<IconTarget size={16} />}>
              Partner goals
            </Tabs.Tab>
            <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />}>
              Tier templates
            </Tabs.Tab>
            <Tabs.Tab value="plan" leftSection={<IconCalculator size={16} />}>
              Plan from revenue
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
      )}
      <Routes>
        <Route index element={<PartnerGoalsView />} />
        {access.canManage && <Route path="templates" element={<GoalTemplatesView />} />}
        {access.canManage && <Route path="plan" element={<RevenuePlanView />} />}
        <Route path="*" element={<Navigate to="/goals" replace />} />
      </Routes>
    </>
  );
}
