import { Tabs } from '@mantine/core';
import { IconChartFunnel, IconFileAnalytics, IconRefresh, IconTrophy } from '@tabler/icons-react';
import { PageHeader } from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { useAnalyticsAccess } from '../hooks/use-analytics-access';
import {
  analyticsTabsFor,
  defaultAnalyticsTab,
  tabOfPath,
  type AnalyticsTab,
} from '../lib/analytics-access';
import { ClosedLoopView } from './closed-loop-view';
import { FunnelView } from './funnel-view';
import { LeaderboardView } from './leaderboard-view';
import { ScorecardView } from './scorecard-view';

const ICONS: Record<AnalyticsTab, ReactNode> = {
  leaderboard: <IconTrophy size={16} />,
  scorecard: <IconFileAnalytics size={16} />,
  funnel: <IconChartFunnel size={16} />,
  'closed-loop': <IconRefresh size={16} />,
};

/** Keeps the period and filters when moving between views; only the page number is per view. */
function carriedSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('offset');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * The analytics area: vendor users compare partners (leaderboard, funnel, closed loop) and open
 * any partner's scorecard; partner users see their own scorecard.
 */
export function AnalyticsPage() {
  const access = useAnalyticsAccess();
  const tabs = analyticsTabsFor(access.role);
  const fallback = defaultAnalyticsTab(access.role);
  const location = useLocation();
  const navigate = useNavigate();
  const current = tabOfPath(useParams()['*']) ?? fallback;
  const home = { pathname: `/analytics/${fallback}`, search: location.search };

  return (
    <>
      <PageHeader
        title="Analytics"
        description={
          access.isVendor
            ? 'How the channel performs: partners side by side, the funnel, which campaigns pay off and each partner’s scorecard.'
            : 'Your scorecard: every metric of the period against the goals you share with the vendor.'
        }
      />
      {tabs.length > 1 && (
        <Tabs
          value={current}
          onChange={(tab) =>
            tab &&
            void navigate({ pathname: `/analytics/${tab}`, search: carriedSearch(location.search) })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.map((t) => (
              <Tabs.Tab
                key={t.value}
                value={t.value}
                leftSection={ICONS[t.value]}
                data-testid={`analytics-tab-${t.value}`}
              >
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      <Routes>
        <Route index element={<Navigate to={home} replace />} />
        <Route path="scorecard" element={<ScorecardView />} />
        {access.channel && (
          <>
            <Route path="leaderboard" element={<LeaderboardView />} />
            <Route path="funnel" element={<FunnelView />} />
            <Route path="closed-loop" element={<ClosedLoopView />} />
          </>
        )}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </>
  );
}
