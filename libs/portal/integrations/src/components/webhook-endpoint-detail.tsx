import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconRefresh, IconSend } from '@tabler/icons-react';
import type { WebhookEndpointQuery } from '@tandem/portal-data-access';
import {
  DeleteConfirm,
  DetailSkeleton,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  describeApiError,
  formatDateTime,
} from '@tandem/portal-ui';
import { WEBHOOK_DELIVERY_STATUS_LABELS, WebhookDeliveryStatus } from '@tandem/shared-domain';
import { Fragment, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  DeleteWebhookEndpointDocument,
  ResendWebhookDeliveryDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookEndpointDocument,
  WEBHOOKS_REFETCH,
  WebhookEndpointDocument,
} from '../graphql/webhooks.graphql';
import { DeliveryStatusBadge, EndpointStatusBadge, EventName } from './webhook-badges';
import { WebhookEndpointFormDialog } from './webhook-endpoint-form-dialog';
import { WebhookSecretDialog } from './webhook-secret-dialog';

const PAGE_SIZE = 25;
type Delivery = NonNullable<WebhookEndpointQuery['webhookEndpoint']>['deliveries']['items'][number];

const STATUS_OPTIONS = [
  { value: '', label: 'All deliveries' },
  ...Object.values(WebhookDeliveryStatus).map((s) => ({
    value: s,
    label: WEBHOOK_DELIVERY_STATUS_LABELS[s],
  })),
];

/** One endpoint: its settings and actions, and its delivery log with resend. */
export function WebhookEndpointDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<WebhookDeliveryStatus | null>(null);
  const query = useQuery(WebhookEndpointDocument, {
    variables: { id, page: { offset, limit: PAGE_SIZE }, status },
  });
  const options = { refetchQueries: WEBHOOKS_REFETCH, awaitRefetchQueries: true };
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument, options);
  const [rotate, rotating] = useMutation(RotateWebhookSecretDocument, options);
  const [sendTest, testing] = useMutation(SendTestWebhookDocument, options);
  const [remove] = useMutation(DeleteWebhookEndpointDocument, {
    // The list is not mounted here, so a refetch by name would not reach it: drop the entry.
    update(cache, _result, { variables }) {
      cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id: variables?.id }) });
      cache.gc();
    },
  });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const endpoint = query.data?.webhookEndpoint;

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifications.show({ color: 'red', message: describeApiError(error).message });
    }
  };

  if (query.error && !query.data)
    return (
      <ErrorAlert
        error={query.error}
        title="Could not load the endpoint"
        onRetry={() => void query.refetch()}
      />
    );
  if (!endpoint) return <DetailSkeleton />;

  return (
    <Stack gap="md" data-testid="webhook-detail">
      <Anchor component={Link} to="/integrations/webhooks" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All endpoints
        </Group>
      </Anchor>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={4} style={{ wordBreak: 'break-all' }} data-testid="webhook-detail-url">
                {endpoint.url}
              </Title>
              {endpoint.description && (
                <Text size="sm" c="dimmed">
                  {endpoint.description}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {endpoint.partnerName ? `${endpoint.partnerName} · ` : 'Vendor endpoint · '}
                created by {endpoint.createdByLabel} on {formatDateTime(endpoint.createdAt)} ·
                secret ends in <Code>{endpoint.secretHint}</Code>
              </Text>
            </Stack>
            <EndpointStatusBadge enabled={endpoint.enabled} />
          </Group>
          {!endpoint.enabled && endpoint.disabledReason && (
            <Alert color="orange" variant="light" data-testid="webhook-disabled-reason">
              {endpoint.disabledReason}
            </Alert>
          )}
          {endpoint.enabled && endpoint.consecutiveFailures > 0 && (
            <Alert color="yellow" variant="light">
              The last {endpoint.consecutiveFailures} attempt
              {endpoint.consecutiveFailures === 1 ? '' : 's'} failed. After 24 hours without a
              successful delivery the endpoint is disabled.
            </Alert>
          )}
          <Group gap={6}>
            {endpoint.events.map((e) => (
              <EventName key={e} type={e} />
            ))}
          </Group>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button
              variant="default"
              size="xs"
              loading={updating.loading}
              data-testid="webhook-toggle"
              onClick={() =>
                void act(
                  () =>
                    update({
                      variables: { input: { id: endpoint.id, enabled: !endpoint.enabled } },
                    }),
                  endpoint.enabled ? 'Endpoint disabled.' : 'Endpoint enabled.',
                )
              }
            >
              {endpoint.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSend size={14} />}
              loading={testing.loading}
              disabled={!endpoint.enabled}
              data-testid="webhook-test"
              onClick={() =>
                void act(
                  () => sendTest({ variables: { endpointId: endpoint.id } }),
                  'A test event is on its way.',
                )
              }
            >
              Send test event
            </Button>
            <Button
              variant="default"
              size="xs"
              loading={rotating.loading}
              data-testid="webhook-rotate"
              onClick={() =>
                void act(async () => {
                  const result = await rotate({ variables: { id: endpoint.id } });
                  setSecret(result.data?.rotateWebhookSecret.secret ?? null);
                }, 'The secret was replaced; the old one no longer signs deliveries.')
              }
            >
              Rotate secret
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => setDeleting(true)}
              data-testid="webhook-delete"
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Group justify="space-between" align="flex-end">
        <Title order={5}>Deliveries</Title>
        <Group gap="xs" align="flex-end">
          <Select
            aria-label="Delivery status"
            data={STATUS_OPTIONS}
            value={status ?? ''}
            onChange={(next) => {
              setOffset(0);
              setStatus((next as WebhookDeliveryStatus | '') || null);
            }}
            allowDeselect={false}
            w={180}
            data-testid="delivery-status-filter"
          />
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void query.refetch()}
          >
            Refresh
          </Button>
        </Group>
      </Group>
      {query.loading && !query.data ? (
        <TableSkeleton rows={5} />
      ) : endpoint.deliveries.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          No deliveries {status ? 'with this status' : 'yet'}.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <DeliveryTable deliveries={endpoint.deliveries.items} canResend={endpoint.enabled} />
        </Paper>
      )}
      <PaginationBar
        offset={endpoint.deliveries.offset}
        limit={endpoint.deliveries.limit}
        totalCount={endpoint.deliveries.totalCount}
        onOffsetChange={setOffset}
      />

      <WebhookEndpointFormDialog
        opened={editing}
        onClose={() => setEditing(false)}
        endpoint={endpoint}
      />
      <WebhookSecretDialog secret={secret} onClose={() => setSecret(null)} />
      <DeleteConfirm
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        opened={deleting}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await remove({ variables: { id: endpoint.id } });
          notifications.show({ color: 'teal', message: 'Webhook endpoint deleted.' });
          void navigate('/integrations/webhooks');
        }}
      >
        <Text size="sm">
          {endpoint.url} stops receiving events at once, and its delivery log is deleted with it.
        </Text>
      </DeleteConfirm>
    </Stack>
  );
}

function DeliveryTable({ deliveries, canResend }: { deliveries: Delivery[]; canResend: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  const [resend, resending] = useMutation(ResendWebhookDeliveryDocument, {
    refetchQueries: WEBHOOKS_REFETCH,
    awaitRefetchQueries: true,
  });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="delivery-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Event</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>HTTP</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Next retry</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => (
            <Fragment key={d.id}>
              <Table.Tr data-testid="delivery-row">
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => setOpen(open === d.id ? null : d.id)}
                    aria-expanded={open === d.id}
                  >
                    <EventName type={d.eventType} />
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                <Table.Td>
                  <DeliveryStatusBadge status={d.status} />
                </Table.Td>
                <Table.Td>{d.lastStatusCode ?? '—'}</Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>
                  {d.status === WebhookDeliveryStatus.PENDING
                    ? formatDateTime(d.nextAttemptAt)
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    disabled={!canResend}
                    loading={resending.loading}
                    data-testid="delivery-resend"
                    onClick={async () => {
                      try {
                        await resend({ variables: { id: d.id } });
                        notifications.show({
                          color: 'teal',
                          message: 'The delivery will be sent again now.',
                        });
                      } catch (error) {
                        notifications.show({
                          color: 'red',
                          message: describeApiError(error).message,
                        });
                      }
                    }}
                  >
                    Resend
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open === d.id && (
                <Table.Tr data-testid="delivery-detail">
                  <Table.Td colSpan={7}>
                    <DeliveryDetail delivery={d} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DeliveryDetail({ delivery }: { delivery: Delivery }) {
  return (
    <Stack gap="xs" py="xs">
      <Text size="xs" c="dimmed">
        Event id <Code>{delivery.eventId}</Code>
        {delivery.lastError && ` · ${delivery.lastError}`}
      </Text>
      <Code block style={{ maxHeight: 240, overflow: 'auto' }}>
        {prettyJson(delivery.body)}
      </Code>
      <Table withRowBorders={false} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Attempted</Table.Th>
            <Table.Th>HTTP</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Answer</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {delivery.attemptLog.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{formatDateTime(a.attemptedAt)}</Table.Td>
              <Table.Td>{a.statusCode ?? '—'}</Table.Td>
              <Table.Td>{a.durationMs} ms</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {a.error ?? a.responseExcerpt ?? ''}
                {a.error && a.responseExcerpt ? ` — ${a.responseExcerpt}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function prettyJson(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
