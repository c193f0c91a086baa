import { Text } from '@mantine/core';

/** Placeholder until the API token screen lands (issue 8, in progress on a branch). */
export function ApiTokensPanel() {
  return <Text c="dimmed">The API token screen is being built.</Text>;
}
