import { graphql } from '@tandem/portal-data-access';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      name
      organisationName
      role
      expiresAt
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input)
  }
`);
