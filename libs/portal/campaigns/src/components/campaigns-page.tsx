import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { CampaignStatus } from '@tandem/shared-domain';
import type { CampaignFilterInput } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CampaignFeedDocument, CampaignListDocument } from '../graphql/campaigns.graphql';
import { useCampaignAccess } from '../hooks/use-campaign-access';
import { formatDayRange } from '../lib/campaign-form';
import { CampaignStateBadge, STATUS_LABELS } from './campaign-badges';
import { CampaignCard } from './campaign-card';

const LIST_PAGE_SIZE = 20;
const STATUS_OPTIONS = Object.values(CampaignStatus).map((s) => ({
  value: s,
  label: STATUS_LABELS[s],
}));

function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const offset = Number(searchParams.get('offset') ?? 0);
    return {
      search: searchParams.get('q') ?? '',
      statuses: (searchParams.get('status') ?? '')
        .split(',')
        .filter((s): s is CampaignStatus => Object.values<string>(CampaignStatus).includes(s)),
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }, [searchParams]);
  const update = useCallback(
    (patch: { search?: string; statuses?: string[]; offset?: number }) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string) =>
          value ? next.set(key, value) : next.delete(key);
        if (patch.search !== undefined) set('q', patch.search.trim());
        if (patch.statuses !== undefined) set('status', patch.statuses.join(','));
        set('offset', patch.offset ? String(patch.offset) : '');
        return next;
      }),
    [setSearchParams],
  );
  return [params, update] as const;
}

/** The campaign feed (live and upcoming) and every campaign the user may see. */
export function CampaignsPage() {
  const { canManage, isPartner } = useCampaignAccess();
  const [params, update] = useListParams();
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );
  const feed = useQuery(CampaignFeedDocument, { variables: { page: { offset: 0, limit: 12 } } });
  const filter: CampaignFilterInput = {};
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.statuses.length) filter.statuses = params.statuses;
  const filtered = Object.keys(filter).length > 0;
  const list = useQuery(CampaignListDocument, {
    variables: { filter, page: { offset: params.offset, limit: LIST_PAGE_SIZE } },
  });
  const feedItems = feed.data?.campaignFeed.items;
  const page = (list.data ?? list.previousData)?.campaigns;

  return (
    <>
      <PageHeader
        title="Campaigns"
        description={
          isPartner
            ? 'What the vendor is running with you, and your own campaigns.'
            : 'Campaigns the vendor runs with its partners, and partners’ own campaigns.'
        }
        actions={
          canManage && (
            <Button component={Link} to="/campaigns/new" leftSection={<IconPlus size={16} />}>
              New campaign
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="campaign-feed-title">
          <Title order={3} id="campaign-feed-title">
            Live and upcoming
          </Title>
          {feed.error && !feedItems ? (
            <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
          ) : !feedItems ? (
            <TableSkeleton rows={3} />
          ) : feedItems.length === 0 ? (
            <EmptyState
              title="Nothing running right now"
              description="Launched campaigns that are live or about to start appear here."
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="campaign-feed">
              {feedItems.map((c) => (
                <CampaignCard key={c.id} campaign={c} />
              ))}
            </SimpleGrid>
          )}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="campaign-list-title">
          <Title order={3} id="campaign-list-title">
            All campaigns
          </Title>
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Search"
                placeholder="Name or goal"
                leftSection={<IconSearch size={16} />}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
              />
              <MultiSelect
                label="Status"
                placeholder={params.statuses.length ? undefined : 'Any status'}
                data={STATUS_OPTIONS}
                value={params.statuses}
                onChange={(statuses) => update({ statuses })}
                clearable
              />
            </SimpleGrid>
          </Paper>
          {list.error && !page ? (
            <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : !page ? (
            <TableSkeleton rows={5} />
          ) : page.items.length === 0 ? (
            <EmptyState
              title={filtered ? 'No campaigns match' : 'No campaigns yet'}
              description={
                filtered
                  ? 'Try a different search or clear the status filter.'
                  : canManage
                    ? 'Plan the first campaign and launch it when it is ready.'
                    : 'Campaigns appear here once they are launched.'
              }
              action={
                filtered && (
                  <Button variant="default" onClick={() => update({ search: '', statuses: [] })}>
                    Clear filters
                  </Button>
                )
              }
            />
          ) : (
            <Paper withBorder radius="md" style={{ opacity: list.loading ? 0.6 : 1 }}>
              <Table.ScrollContainer minWidth={680}>
                <Table striped highlightOnHover verticalSpacing="sm" data-testid="campaign-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>State</Table.Th>
                      <Table.Th>Dates</Table.Th>
                      <Table.Th>Created by</Table.Th>
                      <Table.Th ta="right">Acknowledged</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((c) => (
                      <Table.Tr key={c.id} data-testid="campaign-row">
                        <Table.Td>
                          <Anchor component={Link} to={`/campaigns/${c.id}`} fw={500}>
                            {c.name}
                          </Anchor>
                          {c.partnerId && (
                            <Text size="xs" c="dimmed">
                              Own campaign
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <CampaignStateBadge status={c.status} phase={c.phase} />
                        </Table.Td>
                        <Table.Td>{formatDayRange(c.startsOn, c.endsOn)}</Table.Td>
                        <Table.Td>{c.createdByLabel}</Table.Td>
                        <Table.Td ta="right">
                          {c.status === CampaignStatus.LAUNCHED ? c.acknowledgementCount : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
          {page && (
            <PaginationBar
              offset={page.offset}
              limit={page.limit}
              totalCount={page.totalCount}
              onOffsetChange={(offset) => update({ offset })}
            />
          )}
        </Stack>
      </Stack>
    </>
  );
}
