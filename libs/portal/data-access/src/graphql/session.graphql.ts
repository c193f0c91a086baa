import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      status
      partnerId
      partner {
        id
        name
      }
    }
  }
`);
