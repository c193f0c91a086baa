import { Group, Paper, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

/** The filters above an analytics view, with its downloads on the right. */
export function AnalyticsToolbar({
  children,
  actions,
  columns = 4,
}: {
  children: ReactNode;
  actions?: ReactNode;
  columns?: number;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: Math.min(columns, 3), xl: columns }}
        spacing="sm"
        verticalSpacing="sm"
      >
        {children}
      </SimpleGrid>
      {actions && (
        <Group justify="flex-end" gap="xs" mt="sm">
          {actions}
        </Group>
      )}
    </Paper>
  );
}
