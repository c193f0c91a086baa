import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { PartnerStatus } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import { ErrorAlert, PARTNER_STATUS_LABELS, PartnerStatusBadge } from '@tandem/portal-ui';
import { Link } from 'react-router';
import { PartnerOverviewDocument, PartnerStatusCountsDocument } from '../graphql/partners.graphql';

/** Home-page summary: your own partner for partner users, the program for vendor staff. */
export function PartnerOverview() {
  const me = useCurrentUser();
  return me.partnerId ? <OwnPartnerSummary partnerId={me.partnerId} /> : <ProgramCounts />;
}

function OwnPartnerSummary({ partnerId }: { partnerId: string }) {
  const { data, loading, error, refetch } = useQuery(PartnerOverviewDocument, {
    variables: { id: partnerId },
  });
  if (loading && !data) return <Skeleton height={120} />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const p = data.partner;
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={4}>{p.name}</Title>
        <Anchor component={Link} to={`/partners/${p.id}`} size="sm">
          View profile
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Tier
          </Text>
          <Text fw={600}>{p.tier.name}</Text>
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Status
          </Text>
          <div>
            <PartnerStatusBadge status={p.status} />
          </div>
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Your channel manager
          </Text>
          {p.channelManager ? (
            <>
              <Text fw={600}>{p.channelManager.name}</Text>
              <Anchor href={`mailto:${p.channelManager.email}`} size="sm">
                {p.channelManager.email}
              </Anchor>
            </>
          ) : (
            <Text c="dimmed">Not assigned yet</Text>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function ProgramCounts() {
  const { data, loading, error, refetch } = useQuery(PartnerStatusCountsDocument);
  if (loading && !data) return <Skeleton height={100} />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const counts: [PartnerStatus, number][] = [
    [PartnerStatus.ACTIVE, data.active.totalCount],
    [PartnerStatus.ONBOARDING, data.onboarding.totalCount],
    [PartnerStatus.SUSPENDED, data.suspended.totalCount],
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      {counts.map(([status, count]) => (
        <Paper
          key={status}
          withBorder
          p="lg"
          radius="md"
          component={Link}
          to={`/partners?status=${status}`}
          style={{ textDecoration: 'none', color: 'inherit' }}
          aria-label={`${count} ${PARTNER_STATUS_LABELS[status].toLowerCase()} partners`}
        >
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {PARTNER_STATUS_LABELS[status]} partners
          </Text>
          <Text fz={32} fw={700} data-testid={`count-${status}`}>
            {count}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
