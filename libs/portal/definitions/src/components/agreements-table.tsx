import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { EmptyState, ErrorAlert, PaginationBar, TableSkeleton } from '@tandem/portal-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { DefinitionAgreementsDocument } from '../graphql/definitions.graphql';

export const AGREEMENTS_PAGE_SIZE = 25;

function VersionCell({
  version,
  current,
}: {
  version: number | null | undefined;
  current: number | null;
}) {
  if (version == null)
    return (
      <Badge color="gray" variant="light" tt="none" data-current="false">
        Not agreed
      </Badge>
    );
  const isCurrent = current != null && version === current;
  return (
    <Badge
      color={isCurrent ? 'teal' : 'orange'}
      variant="light"
      tt="none"
      data-current={String(isCurrent)}
    >
      Version {version}
      {isCurrent ? ' (current)' : ''}
    </Badge>
  );
}

/** Vendor staff: which version each partner's marketing and sales sides agreed to. */
export function AgreementsTable({ currentVersion }: { currentVersion: number | null }) {
  const [missingOnly, setMissingOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(DefinitionAgreementsDocument, {
    variables: { missingOnly, page: { offset, limit: AGREEMENTS_PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.definitionAgreements;

  return (
    <>
      <Paper withBorder p="md" radius="md" mb="md">
        <Switch
          label="Only partners not yet agreed to the current version"
          checked={missingOnly}
          onChange={(e) => {
            setMissingOnly(e.currentTarget.checked);
            setOffset(0);
          }}
        />
      </Paper>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={5} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={missingOnly ? 'Every partner has agreed' : 'No partners yet'}
          description={
            missingOnly
              ? 'All partners you work with agreed to the current version on both sides.'
              : 'Partners appear here once they are in the directory.'
          }
        />
      ) : (
        <>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <Table.ScrollContainer minWidth={560}>
            <Table
              striped
              highlightOnHover
              data-testid="agreements-table"
              style={{ opacity: loading ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Marketing</Table.Th>
                  <Table.Th>Sales</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((row) => (
                  <Table.Tr key={row.partnerId} data-testid="agreement-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${row.partnerId}`} size="sm">
                        {row.partnerName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td data-testid="agreement-marketing">
                      <VersionCell version={row.marketingVersion} current={currentVersion} />
                    </Table.Td>
                    <Table.Td data-testid="agreement-sales">
                      <VersionCell version={row.salesVersion} current={currentVersion} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group>
            <Text size="xs" c="dimmed">
              {currentVersion
                ? `Current version: ${currentVersion}.`
                : 'No version is published yet.'}
            </Text>
          </Group>
        </>
      )}
      {page && (
        <PaginationBar
          offset={page.offset}
          limit={page.limit}
          totalCount={page.totalCount}
          onOffsetChange={setOffset}
        />
      )}
    </>
  );
}
