import { graphql } from '@tandem/portal-data-access';

export const LeadListFieldsFragment = graphql(`
  fragment LeadListFields on Lead {
    id
    contactName
    email
    company
    title
    country
    stage
    stageChangedAt
    handoff
    priority
    source
    mqlScore
    originPartnerId
    partnerId
    partnerName
    assignedUserId
    assignedUserName
    currentOffer {
      id
      status
      partnerId
      partnerName
      userId
      userName
      acceptDueAt
      contactDueAt
      contactedAt
    }
  }
`);

export const LeadOfferFieldsFragment = graphql(`
  fragment LeadOfferFields on LeadOffer {
    id
    kind
    status
    partnerId
    partnerName
    userId
    userName
    offeredAt
    offeredByLabel
    acceptDueAt
    contactDueAt
    contactedAt
    decidedAt
    decidedByLabel
    reasonLabel
    comment
    contactReached
    spam
    acceptBreached
    contactBreached
    routing {
      ruleName
      summary
      filters
      excludedPartnerIds
      candidates {
        partnerId
        partnerName
        score
        tierScore
        conversionRate
        slaCompliance
        openOffers
      }
    }
  }
`);

export const LeadDetailFieldsFragment = graphql(`
  fragment LeadDetailFields on Lead {
    ...LeadListFields
    phone
    domain
    companySize
    consent
    notes
    spam
    personaId
    personaName
    campaignId
    campaignName
    campaignResponses
    contentDownloads
    mqlReasons
    definitionVersion
    createdAt
    createdByLabel
    updatedAt
    version
    currentOffer {
      ...LeadOfferFields
    }
    offers {
      ...LeadOfferFields
    }
    stageHistory {
      id
      stage
      fromStage
      occurredAt
      actorLabel
      reasonLabel
      comment
      details
    }
    slaEvents {
      id
      kind
      dueAt
      occurredAt
      offerId
    }
  }
`);

export const LeadListDocument = graphql(`
  query LeadList($filter: LeadFilterInput, $page: PageInput) {
    leads(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...LeadListFields
      }
    }
  }
`);

export const LeadDetailDocument = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      ...LeadDetailFields
    }
  }
`);

export const LeadFormOptionsDocument = graphql(`
  query LeadFormOptions {
    personas(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        publishedVersion
      }
    }
    campaigns(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const LeadPartnerOptionsDocument = graphql(`
  query LeadPartnerOptions {
    partners(filter: { statuses: [ACTIVE] }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const LeadAssigneesDocument = graphql(`
  query LeadAssignees($partnerId: ID) {
    leadAssignees(partnerId: $partnerId) {
      id
      name
      openOffers
    }
  }
`);

export const LeadReasonCodesDocument = graphql(`
  query LeadReasonCodes($kind: ReasonKind!) {
    reasonCodes(kind: $kind) {
      id
      code
      label
      position
    }
  }
`);

export const CreateLeadDocument = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const UpdateLeadDocument = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const AcceptLeadOfferDocument = graphql(`
  mutation AcceptLeadOffer($leadId: ID!) {
    acceptLeadOffer(leadId: $leadId) {
      ...LeadDetailFields
    }
  }
`);

export const RejectLeadOfferDocument = graphql(`
  mutation RejectLeadOffer($input: RejectOfferInput!) {
    rejectLeadOffer(input: $input)
  }
`);

export const MarkLeadContactedDocument = graphql(`
  mutation MarkLeadContacted($leadId: ID!) {
    markLeadContacted(leadId: $leadId) {
      ...LeadDetailFields
    }
  }
`);

export const MoveLeadStageDocument = graphql(`
  mutation MoveLeadStage($input: MoveLeadStageInput!) {
    moveLeadStage(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const AssignLeadDocument = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const RouteLeadDocument = graphql(`
  mutation RouteLead($leadId: ID!) {
    routeLead(leadId: $leadId) {
      ...LeadDetailFields
    }
  }
`);

export const LeadImportReportFieldsFragment = graphql(`
  fragment LeadImportReportFields on LeadImportReport {
    preview
    totalRows
    created
    merged
    unchanged
    invalid
    duplicates
    qualified
    warnings
    rows {
      row
      email
      contactName
      outcome
      messages
    }
  }
`);

export const PreviewLeadImportDocument = graphql(`
  mutation PreviewLeadImport($input: ImportLeadsInput!) {
    previewLeadImport(input: $input) {
      ...LeadImportReportFields
    }
  }
`);

export const ImportLeadsDocument = graphql(`
  mutation ImportLeads($input: ImportLeadsInput!) {
    importLeads(input: $input) {
      ...LeadImportReportFields
    }
  }
`);

export const LeadOfferReceivedDocument = graphql(`
  subscription LeadOfferReceived {
    leadOfferReceived {
      ...LeadListFields
    }
  }
`);
