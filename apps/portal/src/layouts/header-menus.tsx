import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
import { useCurrentUser, useSession } from '@tandem/portal-data-access';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { Link, useNavigate } from 'react-router';

export { NotificationBell } from '@tandem/portal-notifications';

/** The account button; its face is in the layout, the menu (and its positioning code) loads here. */
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

export function UserMenu() {
  const me = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <UnstyledButton aria-label="Account menu" data-testid="user-menu">
          <AccountFace name={me.name} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.email}
          <br />
          {ROLE_LABELS[me.role]}
        </Menu.Label>
        <Menu.Item leftSection={<IconUser size={16} />} component={Link} to="/profile">
          Profile
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => void signOut().finally(() => navigate('/sign-in', { replace: true }))}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
