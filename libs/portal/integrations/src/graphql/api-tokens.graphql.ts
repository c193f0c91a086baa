import { graphql } from '@tandem/portal-data-access';

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      partnerId
      partnerName
      permissions
      secretPrefix
      rateLimitPerMinute
      createdByLabel
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      revokedByLabel
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
      revokedByLabel
    }
  }
`);
