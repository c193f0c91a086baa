import { Menu, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUser } from '@tabler/icons-react';
import { useCurrentUser, useSession } from '@tandem/portal-data-access';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { Link, useNavigate } from 'react-router';
import { AccountFace } from './account-face';

export { NotificationBell } from '@tandem/portal-notifications';

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
