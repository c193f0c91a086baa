import { useQuery } from '@apollo/client/react';
import { Code, Paper, Select, Table, Text } from '@mantine/core';
import { graphql } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  formatDateTime,
} from '@tandem/portal-ui';
import { useSearchParams } from 'react-router';

const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilterInput, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        at
        actorLabel
        action
        entityType
        entityId
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Entity types the API writes audit entries for today. */
const ENTITY_TYPES = [
  { value: 'Partner', label: 'Partner' },
  { value: 'User', label: 'User' },
  { value: 'Tier', label: 'Tier' },
  { value: 'PartnerType', label: 'Partner type' },
  { value: 'Program', label: 'Program' },
];

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const entityType = params.get('entityType');
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: {
      filter: entityType ? { entityType } : undefined,
      page: { offset, limit: PAGE_SIZE },
    },
  });
  const page = (data ?? previousData)?.auditLog;
  const set = (patch: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  return (
    <>
      <PageHeader title="Audit log" description="Who did what to which record, newest first." />
      <Paper withBorder p="md" radius="md" mb="md" maw={360}>
        <Select
          label="Entity type"
          placeholder="All entity types"
          data={ENTITY_TYPES}
          value={entityType}
          onChange={(value) => set({ entityType: value, offset: null })}
          clearable
        />
      </Paper>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={10} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title="No audit entries"
          description={
            entityType
              ? 'Nothing recorded for this entity type yet.'
              : 'Nothing has been recorded yet.'
          }
        />
      ) : (
        <Paper withBorder radius="md" style={{ opacity: loading ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Entity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actorLabel}</Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.entityType}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {entry.entityId}
                      </Text>
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
          onOffsetChange={(next) => set({ offset: next ? String(next) : null })}
        />
      )}
    </>
  );
}
