import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  formatDateTime,
} from '@tandem/portal-ui';
import { useState } from 'react';
import { DefinitionVersionsDocument } from '../graphql/definitions.graphql';

const PAGE_SIZE = 10;

/** Published versions, newest first. */
export function VersionHistory({ currentVersion }: { currentVersion: number | null }) {
  const [offset, setOffset] = useState(0);
  const { data, previousData, error, refetch } = useQuery(DefinitionVersionsDocument, {
    variables: { page: { offset, limit: PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.funnelDefinitionVersions;
  if (error && !page) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!page) return <TableSkeleton rows={3} />;
  if (page.items.length === 0)
    return <EmptyState title="No versions yet" description="Published versions appear here." />;
  return (
    <>
      <Stack gap="sm" data-testid="version-history">
        {page.items.map((v) => (
          <Paper key={v.id} withBorder p="md" radius="md" data-testid="version-entry">
            <Group gap="xs" justify="space-between">
              <Text fw={600}>Version {v.number}</Text>
              {v.number === currentVersion && (
                <Badge color="teal" variant="light">
                  Current
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              Published {formatDateTime(v.publishedAt)}
              {v.publishedByLabel ? ` by ${v.publishedByLabel}` : ''}
            </Text>
            <Text size="sm" mt={4}>
              {v.changeNote || (
                <Text span c="dimmed" size="sm">
                  No change note.
                </Text>
              )}
            </Text>
          </Paper>
        ))}
      </Stack>
      <PaginationBar
        offset={page.offset}
        limit={page.limit}
        totalCount={page.totalCount}
        onOffsetChange={setOffset}
      />
    </>
  );
}
