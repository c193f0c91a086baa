import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  NOTIFICATION_KIND_LABELS,
  NotificationChannel,
  NotificationKind,
} from '@tandem/shared-domain';
import { ErrorAlert, TableSkeleton, describeApiError } from '@tandem/portal-ui';
import { useNotificationPreferences } from '../hooks/use-notification-preferences';

const CHANNEL_OPTIONS = [
  { value: NotificationChannel.IN_APP, label: 'In-app' },
  { value: NotificationChannel.EMAIL, label: 'Email' },
  { value: NotificationChannel.OFF, label: 'Off' },
];

const KINDS = Object.values(NotificationKind);

export function NotificationPreferences() {
  const { ready, loading, error, refetch, channelOf, setChannel } = useNotificationPreferences();

  if (loading && !ready) return <TableSkeleton rows={KINDS.length} />;
  if (error && !ready) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="md" data-testid="notification-preferences">
      {KINDS.map((kind) => {
        const labelId = `pref-${kind}`;
        return (
          <Group key={kind} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" id={labelId} style={{ flex: '1 1 220px' }}>
              {NOTIFICATION_KIND_LABELS[kind]}
            </Text>
            <SegmentedControl
              aria-labelledby={labelId}
              size="xs"
              data={CHANNEL_OPTIONS}
              value={channelOf(kind)}
              onChange={(value) =>
                setChannel(kind, value as NotificationChannel).catch((e: unknown) =>
                  notifications.show({ color: 'red', message: describeApiError(e).message }),
                )
              }
            />
          </Group>
        );
      })}
    </Stack>
  );
}
