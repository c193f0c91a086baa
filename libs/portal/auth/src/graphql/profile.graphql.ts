import { graphql } from '@tandem/portal-data-access';

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($name: String!) {
    updateMyProfile(name: $name) {
      id
      name
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const MyNotificationPreferencesDocument = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      kind
      channel
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
    setNotificationPreference(kind: $kind, channel: $channel) {
      kind
      channel
    }
  }
`);
