import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Collapse,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileImport, IconFilter, IconPlus, IconSearch } from '@tabler/icons-react';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  PartnerStatusBadge,
  TableSkeleton,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  ChannelManagersDocument,
  PartnerDirectoryDocument,
  ProgramOptionsDocument,
} from '../graphql/partners.graphql';
import {
  DIRECTORY_PAGE_SIZE,
  SORT_OPTIONS,
  toPartnerFilter,
  useDirectoryParams,
} from '../hooks/use-directory-params';
import { REGION_OPTIONS, STATUS_OPTIONS, regionLabel } from '../lib/options';

export function PartnerDirectory() {
  const me = useCurrentUser();
  const canCreate = hasPermission(me.role, Permission.PartnerCreate);
  const canFilterByManager = hasPermission(me.role, Permission.UserRead);
  const [params, update] = useDirectoryParams();
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );

  const { data, previousData, loading, error, refetch } = useQuery(PartnerDirectoryDocument, {
    variables: {
      filter: toPartnerFilter(params),
      page: { offset: params.offset, limit: DIRECTORY_PAGE_SIZE },
      sort: params.sort,
    },
  });
  const options = useQuery(ProgramOptionsDocument);
  const managers = useQuery(ChannelManagersDocument, { skip: !canFilterByManager });

  const page = (data ?? previousData)?.partners;
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const [showFilters, setShowFilters] = useState(false);
  const filtersVisible = !compact || showFilters;
  const activeFilters = [
    params.tierIds,
    params.typeIds,
    params.regions,
    params.statuses,
    params.channelManagerIds,
  ].filter((list) => list.length > 0).length;
  const filtered = Object.keys(toPartnerFilter(params)).length > 0;

  return (
    <>
      <PageHeader
        title="Partners"
        description={
          me.partnerId
            ? 'Your organisation in the partner program.'
            : 'Every partner in the program.'
        }
        actions={
          canCreate && (
            <>
              <Button
                variant="default"
                component={Link}
                to="/partners/import"
                leftSection={<IconFileImport size={16} />}
              >
                Import partners
              </Button>
              <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} />}>
                New partner
              </Button>
            </>
          )
        }
      />
      {/* Partner users only ever see their own partner, so filters would be noise. */}
      {!me.partnerId && (
        <Paper withBorder p="md" radius="md" mb="md">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label="Search"
              placeholder="Name, legal name or domain"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            {compact && (
              <Button
                variant="default"
                leftSection={<IconFilter size={16} />}
                onClick={() => setShowFilters((v) => !v)}
                aria-expanded={filtersVisible}
              >
                Filters{activeFilters ? ` (${activeFilters})` : ''}
              </Button>
            )}
          </Group>
          <Collapse expanded={filtersVisible}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="sm">
              <MultiSelect
                label="Tier"
                placeholder={params.tierIds.length ? undefined : 'Any tier'}
                data={(options.data?.tiers ?? []).map((t) => ({ value: t.id, label: t.name }))}
                value={params.tierIds}
                onChange={(tierIds) => update({ tierIds })}
                clearable
              />
              <MultiSelect
                label="Type"
                placeholder={params.typeIds.length ? undefined : 'Any type'}
                data={(options.data?.partnerTypes ?? []).map((t) => ({
                  value: t.id,
                  label: t.name,
                }))}
                value={params.typeIds}
                onChange={(typeIds) => update({ typeIds })}
                clearable
              />
              <MultiSelect
                label="Region"
                placeholder={params.regions.length ? undefined : 'Any region'}
                data={REGION_OPTIONS}
                value={params.regions}
                onChange={(regions) => update({ regions })}
                clearable
              />
              <MultiSelect
                label="Status"
                placeholder={params.statuses.length ? undefined : 'Any status'}
                data={STATUS_OPTIONS}
                value={params.statuses}
                onChange={(statuses) => update({ statuses: statuses as typeof params.statuses })}
                clearable
              />
              {canFilterByManager && (
                <MultiSelect
                  label="Channel manager"
                  placeholder={params.channelManagerIds.length ? undefined : 'Anyone'}
                  data={(managers.data?.channelManagers ?? []).map((u) => ({
                    value: u.id,
                    label: u.name,
                  }))}
                  value={params.channelManagerIds}
                  onChange={(channelManagerIds) => update({ channelManagerIds })}
                  searchable
                  clearable
                />
              )}
              <Select
                label="Sort by"
                data={SORT_OPTIONS}
                value={params.sort}
                onChange={(sort) => sort && update({ sort: sort as typeof params.sort })}
                allowDeselect={false}
              />
            </SimpleGrid>
          </Collapse>
        </Paper>
      )}

      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={8} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No partners match these filters' : 'No partners yet'}
          description={
            filtered
              ? 'Try a different search or clear some filters.'
              : canCreate
                ? 'Add the first partner to start the program.'
                : 'Partners will appear here once they are added.'
          }
          action={
            filtered && (
              <Button
                variant="default"
                onClick={() =>
                  update({
                    search: '',
                    tierIds: [],
                    typeIds: [],
                    regions: [],
                    statuses: [],
                    channelManagerIds: [],
                  })
                }
              >
                Clear filters
              </Button>
            )
          }
        />
      ) : (
        <Paper withBorder radius="md" style={{ opacity: loading ? 0.6 : 1 }}>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="partner-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Region / country</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Channel manager</Table.Th>
                  <Table.Th ta="right">Users</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="partner-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${p.id}`} fw={600}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.tier.name}</Table.Td>
                    <Table.Td>{p.type.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{regionLabel(p.region)}</Text>
                      <Text size="xs" c="dimmed">
                        {p.countryName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PartnerStatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>
                      {p.channelManager?.name ?? (
                        <Text c="dimmed" size="sm">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{p.userCount}</Table.Td>
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
    </>
  );
}
