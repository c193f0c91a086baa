import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/portal-ui';
import { Link } from 'react-router';
import { CampaignFeedDocument } from '../graphql/campaigns.graphql';
import { CampaignCard } from './campaign-card';

/** Home page: the next few live or upcoming campaigns for the user's partner. */
export function CampaignFeedWidget() {
  const { data, loading, error, refetch } = useQuery(CampaignFeedDocument, {
    variables: { page: { offset: 0, limit: 3 } },
  });
  const items = data?.campaignFeed.items;
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="campaigns-this-week"
      data-testid="campaign-widget"
    >
      <Group justify="space-between" gap="xs">
        <Title order={3} id="campaigns-this-week">
          Campaigns this week
        </Title>
        <Anchor component={Link} to="/campaigns" size="sm">
          All campaigns
        </Anchor>
      </Group>
      {error && !items ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !items ? (
        <Skeleton height={120} aria-label="Loading" />
      ) : !items || items.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            No live or upcoming campaigns for you right now.
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {items.map((c) => (
            <CampaignCard key={c.id} campaign={c} compact />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
