import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { EmptyState, ErrorAlert, TableSkeleton, formatDate } from '@tandem/portal-ui';
import { MDF_ACTIVITY_LABELS, MdfClaimStatus, MdfRequestStatus } from '@tandem/shared-domain';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MdfRequestsDocument } from '../graphql/mdf.graphql';
import { useMdfAccess } from '../hooks/use-mdf-access';
import { newRequestHref, requestHref } from '../lib/links';
import { formatMoney } from '../lib/money';
import {
  STATUS_FILTER_OPTIONS,
  formatDayRange,
  parseStatusFilter,
  reviewQueue,
} from '../lib/request-display';
import { ClaimStatusBadge, RequestStatusBadge } from './status-badges';

/** Requests with their claims: partners their own, reviewers a queue with what waits first. */
export function RequestListView() {
  const access = useMdfAccess();
  const [params, setParams] = useSearchParams();
  const status = parseStatusFilter(params.get('status'));
  const requests = useQuery(MdfRequestsDocument, { variables: { status } });
  const views = useMemo(() => {
    const list = requests.data?.mdfRequests ?? [];
    return access.canReview ? reviewQueue(list) : list;
  }, [requests.data, access.canReview]);
  const waiting = useMemo(() => {
    const list = requests.data?.mdfRequests ?? [];
    return {
      requests: list.filter((v) => v.request.status === MdfRequestStatus.SUBMITTED).length,
      claims: list.filter((v) => v.claims.some((c) => c.claim.status === MdfClaimStatus.SUBMITTED))
        .length,
    };
  }, [requests.data]);
  const setStatus = (next: string | null) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      if (next) updated.set('status', next);
      else updated.delete('status');
      return updated;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label="Status"
          data={STATUS_FILTER_OPTIONS}
          value={status ?? ''}
          onChange={(next) => setStatus(next || null)}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
          data-testid="request-status-filter"
        />
        {access.canReview && requests.data && (
          <Text size="sm" c="dimmed" data-testid="review-summary">
            {waiting.requests === 0 && waiting.claims === 0
              ? 'Nothing waits for a decision.'
              : `Waiting for a decision: ${waiting.requests} request${waiting.requests === 1 ? '' : 's'}, ${waiting.claims} claim${waiting.claims === 1 ? '' : 's'}.`}
          </Text>
        )}
      </Group>
      {requests.error && !requests.data ? (
        <ErrorAlert
          error={requests.error}
          title="Could not load the requests"
          onRetry={() => void requests.refetch()}
        />
      ) : !requests.data ? (
        <TableSkeleton rows={5} />
      ) : views.length === 0 ? (
        <EmptyState
          icon={<IconReceipt size={26} />}
          title={status ? 'No requests with this status' : 'No fund requests yet'}
          description={
            access.canRequest
              ? 'Plan an activity (a webinar, an event, ads) and ask for funds from your allocation.'
              : 'Partners request funds for their activities; their requests show here.'
          }
          action={
            access.canRequest && (
              <Button component={Link} to={newRequestHref()} leftSection={<IconPlus size={16} />}>
                Request funds
              </Button>
            )
          }
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="request-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Activity</Table.Th>
                  {!access.isPartner && <Table.Th>Partner</Table.Th>}
                  <Table.Th ta="right">Requested</Table.Th>
                  <Table.Th ta="right">Approved</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Claim</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {views.map((view) => {
                  const r = view.request;
                  const claim = view.claims[0]?.claim ?? null;
                  return (
                    <Table.Tr
                      key={r.id}
                      data-testid="request-row"
                      data-title={r.title}
                      data-status={r.status}
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={requestHref(r.id)}
                          fw={600}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {r.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {MDF_ACTIVITY_LABELS[r.activityType]} ·{' '}
                          {formatDayRange(r.startsOn, r.endsOn)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          Asked by {r.requestedByLabel} · {formatDate(r.createdAt)}
                        </Text>
                      </Table.Td>
                      {!access.isPartner && (
                        <Table.Td>
                          <Text size="sm">{view.partnerName}</Text>
                        </Table.Td>
                      )}
                      <Table.Td ta="right">
                        <Text size="sm">{formatMoney(r.requestedAmount)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">
                          {r.approvedAmount ? formatMoney(r.approvedAmount) : '–'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RequestStatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>
                        {claim ? (
                          <Stack gap={2} align="flex-start">
                            <ClaimStatusBadge status={claim.status} />
                            <Text size="xs" c="dimmed">
                              {formatMoney(claim.amount)}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            –
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
