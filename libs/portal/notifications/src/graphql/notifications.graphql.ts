import { graphql } from '@tandem/portal-data-access';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($page: PageInput) {
    myNotifications(page: $page) {
      totalCount
      items {
        id
        kind
        title
        body
        link
        readAt
        createdAt
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
      body
      link
      readAt
      createdAt
    }
  }
`);
