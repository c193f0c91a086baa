import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  NotificationAddedDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications.graphql';
import { useNotificationBell } from './use-notifications';

const added = {
  __typename: 'Notification' as const,
  id: 'n-1',
  kind: 'LEAD_OFFERED',
  title: 'New lead: Acme',
  body: '',
  link: '/leads/1',
  readAt: null,
  createdAt: '2026-12-07T10:00:00.000Z',
};

describe('useNotificationBell', () => {
  it('counts a notification that arrives over the live socket as unread, without refetching', async () => {
    const mocks = [
      {
        request: { query: UnreadNotificationCountDocument },
        result: { data: { unreadNotificationCount: 2 } },
      },
      {
        request: { query: NotificationAddedDocument },
        result: { data: { notificationAdded: added } },
        delay: 100,
      },
    ];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks}>{children}</MockedProvider>
    );
    const { result } = renderHook(() => useNotificationBell(), { wrapper });
    await waitFor(() => expect(result.current.unread).toBe(2));
    // Only one count response is mocked: a refetch would fail instead of reaching 3.
    await waitFor(() => expect(result.current.unread).toBe(3));
  });
});
