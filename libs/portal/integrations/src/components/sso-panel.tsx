import { Text } from '@mantine/core';

/** Placeholder until the single sign-on screen lands (issue 8, in progress on a branch). */
export function SsoPanel() {
  return <Text c="dimmed">The single sign-on screen is being built.</Text>;
}
