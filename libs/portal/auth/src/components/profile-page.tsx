import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import { PageHeader } from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { ChangePasswordForm } from './change-password-form';
import { NotificationPreferences } from './notification-preferences';
import { ProfileNameForm } from './profile-name-form';

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <div>
          <Title order={4}>{title}</Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

export function ProfilePage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Your profile"
        description={`${ROLE_LABELS[me.role]}${me.partner ? ` at ${me.partner.name}` : ''}`}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="Account">
          <ProfileNameForm />
        </Section>
        <Section title="Password" description="Changing it signs you out everywhere else.">
          <ChangePasswordForm />
        </Section>
      </SimpleGrid>
      <Stack mt="lg">
        <Section
          title="Notifications"
          description="Choose how you hear about each kind of event: in the portal, by email, or not at all."
        >
          <NotificationPreferences />
        </Section>
      </Stack>
    </>
  );
}
