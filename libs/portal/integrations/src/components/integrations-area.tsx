import { Tabs } from '@mantine/core';
import { IconKey, IconLock, IconWebhook } from '@tabler/icons-react';
import { useCurrentUser } from '@tandem/portal-data-access';
import { PageHeader } from '@tandem/portal-ui';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiTokensPanel } from './api-tokens-panel';
import { SsoPanel } from './sso-panel';
import { WebhooksPanel } from './webhooks-panel';

type IntegrationsTab = 'webhooks' | 'tokens' | 'sso';

function tabOf(pathname: string): IntegrationsTab {
  const m = /\/integrations\/(webhooks|tokens|sso)(\/|$)/.exec(pathname);
  return (m?.[1] as IntegrationsTab | undefined) ?? 'webhooks';
}

/**
 * /integrations: how Tandem talks to the systems around it. Vendor admins manage the whole
 * program's webhooks, API tokens and single sign-on; partner admins their own partner's webhooks
 * and tokens.
 */
export function IntegrationsArea() {
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = tabOf(location.pathname);
  const canSso = hasPermission(me.role, Permission.ProgramSettingsManage);

  return (
    <>
      <PageHeader
        title="Integrations"
        description={
          me.partner
            ? `Connect the CRM and marketing tools of ${me.partner.name}: webhooks send your leads' and deals' events out, API tokens let your systems create and update them.`
            : 'Connect CRMs and marketing automation: webhooks send events out, API tokens let other systems call the API, single sign-on signs people in with your identity provider.'
        }
      />
      <Tabs value={tab} onChange={(next) => next && navigate(`/integrations/${next}`)} mb="md">
        <Tabs.List>
          <Tabs.Tab value="webhooks" leftSection={<IconWebhook size={16} />}>
            Webhooks
          </Tabs.Tab>
          <Tabs.Tab value="tokens" leftSection={<IconKey size={16} />}>
            API tokens
          </Tabs.Tab>
          {canSso && (
            <Tabs.Tab value="sso" leftSection={<IconLock size={16} />}>
              Single sign-on
            </Tabs.Tab>
          )}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<Navigate to="/integrations/webhooks" replace />} />
        <Route path="webhooks/*" element={<WebhooksPanel />} />
        <Route path="tokens/*" element={<ApiTokensPanel />} />
        {canSso && <Route path="sso/*" element={<SsoPanel />} />}
        <Route path="*" element={<Navigate to="/integrations/webhooks" replace />} />
      </Routes>
    </>
  );
}
