import { graphql } from '@tandem/portal-data-access';

export const UserListDocument = graphql(`
  query UserList($filter: UserFilterInput, $page: PageInput) {
    users(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        name
        email
        role
        status
        partnerId
        lastSignInAt
        partner {
          id
          name
        }
      }
    }
  }
`);

export const SetUserStatusDocument = graphql(`
  mutation SetUserStatus($id: ID!, $status: UserStatus!) {
    setUserStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const ChangeUserRoleDocument = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!) {
    changeUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
      user {
        id
        email
        name
        role
        status
      }
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      inviteUrl
      user {
        id
        status
      }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($userId: ID!) {
    revokeInvitation(userId: $userId)
  }
`);

export const PartnerPickerDocument = graphql(`
  query PartnerPicker($search: String) {
    partners(filter: { search: $search }, page: { limit: 25 }, sort: NAME_ASC) {
      items {
        id
        name
      }
    }
  }
`);
