import { Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { PartnerOverview } from '@tandem/portal-partners';
import { CampaignFeedWidget } from '@tandem/portal-campaigns';
import { GoalsHomeOverview } from '@tandem/portal-goals';
import { useCurrentUser } from '@tandem/portal-data-access';
import { organisationName } from '../layouts/app-layout';

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
      <GoalsHomeOverview />
      <PartnerOverview />
      {me.partnerId && <CampaignFeedWidget />}
    </Stack>
  );
}
