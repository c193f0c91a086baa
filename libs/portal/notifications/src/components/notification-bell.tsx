import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { ErrorAlert, describeApiError, formatDateTime } from '@tandem/portal-ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotificationBell } from '../hooks/use-notifications';

export function NotificationBell() {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { unread, open, list, markRead } = useNotificationBell();
  const items = list.data?.myNotifications.items ?? [];

  const toggle = () => {
    if (!opened) open();
    setOpened(!opened);
  };
  const fail = (error: unknown) =>
    toasts.show({ color: 'red', message: describeApiError(error).message });

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={340}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          disabled={unread === 0}
          label={unread > 99 ? '99+' : unread}
          size={16}
          offset={4}
          color="red"
          data-testid="unread-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="md" py="sm">
          <Text fw={600}>Notifications</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            onClick={() => markRead([]).catch(fail)}
          >
            Mark all read
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360}>
          {list.error && !list.data ? (
            <Stack p="sm">
              <ErrorAlert error={list.error} onRetry={open} />
            </Stack>
          ) : !list.data ? (
            <Stack p="md" gap="xs">
              <Skeleton height={40} />
              <Skeleton height={40} />
            </Stack>
          ) : items.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" ta="center">
              You are all caught up. Nothing new.
            </Text>
          ) : (
            <Stack gap={0}>
              {items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  px="md"
                  py="sm"
                  style={{
                    borderBottom: '1px solid var(--mantine-color-gray-2)',
                    background: n.readAt ? undefined : 'var(--mantine-color-indigo-0)',
                  }}
                  onClick={() => {
                    if (!n.readAt) markRead([n.id]).catch(fail);
                    if (n.link) {
                      setOpened(false);
                      navigate(n.link);
                    }
                  }}
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {n.body}
                  </Text>
                  <Text size="xs" c="dimmed" mt={2}>
                    {formatDateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
