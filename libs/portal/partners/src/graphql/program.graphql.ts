import { graphql } from '@tandem/portal-data-access';

export const SaveTierDocument = graphql(`
  mutation SaveTier($input: TierInput!) {
    saveTier(input: $input) {
      id
      name
      rank
      description
    }
  }
`);

export const SavePartnerTypeDocument = graphql(`
  mutation SavePartnerType($input: PartnerTypeInput!) {
    savePartnerType(input: $input) {
      id
      name
      description
      active
    }
  }
`);
