import { Route, Routes } from 'react-router';
import { WebhookEndpointDetail } from './webhook-endpoint-detail';
import { WebhookEndpointList } from './webhook-endpoint-list';

/** /integrations/webhooks: the endpoint list, and /integrations/webhooks/:id one endpoint's log. */
export function WebhooksPanel() {
  return (
    <Routes>
      <Route index element={<WebhookEndpointList />} />
      <Route path=":id" element={<WebhookEndpointDetail />} />
    </Routes>
  );
}
