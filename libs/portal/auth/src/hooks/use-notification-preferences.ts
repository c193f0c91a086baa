import { useMutation, useQuery } from '@apollo/client/react';
import {
  DEFAULT_NOTIFICATION_CHANNEL,
  NotificationChannel,
  NotificationKind,
} from '@tandem/shared-domain';
import { useCallback, useMemo } from 'react';
import {
  MyNotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
} from '../graphql/profile.graphql';

/** The signed-in user's channel per notification kind; kinds never set use the default. */
export function useNotificationPreferences() {
  const { data, loading, error, refetch } = useQuery(MyNotificationPreferencesDocument);
  const [mutate] = useMutation(SetNotificationPreferenceDocument, {
    update(cache, { data: result }) {
      if (!result) return;
      cache.writeQuery({
        query: MyNotificationPreferencesDocument,
        data: { myNotificationPreferences: result.setNotificationPreference },
      });
    },
  });

  const channels = useMemo(() => {
    const saved = new Map(data?.myNotificationPreferences.map((p) => [p.kind, p.channel]));
    return (kind: NotificationKind): NotificationChannel =>
      saved.get(kind) ?? DEFAULT_NOTIFICATION_CHANNEL;
  }, [data]);

  const setChannel = useCallback(
    async (kind: NotificationKind, channel: NotificationChannel) => {
      await mutate({ variables: { kind, channel } });
    },
    [mutate],
  );

  return { ready: Boolean(data), loading, error, refetch, channelOf: channels, setChannel };
}
