import { Group, Pagination, Text } from '@mantine/core';

export interface PaginationBarProps {
  offset: number;
  limit: number;
  totalCount: number;
  onOffsetChange: (offset: number) => void;
}

/** "x–y of N" plus page buttons for the API's offset pages. */
export function PaginationBar({ offset, limit, totalCount, onOffsetChange }: PaginationBarProps) {
  if (totalCount === 0) return null;
  const from = Math.min(offset + 1, totalCount);
  const to = Math.min(offset + limit, totalCount);
  const pages = Math.max(1, Math.ceil(totalCount / limit));
  const page = Math.floor(offset / limit) + 1;
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" data-testid="page-range">
        {from}–{to} of {totalCount}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(next) => onOffsetChange((next - 1) * limit)}
          getControlProps={(control) => ({
            'aria-label':
              control === 'next'
                ? 'Next page'
                : control === 'previous'
                  ? 'Previous page'
                  : undefined,
          })}
        />
      )}
    </Group>
  );
}
