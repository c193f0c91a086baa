import { Avatar, Group, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';

/** The account button's face: shown at once by the layout, and inside the menu once it loads. */
export function AccountFace({ name }: { name: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Avatar size="sm" color="indigo" radius="xl" name={name} />
      <Text size="sm" visibleFrom="md" truncate maw={160}>
        {name}
      </Text>
      <IconChevronDown size={14} />
    </Group>
  );
}
