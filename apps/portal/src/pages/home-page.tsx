import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { PartnerOverview } from '@tandem/portal-partners';
import { CampaignFeedWidget } from '@tandem/portal-campaigns';
import { useCurrentUser } from '@tandem/portal-data-access';
import { organisationName } from '../layouts/app-layout';

const IncentivesHomeWidget = lazy(() =>
  import('./areas/incentives').then((m) => ({ default: m.IncentivesHomeWidget })),
);
const GoalsHomeOverview = lazy(() =>
  import('./areas/goals-home').then((m) => ({ default: m.GoalsHomeOverview })),
);

export function HomePage() {
  const me = useCurrentUser();
  const firstName = me.name.split(' ')[0] || me.name;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Welcome, {firstName}</Title>
        <Text c="dimmed" data-testid="home-role">
          You are signed in as {ROLE_LABELS[me.role].toLowerCase()} at {organisationName(me)}.
        </Text>
      </div>
      {me.partnerId && (
        <Suspense fallback={<Skeleton height={180} radius="md" />}>
          <GoalsHomeOverview />
        </Suspense>
      )}
      {me.partnerId && (
        <Suspense fallback={null}>
          <IncentivesHomeWidget />
        </Suspense>
      )}
      <PartnerOverview />
      {me.partnerId && <CampaignFeedWidget />}
    </Stack>
  );
}
