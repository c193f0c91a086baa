import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
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
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus, IconRoute, IconSearch } from '@tabler/icons-react';
import type { LeadFilterInput, LeadListFieldsFragment } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  csvExportHref,
  formatDateTime,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { LEAD_SOURCE_LABELS, LeadSource, LeadStage, OfferStatus } from '@tandem/shared-domain';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LeadListDocument, LeadPartnerOptionsDocument } from '../graphql/leads.graphql';
import { useLeadAccess } from '../hooks/use-lead-access';
import { useLeadOffersLive } from '../hooks/use-lead-offers-live';
import { defaultLeadTab, leadTabsFor, type LeadTab, type LeadTabOption } from '../lib/lead-access';
import { holderLabel, stageShortLabel } from '../lib/lead-status';
import { HotBadge, LeadCountdown, LeadHandoffBadge, LeadStageBadge } from './lead-badges';
import { LeadFormModal } from './lead-form';

const PAGE_SIZE = 25;
const STAGE_OPTIONS = Object.values(LeadStage).map((s) => ({
  value: s,
  label: stageShortLabel(s),
}));
const SOURCE_OPTIONS = Object.values(LeadSource).map((s) => ({
  value: s,
  label: LEAD_SOURCE_LABELS[s],
}));

const listOf = <T extends string>(raw: string | null, allowed: readonly string[]) =>
  (raw ?? '').split(',').filter((s): s is T => allowed.includes(s));

function useListParams(tabs: LeadTabOption[], fallback: LeadTab) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const offset = Number(searchParams.get('offset') ?? 0);
    const requested = searchParams.get('tab');
    return {
      tab: tabs.find((t) => t.value === requested)?.value ?? fallback,
      search: searchParams.get('q') ?? '',
      stages: listOf<LeadStage>(searchParams.get('stage'), Object.values(LeadStage)),
      sources: listOf<LeadSource>(searchParams.get('source'), Object.values(LeadSource)),
      partnerId: searchParams.get('partner'),
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }, [searchParams, tabs, fallback]);
  const update = useCallback(
    (patch: {
      tab?: string;
      search?: string;
      stages?: string[];
      sources?: string[];
      partnerId?: string | null;
      offset?: number;
    }) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string) =>
          value ? next.set(key, value) : next.delete(key);
        if (patch.tab !== undefined) set('tab', patch.tab === fallback ? '' : patch.tab);
        if (patch.search !== undefined) set('q', patch.search.trim());
        if (patch.stages !== undefined) set('stage', patch.stages.join(','));
        if (patch.sources !== undefined) set('source', patch.sources.join(','));
        if (patch.partnerId !== undefined) set('partner', patch.partnerId ?? '');
        set('offset', patch.offset ? String(patch.offset) : '');
        return next;
      }),
    [setSearchParams, fallback],
  );
  return [params, update] as const;
}

/** Leads by view (inbox, working, all, and the role's queues), with search and filters. */
export function LeadsPage() {
  const access = useLeadAccess();
  const navigate = useNavigate();
  const tabs = useMemo(() => leadTabsFor(access.viewer), [access.viewer]);
  const fallback = defaultLeadTab(access.viewer);
  const [params, update] = useListParams(tabs, fallback);
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );
  const [creating, createModal] = useDisclosure(false);
  const current = tabs.find((t) => t.value === params.tab) ?? tabs[0];

  const filter: LeadFilterInput = { view: current.view };
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.stages.length) filter.stages = params.stages;
  if (params.sources.length) filter.sources = params.sources;
  if (access.isVendor && params.partnerId) filter.partnerId = params.partnerId;
  const filtered = Object.keys(filter).length > 1;
  const list = useQuery(LeadListDocument, {
    variables: { filter, page: { offset: params.offset, limit: PAGE_SIZE } },
  });
  const { refetch } = list;
  useLeadOffersLive(
    !access.isVendor,
    useCallback(() => void refetch().catch(() => undefined), [refetch]),
  );
  const partners = useQuery(LeadPartnerOptionsDocument, { skip: !access.isVendor });
  const partnerOptions = (partners.data?.partners.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));
  const page = (list.data ?? list.previousData)?.leads;

  return (
    <>
      <PageHeader
        title="Leads"
        description={
          access.isVendor
            ? 'Every lead in the program, where it stands and who has to act next.'
            : 'Your organisation’s leads, the offers waiting for an answer and the leads being worked.'
        }
        actions={
          <>
            {access.canManageRouting && (
              <Button
                variant="subtle"
                component={Link}
                to="/lead-routing"
                leftSection={<IconRoute size={16} />}
              >
                Routing and SLAs
              </Button>
            )}
            <Button
              variant="default"
              component="a"
              href={csvExportHref('/api/exports/leads.csv', {
                view: filter.view,
                stage: filter.stages ?? undefined,
                source: filter.sources ?? undefined,
                partnerId: filter.partnerId,
                search: filter.search,
              })}
              download
              leftSection={<IconDownload size={16} />}
              data-testid="leads-export-csv"
            >
              Export CSV
            </Button>
            {access.canImport && (
              <Button
                variant="default"
                component={Link}
                to="/leads/import"
                leftSection={<IconFileImport size={16} />}
              >
                Import CSV
              </Button>
            )}
            {access.canCreate && (
              <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
                New lead
              </Button>
            )}
          </>
        }
      />
      <Tabs value={current.value} onChange={(tab) => tab && update({ tab })} keepMounted={false}>
        <Tabs.List mb="sm">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} data-testid={`lead-tab-${t.value}`}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="lead-tab-description">
          {current.description}
        </Text>
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: access.isVendor ? 4 : 3 }} spacing="sm">
            <TextInput
              label="Search"
              placeholder="Name, email or company"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <MultiSelect
              label="Stage"
              placeholder={params.stages.length ? undefined : 'Any stage'}
              data={STAGE_OPTIONS}
              value={params.stages}
              onChange={(stages) => update({ stages })}
              clearable
            />
            <MultiSelect
              label="Source"
              placeholder={params.sources.length ? undefined : 'Any source'}
              data={SOURCE_OPTIONS}
              value={params.sources}
              onChange={(sources) => update({ sources })}
              clearable
            />
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
          </SimpleGrid>
        </Paper>
        {list.error && !page ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !page ? (
          <TableSkeleton rows={6} />
        ) : page.items.length === 0 ? (
          <EmptyState
            title={filtered ? 'No leads match' : emptyTitle(current.value)}
            description={
              filtered
                ? 'Try a different search or clear the filters.'
                : emptyDescription(current.value)
            }
            action={
              filtered && (
                <Button
                  variant="default"
                  onClick={() =>
                    update({ search: '', stages: [], sources: [], partnerId: null, offset: 0 })
                  }
                >
                  Clear filters
                </Button>
              )
            }
          />
        ) : (
          <LeadTable
            leads={page.items}
            tab={current.value}
            showPartner={access.isVendor}
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
      <LeadFormModal
        opened={creating}
        onClose={createModal.close}
        onSaved={(lead) => {
          createModal.close();
          void navigate(`/leads/${lead.id}`);
        }}
      />
    </>
  );
}

function emptyTitle(tab: LeadTab): string {
  switch (tab) {
    case 'inbox':
      return 'Nothing waiting for an answer';
    case 'working':
      return 'No leads being worked';
    case 'pool':
      return 'The pool is empty';
    case 'manual':
      return 'Nothing to assign by hand';
    case 'partner-queue':
      return 'No leads waiting for a rep';
    default:
      return 'No leads yet';
  }
}

function emptyDescription(tab: LeadTab): string {
  switch (tab) {
    case 'inbox':
      return 'New offers appear here with the time left to accept or reject them.';
    case 'working':
      return 'Accepted leads appear here until they are won, lost or disqualified.';
    case 'pool':
      return 'Vendor leads that are not MQLs yet wait here until they qualify.';
    case 'manual':
      return 'Leads that no routing rule could place appear here.';
    case 'partner-queue':
      return 'Leads appear here when every rep passed on them or none is active.';
    default:
      return 'Create a lead or import a CSV file to get started.';
  }
}

function LeadTable({
  leads,
  tab,
  showPartner,
  dimmed,
}: {
  leads: LeadListFieldsFragment[];
  tab: LeadTab;
  showPartner: boolean;
  dimmed: boolean;
}) {
  const timeColumn =
    tab === 'inbox' ? 'Answer' : tab === 'working' ? 'First contact' : 'Stage changed';
  return (
    <Paper withBorder radius="md" style={{ opacity: dimmed ? 0.6 : 1 }}>
      <Table.ScrollContainer minWidth={980}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="lead-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Contact</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>{showPartner ? 'With' : 'Hand-off'}</Table.Th>
              <Table.Th>{timeColumn}</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th ta="right">MQL score</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leads.map((l) => (
              <Table.Tr key={l.id} data-testid="lead-row" data-lead-id={l.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/leads/${l.id}`} fw={500}>
                    {l.contactName}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {l.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{l.company || '—'}</Text>
                  {l.title && (
                    <Text size="xs" c="dimmed">
                      {l.title}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <LeadStageBadge stage={l.stage} />
                    <HotBadge priority={l.priority} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <LeadHandoffBadge handoff={l.handoff} />
                    {(l.partnerName || l.assignedUserName) && (
                      <Text size="xs" c="dimmed" data-testid="lead-holder">
                        {showPartner
                          ? holderLabel(l.partnerName, l.assignedUserName)
                          : (l.assignedUserName ?? 'No rep yet')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <TimeCell lead={l} tab={tab} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{LEAD_SOURCE_LABELS[l.source]}</Text>
                </Table.Td>
                <Table.Td ta="right">{l.mqlScore ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function TimeCell({ lead, tab }: { lead: LeadListFieldsFragment; tab: LeadTab }) {
  const offer = lead.currentOffer;
  if (tab === 'inbox' && offer?.status === OfferStatus.PENDING)
    return <LeadCountdown dueAt={offer.acceptDueAt} />;
  if (tab === 'working' && offer?.status === OfferStatus.ACCEPTED) {
    if (offer.contactedAt)
      return (
        <Badge color="teal" variant="light">
          Contacted
        </Badge>
      );
    return <LeadCountdown dueAt={offer.contactDueAt} />;
  }
  return <Text size="sm">{formatDateTime(lead.stageChangedAt)}</Text>;
}
