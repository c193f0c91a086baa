import { graphql } from '@tandem/portal-data-access';

export const CampaignFieldsFragment = graphql(`
  fragment CampaignFields on Campaign {
    id
    partnerId
    name
    goal
    description
    startsOn
    endsOn
    status
    phase
    targetMode
    targetTierIds
    targetRegions
    targetPartnerIds
    personaIds
    personas {
      id
      name
    }
    kitId
    canManage
    acknowledgedByMe
    acknowledgementCount
    targetPartnerCount
    launchedAt
    createdAt
    createdByLabel
    version
  }
`);

export const CampaignFeedDocument = graphql(`
  query CampaignFeed($page: PageInput) {
    campaignFeed(page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...CampaignFields
      }
    }
  }
`);

export const CampaignListDocument = graphql(`
  query CampaignList($filter: CampaignFilterInput, $page: PageInput) {
    campaigns(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...CampaignFields
      }
    }
  }
`);

export const CampaignDetailDocument = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      ...CampaignFields
    }
  }
`);

export const CampaignOptionsDocument = graphql(`
  query CampaignOptions($vendor: Boolean!) {
    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        publishedVersion
      }
    }
    tiers {
      id
      name
      rank
    }
    partners(page: { offset: 0, limit: 100 }) @include(if: $vendor) {
      items {
        id
        name
      }
    }
  }
`);

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const LaunchCampaignDocument = graphql(`
  mutation LaunchCampaign($id: ID!) {
    launchCampaign(id: $id) {
      ...CampaignFields
    }
  }
`);

export const CancelCampaignDocument = graphql(`
  mutation CancelCampaign($id: ID!, $reason: String!) {
    cancelCampaign(id: $id, reason: $reason) {
      ...CampaignFields
    }
  }
`);

export const AcknowledgeCampaignDocument = graphql(`
  mutation AcknowledgeCampaign($id: ID!) {
    acknowledgeCampaign(id: $id) {
      ...CampaignFields
    }
  }
`);
