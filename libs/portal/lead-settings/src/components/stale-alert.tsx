import { Alert, Button, Group, Text } from '@mantine/core';

/** Shown when the API refuses a stale `version`: someone saved the same row in between. */
export function StaleAlert({ noun, onReload }: { noun: string; onReload: () => void }) {
  return (
    <Alert color="orange" variant="light" title={`Someone else changed this ${noun}`} role="alert">
      <Text size="sm">
        Your changes were not saved because the {noun} was updated while you were editing. Reload to
        see the latest version, then make your changes again.
      </Text>
      <Group mt="sm">
        <Button size="xs" color="orange" onClick={onReload}>
          Reload latest version
        </Button>
      </Group>
    </Alert>
  );
}
