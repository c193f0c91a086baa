import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconMessageCircle, IconPlus, IconSearch } from '@tabler/icons-react';
import { PersonaStatus } from '@tandem/shared-domain';
import type { PersonaFilterInput } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  formatDate,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PersonaLibraryDocument } from '../graphql/personas.graphql';
import { usePersonaAccess } from '../hooks/use-persona-access';
import { PERSONA_STATUS_LABELS, PersonaStatusBadge } from './persona-badges';

export const LIBRARY_PAGE_SIZE = 12;

const STATUS_OPTIONS = Object.values(PersonaStatus).map((s) => ({
  value: s,
  label: PERSONA_STATUS_LABELS[s],
}));

function useLibraryParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const offset = Number(searchParams.get('offset') ?? 0);
    return {
      search: searchParams.get('q') ?? '',
      statuses: (searchParams.get('status') ?? '')
        .split(',')
        .filter((s): s is PersonaStatus => Object.values<string>(PersonaStatus).includes(s)),
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }, [searchParams]);
  const update = useCallback(
    (patch: { search?: string; statuses?: PersonaStatus[]; offset?: number }) =>
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

/** The persona library: every persona the user may see, as cards. */
export function PersonaLibrary() {
  const { canManage } = usePersonaAccess();
  const [params, update] = useLibraryParams();
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );
  const filter: PersonaFilterInput = {};
  if (params.search.trim()) filter.search = params.search.trim();
  if (canManage && params.statuses.length) filter.statuses = params.statuses;
  const filtered = Object.keys(filter).length > 0;

  const { data, previousData, loading, error, refetch } = useQuery(PersonaLibraryDocument, {
    variables: {
      filter,
      page: { offset: params.offset, limit: LIBRARY_PAGE_SIZE },
      manage: canManage,
    },
  });
  const page = (data ?? previousData)?.personas;

  return (
    <>
      <PageHeader
        title="Personas"
        description="Who we sell to: the buyer personas vendor and partners share and improve together."
        actions={
          canManage && (
            <Button component={Link} to="/personas/new" leftSection={<IconPlus size={16} />}>
              New persona
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: canManage ? 2 : 1 }} spacing="sm">
          <TextInput
            label="Search"
            placeholder="Name, summary or job title"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          {canManage && (
            <MultiSelect
              label="Status"
              placeholder={params.statuses.length ? undefined : 'Any status'}
              data={STATUS_OPTIONS}
              value={params.statuses}
              onChange={(statuses) => update({ statuses: statuses as PersonaStatus[] })}
              clearable
            />
          )}
        </SimpleGrid>
      </Paper>

      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={6} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No personas match' : 'No personas yet'}
          description={
            filtered
              ? 'Try a different search or clear the status filter.'
              : canManage
                ? 'Create the first persona and publish it to share it with partners.'
                : 'Personas appear here once the vendor publishes them.'
          }
          action={
            filtered ? (
              <Button variant="default" onClick={() => update({ search: '', statuses: [] })}>
                Clear filters
              </Button>
            ) : (
              canManage && (
                <Button component={Link} to="/personas/new" leftSection={<IconPlus size={16} />}>
                  New persona
                </Button>
              )
            )
          }
        />
      ) : (
        <>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            data-testid="persona-list"
            style={{ opacity: loading ? 0.6 : 1 }}
          >
            {page.items.map((p) => {
              // Managers see their working copy for personas that were never published.
              const content = p.published ?? p.draft;
              return (
                <Card key={p.id} withBorder radius="md" padding="lg" data-testid="persona-card">
                  <Stack gap="xs" h="100%">
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                      <Anchor
                        component={Link}
                        to={`/personas/${p.id}`}
                        fw={600}
                        size="lg"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {p.name}
                      </Anchor>
                      {canManage && <PersonaStatusBadge status={p.status} />}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {p.publishedVersion
                        ? `Version ${p.publishedVersion} · ${formatDate(p.publishedAt)}`
                        : 'Not published yet'}
                      {canManage && p.hasUnpublishedChanges && p.publishedVersion
                        ? ' · unpublished changes'
                        : ''}
                    </Text>
                    <Text size="sm" lineClamp={3}>
                      {content?.summary || (
                        <Text span c="dimmed" size="sm">
                          No summary yet.
                        </Text>
                      )}
                    </Text>
                    {content && content.jobTitles.length > 0 && (
                      <Group gap={6}>
                        {content.jobTitles.slice(0, 3).map((title) => (
                          <Badge key={title} variant="outline" color="gray" tt="none">
                            {title}
                          </Badge>
                        ))}
                        {content.jobTitles.length > 3 && (
                          <Text size="xs" c="dimmed">
                            +{content.jobTitles.length - 3} more
                          </Text>
                        )}
                      </Group>
                    )}
                    {p.openProposalCount > 0 && (
                      <Group gap={4} mt="auto">
                        <IconMessageCircle size={14} />
                        <Text size="xs" c="dimmed">
                          {p.openProposalCount} open proposal
                          {p.openProposalCount === 1 ? '' : 's'}
                        </Text>
                      </Group>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        </>
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
