import { graphql } from '@tandem/portal-data-access';

export const SSO_REFETCH = ['SsoConnections'];

export const SsoConnectionFieldsFragment = graphql(`
  fragment SsoConnectionFields on SsoConnection {
    id
    name
    partnerId
    partner {
      id
      name
    }
    issuer
    clientId
    clientSecretSet
    emailDomains
    defaultRole
    enabled
    updatedAt
  }
`);

export const SsoConnectionsDocument = graphql(`
  query SsoConnections {
    ssoConnections {
      ...SsoConnectionFields
    }
    ssoRedirectUri
  }
`);

export const SaveSsoConnectionDocument = graphql(`
  mutation SaveSsoConnection($input: SsoConnectionInput!) {
    saveSsoConnection(input: $input) {
      ...SsoConnectionFields
    }
  }
`);

export const DeleteSsoConnectionDocument = graphql(`
  mutation DeleteSsoConnection($id: ID!) {
    deleteSsoConnection(id: $id)
  }
`);

export const TestSsoConnectionDocument = graphql(`
  mutation TestSsoConnection($id: ID!) {
    testSsoConnection(id: $id) {
      ok
      message
      issuer
      authorizationEndpoint
    }
  }
`);

export const SsoPartnerOptionsDocument = graphql(`
  query SsoPartnerOptions($search: String) {
    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {
      items {
        id
        name
      }
    }
  }
`);
