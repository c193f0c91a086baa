import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDownload, IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import type { DealFilterInput, DealListFieldsFragment } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  csvExportHref,
  formatDate,
  formatDateTime,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { DealStatus, Role } from '@tandem/shared-domain';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DealListDocument, DealPartnerOptionsDocument } from '../graphql/deals.graphql';
import { useDealAccess } from '../hooks/use-deal-access';
import { useRegistrationDecisionsLive } from '../hooks/use-registration-decisions-live';
import { dealTabsFor, defaultDealTab, type DealTab, type DealTabOption } from '../lib/deal-access';
import { dealStatusShortLabel } from '../lib/deal-status';
import { formatMoney } from '../lib/money';
import {
  ConflictBadge,
  DealStatusBadge,
  DecisionCountdown,
  ProtectionCountdown,
} from './deal-badges';

const PAGE_SIZE = 25;
const STATUS_OPTIONS = Object.values(DealStatus).map((s) => ({
  value: s,
  label: dealStatusShortLabel(s),
}));

const STATUSES: readonly string[] = Object.values(DealStatus);
const listOf = (raw: string | null) =>
  (raw ?? '').split(',').filter((s): s is DealStatus => STATUSES.includes(s));

function useListParams(tabs: DealTabOption[], fallback: DealTab) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const offset = Number(searchParams.get('offset') ?? 0);
    const requested = searchParams.get('tab');
    return {
      tab: tabs.find((t) => t.value === requested)?.value ?? fallback,
      search: searchParams.get('q') ?? '',
      statuses: listOf(searchParams.get('status')),
      partnerId: searchParams.get('partner'),
      conflictsOnly: searchParams.get('conflicts') === '1',
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }, [searchParams, tabs, fallback]);
  const update = useCallback(
    (patch: {
      tab?: string;
      search?: string;
      statuses?: string[];
      partnerId?: string | null;
      conflictsOnly?: boolean;
      offset?: number;
    }) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string) =>
          value ? next.set(key, value) : next.delete(key);
        if (patch.tab !== undefined) set('tab', patch.tab === fallback ? '' : patch.tab);
        if (patch.search !== undefined) set('q', patch.search.trim());
        if (patch.statuses !== undefined) set('status', patch.statuses.join(','));
        if (patch.partnerId !== undefined) set('partner', patch.partnerId ?? '');
        if (patch.conflictsOnly !== undefined) set('conflicts', patch.conflictsOnly ? '1' : '');
        set('offset', patch.offset ? String(patch.offset) : '');
        return next;
      }),
    [setSearchParams, fallback],
  );
  return [params, update] as const;
}

/** Deal registrations by role: partners' own deals, approvers' queue and every registration. */
export function DealsPage() {
  const access = useDealAccess();
  const tabs = useMemo(() => dealTabsFor(access.viewer), [access.viewer]);
  const fallback = defaultDealTab(access.viewer);
  const [params, update] = useListParams(tabs, fallback);
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );
  const current = tabs.find((t) => t.value === params.tab) ?? tabs[0];
  const queue = current?.view === 'QUEUE';

  const filter: DealFilterInput = { view: current?.view ?? 'ALL' };
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.statuses.length && !queue) filter.statuses = params.statuses;
  if (access.isVendor && params.partnerId) filter.partnerId = params.partnerId;
  if (access.isVendor && params.conflictsOnly) filter.conflictsOnly = true;
  const filtered = Object.keys(filter).length > 1;
  const list = useQuery(DealListDocument, {
    variables: { filter, page: { offset: params.offset, limit: PAGE_SIZE } },
  });
  const { refetch } = list;
  useRegistrationDecisionsLive(useCallback(() => void refetch().catch(() => undefined), [refetch]));
  const partners = useQuery(DealPartnerOptionsDocument, { skip: !access.isVendor });
  const partnerOptions = (partners.data?.partners.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));
  const page = (list.data ?? list.previousData)?.dealRegistrations;

  return (
    <>
      <PageHeader
        title="Deals"
        description={
          access.isVendor
            ? 'Deal registrations from your partners: decide them in time and see who holds which customer.'
            : 'Register the deals you work so the customer is protected for you, and follow each decision.'
        }
        actions={
          <>
            <Button
              variant="default"
              component="a"
              href={csvExportHref('/api/exports/registrations.csv', {
                view: filter.view,
                status: filter.statuses ?? undefined,
                partnerId: filter.partnerId,
                search: filter.search,
                conflictsOnly: filter.conflictsOnly,
              })}
              download
              leftSection={<IconDownload size={16} />}
              data-testid="deals-export-csv"
            >
              Export CSV
            </Button>
            {access.canManage && (
              <Button
                variant="subtle"
                component={Link}
                to="/deal-settings"
                leftSection={<IconSettings size={16} />}
              >
                Registration settings
              </Button>
            )}
            {access.canRegister && (
              <Button component={Link} to="/deals/new" leftSection={<IconPlus size={16} />}>
                Register deal
              </Button>
            )}
          </>
        }
      />
      {tabs.length > 1 && (
        <Tabs value={current?.value} onChange={(tab) => tab && update({ tab })} keepMounted={false}>
          <Tabs.List mb="sm">
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value} data-testid={`deal-tab-${t.value}`}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="deal-tab-description">
          {current?.description}
        </Text>
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: access.isVendor ? 4 : 2 }} spacing="sm">
            <TextInput
              label="Search"
              placeholder="Company, domain or DR number"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            {!queue && (
              <MultiSelect
                label="Status"
                placeholder={params.statuses.length ? undefined : 'Any status'}
                data={STATUS_OPTIONS}
                value={params.statuses}
                onChange={(statuses) => update({ statuses })}
                clearable
              />
            )}
            {access.isVendor && (
              <Select
                label="Partner"
                placeholder="Any partner"
                data={partnerOptions}
                value={params.partnerId}
                onChange={(partnerId) => update({ partnerId })}
                searchable
                clearable
              />
            )}
            {access.isVendor && (
              <Checkbox
                label="Only registrations with conflicts"
                checked={params.conflictsOnly}
                onChange={(e) => update({ conflictsOnly: e.currentTarget.checked })}
                style={{ alignSelf: 'end' }}
                mb={8}
              />
            )}
          </SimpleGrid>
        </Paper>
        {list.error && !page ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !page ? (
          <TableSkeleton rows={6} />
        ) : page.items.length === 0 ? (
          <EmptyState
            title={filtered ? 'No registrations match' : emptyTitle(current?.value ?? 'all')}
            description={
              filtered
                ? 'Try a different search or clear the filters.'
                : emptyDescription(current?.value ?? 'all', access.canRegister)
            }
            action={
              filtered ? (
                <Button
                  variant="default"
                  onClick={() =>
                    update({
                      search: '',
                      statuses: [],
                      partnerId: null,
                      conflictsOnly: false,
                      offset: 0,
                    })
                  }
                >
                  Clear filters
                </Button>
              ) : (
                access.canRegister && (
                  <Button component={Link} to="/deals/new" leftSection={<IconPlus size={16} />}>
                    Register deal
                  </Button>
                )
              )
            }
          />
        ) : (
          <DealTable
            deals={page.items}
            vendor={access.isVendor}
            showRegistrant={!access.isVendor && access.viewer.role !== Role.PARTNER_SALES_REP}
            dimmed={list.loading}
          />
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
    </>
  );
}

function emptyTitle(tab: DealTab): string {
  if (tab === 'queue') return 'Nothing waiting for a decision';
  if (tab === 'mine') return 'No deals registered yet';
  return 'No registrations yet';
}

function emptyDescription(tab: DealTab, canRegister: boolean): string {
  if (tab === 'queue') return 'Submitted registrations appear here with the time left to decide.';
  if (canRegister)
    return 'Register a deal to claim the customer: the vendor decides within a business day.';
  return 'Registrations appear here once partners submit them.';
}

function DealTable({
  deals,
  vendor,
  showRegistrant,
  dimmed,
}: {
  deals: DealListFieldsFragment[];
  vendor: boolean;
  showRegistrant: boolean;
  dimmed: boolean;
}) {
  return (
    <Paper withBorder radius="md" style={{ opacity: dimmed ? 0.6 : 1 }}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="deal-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              {(vendor || showRegistrant) && (
                <Table.Th>{vendor ? 'Partner' : 'Registered by'}</Table.Th>
              )}
              <Table.Th>Deadline</Table.Th>
              <Table.Th>Submitted</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deals.map((d) => (
              <Table.Tr
                key={d.id}
                data-testid="deal-row"
                data-deal-id={d.id}
                data-reference={d.reference}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/deals/${d.id}`} fw={500}>
                    {d.companyName}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {d.reference}
                    {d.domain ? ` · ${d.domain}` : ''} · {d.country}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <DealStatusBadge status={d.status} />
                    {vendor && d.hasConflicts && <ConflictBadge />}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="deal-amount">
                  {formatMoney(d.amount, d.currency)}
                </Table.Td>
                {(vendor || showRegistrant) && (
                  <Table.Td>
                    <Text size="sm">{vendor ? (d.partnerName ?? '—') : d.registeredByLabel}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <DeadlineCell deal={d} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.submittedAt ? formatDate(d.submittedAt) : 'Not yet'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function DeadlineCell({ deal }: { deal: DealListFieldsFragment }) {
  if (deal.status === DealStatus.SUBMITTED && deal.decisionDueAt)
    return <DecisionCountdown dueAt={deal.decisionDueAt} overdue={deal.decisionOverdue} />;
  if (deal.status === DealStatus.APPROVED && deal.expiresAt)
    return <ProtectionCountdown expiresAt={deal.expiresAt} />;
  if (deal.closedAt)
    return (
      <Text size="sm" c="dimmed">
        Closed {formatDateTime(deal.closedAt)}
      </Text>
    );
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}
