import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { ContentKitsDocument } from '../graphql/content.graphql';
import { useContentAccess } from '../hooks/use-content-access';
import { KitCard } from './kit-card';

export const KIT_PAGE_SIZE = 12;

export function KitList() {
  const { canManage } = useContentAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const offset = Math.max(0, Number(searchParams.get('offset') ?? 0) || 0);
  const setParams = (q: string, nextOffset: number) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (q.trim()) next.set('q', q.trim());
      else next.delete('q');
      if (nextOffset) next.set('offset', String(nextOffset));
      else next.delete('offset');
      return next;
    });
  const [search, setSearch] = useDebouncedSearch(query, (value) => setParams(value, 0));
  const { data, previousData, loading, error, refetch } = useQuery(ContentKitsDocument, {
    variables: { search: query.trim() || null, page: { offset, limit: KIT_PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.contentKits;

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <Paper withBorder p="md" radius="md" style={{ flex: '1 1 280px' }}>
          <TextInput
            label="Search kits"
            placeholder="Kit name or description"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        </Paper>
        {canManage && (
          <Button component={Link} to="/content/kits/new" leftSection={<IconPlus size={16} />}>
            New kit
          </Button>
        )}
      </Group>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={4} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={query ? 'No kits match' : 'No kits yet'}
          description={
            query
              ? 'Try a different search.'
              : canManage
                ? 'Bundle assets for a persona or a campaign into a kit partners download in one click.'
                : 'Kits appear here once the vendor puts them together.'
          }
        />
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          data-testid="kit-list"
          style={{ opacity: loading ? 0.6 : 1 }}
        >
          {page.items.map((kit) => (
            <KitCard key={kit.id} kit={kit} />
          ))}
        </SimpleGrid>
      )}
      {page && (
        <PaginationBar
          offset={page.offset}
          limit={page.limit}
          totalCount={page.totalCount}
          onOffsetChange={(next) => setParams(query, next)}
        />
      )}
    </>
  );
}
