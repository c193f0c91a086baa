import { graphql } from '@tandem/portal-data-access';

export const DealListFieldsFragment = graphql(`
  fragment DealListFields on DealRegistration {
    id
    reference
    status
    companyName
    domain
    country
    currency
    amount
    partnerId
    partnerName
    registeredByUserId
    registeredByLabel
    hasConflicts
    submittedAt
    decisionDueAt
    decisionOverdue
    expiresAt
    closedAt
    updatedAt
  }
`);

export const DealDetailFieldsFragment = graphql(`
  fragment DealDetailFields on DealRegistration {
    ...DealListFields
    version
    website
    contactName
    contactEmail
    contactRole
    lines {
      id
      productId
      quantity
      amount
      product {
        id
        name
        sku
        listPrice
      }
    }
    expectedCloseOn
    personaId
    leadId
    lastMeetingOn
    notes
    createdAt
    decidedAt
    approvedAt
    finalAmount
    closedOn
    reasonLabel
    statusComment
    competitor
    extensionsGranted
    timeline {
      id
      fromStatus
      toStatus
      at
      actorLabel
      reasonLabel
      comment
    }
    extensions {
      id
      status
      days
      reason
      requestedByLabel
      requestedAt
      decidedByLabel
      decidedAt
      comment
    }
  }
`);

export const DealConflictFieldsFragment = graphql(`
  fragment DealConflictFields on DealConflictView {
    id
    kind
    similarity
    otherPredates
    otherDealId
    otherNumber
    otherCompany
    otherDomain
    otherStatus
    otherSubmittedAt
    otherLastMeetingOn
    otherNotes
    otherAmount
    otherCurrency
    otherPartnerName
    accountName
    accountDomain
    accountKind
  }
`);

export const DealListDocument = graphql(`
  query DealList($filter: DealFilterInput, $page: PageInput) {
    dealRegistrations(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...DealListFields
      }
    }
  }
`);

/** Approvers also get the conflicts and decision records; partners may not ask for them. */
export const DealDetailDocument = graphql(`
  query DealDetail($id: ID!, $approver: Boolean!) {
    dealRegistration(id: $id) {
      ...DealDetailFields
      conflicts @include(if: $approver) {
        ...DealConflictFields
      }
      decisions @include(if: $approver) {
        id
        decision
        rule
        decidedAt
        decidedByLabel
        redactedSummary
      }
    }
  }
`);

export const DealProgramDocument = graphql(`
  query DealProgram {
    dealSettings {
      id
      protectionDays
      extensionPolicy
      extensionDays
      decisionHours
      engagementRule
    }
  }
`);

export const DealFormOptionsDocument = graphql(`
  query DealFormOptions {
    products {
      id
      sku
      name
      listPrice
      active
    }
    personas(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        publishedVersion
      }
    }
  }
`);

export const DealPartnerCountryDocument = graphql(`
  query DealPartnerCountry($id: ID!) {
    partner(id: $id) {
      id
      country
    }
  }
`);

export const DealLeadPrefillDocument = graphql(`
  query DealLeadPrefill($id: ID!) {
    lead(id: $id) {
      id
      contactName
      email
      title
      company
      domain
      country
      personaId
    }
  }
`);

export const DealAccountEngagedDocument = graphql(`
  query DealAccountEngaged($website: String!, $companyName: String, $country: String) {
    dealAccountEngaged(website: $website, companyName: $companyName, country: $country)
  }
`);

export const DealReasonCodesDocument = graphql(`
  query DealReasonCodes($kind: ReasonKind!) {
    reasonCodes(kind: $kind) {
      id
      label
      position
    }
  }
`);

export const RegisterDealDocument = graphql(`
  mutation RegisterDeal($input: DealInput!, $idempotencyKey: String) {
    registerDeal(input: $input, idempotencyKey: $idempotencyKey) {
      ...DealDetailFields
    }
  }
`);

export const SaveDealDraftDocument = graphql(`
  mutation SaveDealDraft($input: DealInput!) {
    saveDealDraft(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const SubmitDealDocument = graphql(`
  mutation SubmitDeal($id: ID!) {
    submitDeal(id: $id) {
      ...DealDetailFields
    }
  }
`);

export const DecideDealDocument = graphql(`
  mutation DecideDeal($input: DecideDealInput!) {
    decideDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const WithdrawDealDocument = graphql(`
  mutation WithdrawDeal($id: ID!, $reason: String!) {
    withdrawDeal(id: $id, reason: $reason) {
      ...DealDetailFields
    }
  }
`);

export const CloseDealDocument = graphql(`
  mutation CloseDeal($input: CloseDealInput!) {
    closeDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const RequestDealExtensionDocument = graphql(`
  mutation RequestDealExtension($dealId: ID!, $reason: String!) {
    requestDealExtension(dealId: $dealId, reason: $reason) {
      id
      status
    }
  }
`);

export const DecideDealExtensionDocument = graphql(`
  mutation DecideDealExtension($input: ExtensionDecisionInput!) {
    decideDealExtension(input: $input) {
      id
      status
    }
  }
`);

export const DealPartnerOptionsDocument = graphql(`
  query DealPartnerOptions {
    partners(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const RegistrationDecidedDocument = graphql(`
  subscription RegistrationDecided {
    registrationDecided {
      id
      reference
      companyName
      status
      statusComment
      decidedAt
      expiresAt
    }
  }
`);
