import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChartBar,
  IconBook,
  IconBriefcase,
  IconBuildingStore,
  IconChevronDown,
  IconCoin,
  IconPlugConnected,
  IconGift,
  IconFileText,
  IconFlag,
  IconHome,
  IconListCheck,
  IconLogout,
  IconSettings,
  IconSpeakerphone,
  IconTarget,
  IconUser,
  IconUserSearch,
  IconUsers,
} from '@tabler/icons-react';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { NotificationBell } from '@tandem/portal-notifications';
import { useCurrentUser, useSession } from '@tandem/portal-data-access';
import { Suspense, type ReactNode } from 'react';
import { DetailSkeleton } from '@tandem/portal-ui';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { navAreasFor } from '../app/navigation';

const ICONS: Record<string, ReactNode> = {
  partners: <IconBuildingStore size={18} />,
  personas: <IconUserSearch size={18} />,
  content: <IconFileText size={18} />,
  campaigns: <IconSpeakerphone size={18} />,
  leads: <IconFlag size={18} />,
  deals: <IconBriefcase size={18} />,
  goals: <IconTarget size={18} />,
  analytics: <IconChartBar size={18} />,
  incentives: <IconGift size={18} />,
  funds: <IconCoin size={18} />,
  definitions: <IconBook size={18} />,
  users: <IconUsers size={18} />,
  integrations: <IconPlugConnected size={18} />,
  settings: <IconSettings size={18} />,
  audit: <IconListCheck size={18} />,
};

export function organisationName(user: { partner?: { name: string } | null }): string {
  return user.partner?.name ?? 'Vendor team';
}

export function AppLayout() {
  const me = useCurrentUser();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const areas = navAreasFor(me.role);
  const isActive = (path: string) =>
    path === '/'
      ? location.pathname === '/'
      : location.pathname === path || location.pathname.startsWith(`${path}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text
              component={Link}
              to="/"
              fw={800}
              size="lg"
              c="indigo"
              style={{ textDecoration: 'none' }}
            >
              Tandem
            </Text>
            <Text size="sm" c="dimmed" truncate visibleFrom="xs" data-testid="organisation-name">
              {organisationName(me)}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <Menu position="bottom-end" width={220}>
              <Menu.Target>
                <UnstyledButton aria-label="Account menu" data-testid="user-menu">
                  <Group gap={6} wrap="nowrap">
                    <Avatar size="sm" color="indigo" radius="xl" name={me.name} />
                    <Text size="sm" visibleFrom="md" truncate maw={160}>
                      {me.name}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
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
                  onClick={() =>
                    void signOut().finally(() => navigate('/sign-in', { replace: true }))
                  }
                >
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <nav data-testid="main-nav">
            <NavLink
              component={Link}
              to="/"
              label="Home"
              leftSection={<IconHome size={18} />}
              active={isActive('/')}
              onClick={close}
            />
            {areas.map((area) => (
              <NavLink
                key={area.key}
                component={Link}
                to={area.path}
                label={area.label}
                leftSection={ICONS[area.key]}
                rightSection={
                  area.upcoming ? (
                    <Badge size="xs" variant="light" color="gray">
                      Soon
                    </Badge>
                  ) : undefined
                }
                active={isActive(area.path)}
                onClick={close}
                data-nav-key={area.key}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py="xs">
            Signed in as {ROLE_LABELS[me.role]}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<DetailSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
