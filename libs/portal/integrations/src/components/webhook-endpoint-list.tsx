import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useCurrentUser } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, TableSkeleton, formatDateTime } from '@tandem/portal-ui';
import { SUBSCRIBABLE_WEBHOOK_EVENTS } from '@tandem/shared-domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { WebhookEndpointsDocument } from '../graphql/webhooks.graphql';
import { DeliveryStatusBadge, EndpointStatusBadge } from './webhook-badges';
import { WebhookEndpointFormDialog } from './webhook-endpoint-form-dialog';
import { WebhookSecretDialog } from './webhook-secret-dialog';

/** The endpoints the caller manages, with how their last delivery went. */
export function WebhookEndpointList() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  // Last deliveries change in the background: refresh whenever the list is shown.
  const endpoints = useQuery(WebhookEndpointsDocument, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const list = endpoints.data?.webhookEndpoints ?? [];
  const showOwner = !me.partner;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {me.partner
            ? `Endpoints receive the events of ${me.partner.name} only.`
            : 'Vendor endpoints receive every partner’s events. Partner admins manage their own partner’s endpoints, listed here too.'}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating(true)}
          data-testid="new-webhook"
        >
          New endpoint
        </Button>
      </Group>
      {endpoints.error && !endpoints.data ? (
        <ErrorAlert
          error={endpoints.error}
          title="Could not load the webhook endpoints"
          onRetry={() => void endpoints.refetch()}
        />
      ) : !endpoints.data ? (
        <TableSkeleton rows={3} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconWebhook size={26} />}
          title="No webhook endpoints yet"
          description="Add an endpoint to send lead, offer, deal registration, goal and campaign events to your CRM or marketing automation as they happen."
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="webhook-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>URL</Table.Th>
                  {showOwner && <Table.Th>Owner</Table.Th>}
                  <Table.Th>Events</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last delivery</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((e) => (
                  <Table.Tr key={e.id} data-testid="webhook-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/integrations/webhooks/${e.id}`} fw={500}>
                        {e.url}
                      </Anchor>
                      {e.description && (
                        <Text size="xs" c="dimmed">
                          {e.description}
                        </Text>
                      )}
                    </Table.Td>
                    {showOwner && <Table.Td>{e.partnerName ?? 'Vendor'}</Table.Td>}
                    <Table.Td>
                      <Text size="sm">
                        {e.events.length === SUBSCRIBABLE_WEBHOOK_EVENTS.length
                          ? 'All events'
                          : `${e.events.length} event${e.events.length === 1 ? '' : 's'}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <EndpointStatusBadge enabled={e.enabled} />
                    </Table.Td>
                    <Table.Td>
                      {e.lastDelivery ? (
                        <Group gap="xs">
                          <DeliveryStatusBadge status={e.lastDelivery.status} />
                          <Text size="xs" c="dimmed">
                            {formatDateTime(
                              e.lastDelivery.lastAttemptAt ?? e.lastDelivery.createdAt,
                            )}
                            {e.lastDelivery.lastStatusCode !== null &&
                              ` · HTTP ${e.lastDelivery.lastStatusCode}`}
                          </Text>
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          None yet
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <WebhookEndpointFormDialog
        opened={creating}
        onClose={() => setCreating(false)}
        endpoint={null}
        onCreated={setCreated}
      />
      <WebhookSecretDialog
        secret={created?.secret ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) void navigate(`/integrations/webhooks/${id}`);
        }}
      />
    </Stack>
  );
}
