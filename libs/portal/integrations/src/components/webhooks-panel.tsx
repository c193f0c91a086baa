import { Text } from '@mantine/core';

/** Placeholder until the webhook screen lands (issue 8, in progress on a branch). */
export function WebhooksPanel() {
  return <Text c="dimmed">The webhook screen is being built.</Text>;
}
