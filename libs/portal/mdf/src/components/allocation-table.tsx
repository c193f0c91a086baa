import { useQuery } from '@apollo/client/react';
import { ActionIcon, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { MdfAllocationsDocument } from '../graphql/mdf.graphql';
import { formatMoney } from '../lib/money';

const COLUMNS = [
  ['allocated', 'Allocated'],
  ['reserved', 'Reserved'],
  ['claimed', 'Claimed'],
  ['paid', 'Paid'],
  ['remaining', 'Remaining'],
] as const;

/** A budget per partner (channel managers: their partners), with what each has used. */
export function AllocationTable({
  budgetId,
  canManage,
  onChange,
}: {
  budgetId: string;
  canManage: boolean;
  /** Change one partner's allocation. */
  onChange: (row: { partnerId: string; allocated: string }) => void;
}) {
  const allocations = useQuery(MdfAllocationsDocument, { variables: { budgetId } });
  const rows = allocations.data?.mdfAllocations ?? [];

  if (allocations.error && !allocations.data)
    return (
      <ErrorAlert
        error={allocations.error}
        title="Could not load the allocations"
        onRetry={() => void allocations.refetch()}
      />
    );
  if (!allocations.data) return <TableSkeleton rows={2} />;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {canManage
          ? 'Not allocated to any partner yet.'
          : 'None of your partners has an allocation in this budget.'}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} striped highlightOnHover data-testid="allocation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Partner</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key} ta="right">
                {label}
              </Table.Th>
            ))}
            {canManage && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.allocationId}
              data-testid="allocation-row"
              data-partner={row.partnerName}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.partnerName}
                </Text>
              </Table.Td>
              {COLUMNS.map(([key]) => (
                <Table.Td key={key} ta="right" data-column={key}>
                  <Text size="sm" fw={key === 'remaining' ? 600 : undefined}>
                    {formatMoney(row[key])}
                  </Text>
                </Table.Td>
              ))}
              {canManage && (
                <Table.Td ta="right">
                  <Tooltip label="Change allocation">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Change ${row.partnerName}’s allocation`}
                      onClick={() =>
                        onChange({ partnerId: row.partnerId, allocated: row.allocated })
                      }
                    >
                      <IconEdit size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
