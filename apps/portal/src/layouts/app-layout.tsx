import {
  AppShell,
  Box,
  Badge,
  Burger,
  Group,
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
  IconCoin,
  IconPlugConnected,
  IconGift,
  IconFileText,
  IconFlag,
  IconHome,
  IconListCheck,
  IconSettings,
  IconSpeakerphone,
  IconTarget,
  IconUserSearch,
  IconUsers,
} from '@tabler/icons-react';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import { lazy, Suspense, type ReactNode } from 'react';
import { DetailSkeleton } from '@tandem/portal-ui';
import { Link, Outlet, useLocation } from 'react-router';
import { navAreasFor } from '../app/navigation';
import { AccountFace } from './account-face';

// The bell and the account menu pop over the page; their code loads just after the first paint.
const NotificationBell = lazy(() =>
  import('./header-menus').then((m) => ({ default: m.NotificationBell })),
);
const UserMenu = lazy(() => import('./header-menus').then((m) => ({ default: m.UserMenu })));

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
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
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
            <Suspense fallback={<Box w={34} />}>
              <NotificationBell />
            </Suspense>
            <Suspense
              fallback={
                <UnstyledButton aria-label="Account menu" disabled>
                  <AccountFace name={me.name} />
                </UnstyledButton>
              }
            >
              <UserMenu />
            </Suspense>
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
