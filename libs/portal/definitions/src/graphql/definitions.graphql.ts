import { graphql } from '@tandem/portal-data-access';

export const DefinitionContentFieldsFragment = graphql(`
  fragment DefinitionContentFields on FunnelDefinition {
    id
    status
    number
    version
    changeNote
    publishedAt
    publishedByLabel
    updatedAt
    stages {
      stage
      description
      entryCriteria
    }
    mql {
      requiredFields
      threshold
      fitRules {
        kind
        values
        min
        max
        points
      }
      engagementRules {
        kind
        points
        maxPoints
      }
    }
  }
`);

export const PublishedDefinitionDocument = graphql(`
  query PublishedDefinition {
    funnelDefinition {
      ...DefinitionContentFields
      acknowledgements {
        definitionId
        partnerId
        side
        acknowledgedByLabel
        acknowledgedAt
      }
    }
  }
`);

export const DefinitionDraftDocument = graphql(`
  query DefinitionDraft {
    funnelDefinitionDraft {
      ...DefinitionContentFields
    }
  }
`);

export const DefinitionVersionsDocument = graphql(`
  query DefinitionVersions($page: PageInput) {
    funnelDefinitionVersions(page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        number
        changeNote
        publishedAt
        publishedByLabel
      }
    }
  }
`);

export const DefinitionAgreementsDocument = graphql(`
  query DefinitionAgreements($page: PageInput, $missingOnly: Boolean!) {
    definitionAgreements(page: $page, missingOnly: $missingOnly) {
      totalCount
      offset
      limit
      hasMore
      items {
        partnerId
        partnerName
        marketingVersion
        salesVersion
      }
    }
  }
`);

export const DefinitionPersonasDocument = graphql(`
  query DefinitionPersonas($page: PageInput) {
    personas(page: $page) {
      totalCount
      items {
        id
        name
      }
    }
  }
`);

export const ReasonCodesDocument = graphql(`
  query ReasonCodes($includeInactive: Boolean!) {
    reasonCodes(includeInactive: $includeInactive) {
      id
      kind
      code
      label
      active
      position
    }
  }
`);

export const SaveDefinitionDraftDocument = graphql(`
  mutation SaveDefinitionDraft($input: FunnelDefinitionInput!) {
    saveFunnelDefinitionDraft(input: $input) {
      ...DefinitionContentFields
    }
  }
`);

export const PublishDefinitionDocument = graphql(`
  mutation PublishDefinition($changeNote: String!) {
    publishFunnelDefinition(changeNote: $changeNote) {
      id
      number
    }
  }
`);

export const AcknowledgeDefinitionDocument = graphql(`
  mutation AcknowledgeDefinition($definitionId: ID!, $sides: [PartnerSide!]!) {
    acknowledgeFunnelDefinition(definitionId: $definitionId, sides: $sides) {
      definitionId
      partnerId
      side
      acknowledgedByLabel
      acknowledgedAt
    }
  }
`);

export const SaveReasonCodeDocument = graphql(`
  mutation SaveReasonCode($input: ReasonCodeInput!) {
    saveReasonCode(input: $input) {
      id
      kind
      code
      label
      active
      position
    }
  }
`);
