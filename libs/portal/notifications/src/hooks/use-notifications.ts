import { useLazyQuery, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  NotificationAddedDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications.graphql';

export const POLL_MS = 60_000;
export const DROPDOWN_PAGE = 10;

export function useNotificationBell() {
  const count = useQuery(UnreadNotificationCountDocument, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [loadList, list] = useLazyQuery(MyNotificationsDocument, { fetchPolicy: 'network-only' });
  // New notifications arrive over the live socket; the poll stays as a fallback.
  useSubscription(NotificationAddedDocument, {
    onData: ({ client }) => {
      client.cache.updateQuery({ query: UnreadNotificationCountDocument }, (data) =>
        data ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
      );
      if (list.called) void list.refetch().catch(() => undefined);
    },
  });
  const [mark] = useMutation(MarkNotificationsReadDocument, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: UnreadNotificationCountDocument,
          data: { unreadNotificationCount: data.markNotificationsRead },
        });
      }
    },
  });

  const open = useCallback(() => {
    void loadList({ variables: { page: { offset: 0, limit: DROPDOWN_PAGE } } }).catch(
      () => undefined,
    );
  }, [loadList]);

  /** Marks the given notifications read; all of them when `ids` is empty. */
  const markRead = useCallback(
    async (ids: string[]) => {
      await mark({ variables: { ids } });
      await list.refetch?.();
    },
    [mark, list],
  );

  return {
    unread: count.data?.unreadNotificationCount ?? 0,
    open,
    list,
    markRead,
  };
}
