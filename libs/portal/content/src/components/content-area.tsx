import { Tabs } from '@mantine/core';
import { IconChartBar, IconFiles, IconPackage } from '@tabler/icons-react';
import { PageHeader } from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ContentLibrary } from './content-library';
import { DownloadReports } from './download-reports';
import { KitList } from './kit-list';

export type ContentTab = 'library' | 'kits' | 'reports';

const PATHS: Record<ContentTab, string> = {
  library: '/content',
  kits: '/content/kits',
  reports: '/content/reports',
};

/** The content area: library, kits and download reports, each at its own address. */
export function ContentArea({ tab, actions }: { tab: ContentTab; actions?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Content"
        description="Sales and marketing content for every funnel stage, bundled into kits for personas and campaigns."
        actions={actions}
      />
      <Tabs value={tab} onChange={(value) => value && void navigate(PATHS[value as ContentTab])}>
        <Tabs.List mb="md">
          <Tabs.Tab value="library" leftSection={<IconFiles size={16} />}>
            Library
          </Tabs.Tab>
          <Tabs.Tab value="kits" leftSection={<IconPackage size={16} />}>
            Kits
          </Tabs.Tab>
          <Tabs.Tab value="reports" leftSection={<IconChartBar size={16} />}>
            Downloads
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'library' && <ContentLibrary />}
      {tab === 'kits' && <KitList />}
      {tab === 'reports' && <DownloadReports />}
    </>
  );
}
