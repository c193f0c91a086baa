import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/portal-ui';
import { ContentKitsDocument } from '../graphql/content.graphql';
import { KitCard } from './kit-card';

/** "Kits for this persona", for the persona page. */
export function PersonaKits({ personaId }: { personaId: string }) {
  const { data, loading, error, refetch } = useQuery(ContentKitsDocument, {
    variables: { personaId, page: { offset: 0, limit: 12 } },
  });
  const kits = data?.contentKits.items;
  return (
    <Stack gap="sm" data-testid="persona-kits" component="section" aria-labelledby="persona-kits">
      <Title order={3} id="persona-kits">
        Kits for this persona
      </Title>
      {error && !kits ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !kits ? (
        <Skeleton height={120} aria-label="Loading" />
      ) : !kits || kits.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            No kits for this persona yet.
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {kits.map((kit) => (
            <KitCard key={kit.id} kit={kit} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
