import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import type { NavArea } from '@tandem/shared-domain';
import { UPCOMING_DESCRIPTIONS } from '../app/navigation';

/** An honest placeholder for areas that are planned but not built yet. */
export function UpcomingPage({ area }: { area: NavArea }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="sm">
        <Badge variant="light" color="gray" w="fit-content">
          Coming soon
        </Badge>
        <Title order={2}>{area.label} arrives in a coming release</Title>
        <Text c="dimmed">{UPCOMING_DESCRIPTIONS[area.key] ?? ''}</Text>
      </Stack>
    </Paper>
  );
}
