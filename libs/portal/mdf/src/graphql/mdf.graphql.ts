import { graphql } from '@tandem/portal-data-access';

/** Queries to refresh after budgets or allocations change. */
export const BUDGETS_REFETCH = ['MdfBudgets', 'MdfAllocations', 'MdfBudgetOptions'];
/** Queries to refresh after a request or claim changes (its figures move with it). */
export const REQUESTS_REFETCH = ['MdfRequests', 'MdfRequest', ...BUDGETS_REFETCH];

export const MdfPeriodFieldsFragment = graphql(`
  fragment MdfPeriodFields on Period {
    code
    label
    kind
    start
    end
  }
`);

export const MdfBudgetViewFieldsFragment = graphql(`
  fragment MdfBudgetViewFields on MdfBudgetView {
    budget {
      id
      name
      periodCode
      total
      version
      updatedAt
      updatedByLabel
    }
    total
    allocated
    unallocated
    reserved
    claimed
    paid
    remaining
  }
`);

export const MdfAllocationFieldsFragment = graphql(`
  fragment MdfAllocationFields on MdfAllocationView {
    allocationId
    budgetId
    partnerId
    partnerName
    allocated
    reserved
    claimed
    paid
    remaining
  }
`);

export const MdfRequestFieldsFragment = graphql(`
  fragment MdfRequestFields on MdfRequest {
    id
    budgetId
    allocationId
    partnerId
    activityType
    title
    description
    startsOn
    endsOn
    plannedCost
    requestedAmount
    approvedAmount
    expectedLeads
    campaignId
    personaId
    status
    decisionReason
    decidedAt
    decidedByLabel
    requestedByLabel
    createdAt
    updatedAt
    version
  }
`);

export const MdfClaimViewFieldsFragment = graphql(`
  fragment MdfClaimViewFields on MdfClaimView {
    claim {
      id
      requestId
      actualCost
      amount
      status
      reason
      submittedByLabel
      createdAt
      updatedAt
      decidedAt
      decidedByLabel
      paidAt
      version
    }
    files {
      id
      claimId
      fileName
      contentType
      sizeBytes
      uploadedAt
    }
  }
`);

export const MdfRequestViewFieldsFragment = graphql(`
  fragment MdfRequestViewFields on MdfRequestView {
    partnerName
    request {
      ...MdfRequestFields
    }
    claims {
      ...MdfClaimViewFields
    }
    return {
      leads
      sqls
      pipeline
      revenueWon
      leadsPerThousand
      revenuePerUnit
    }
  }
`);

export const MdfPeriodsDocument = graphql(`
  query MdfPeriods($kind: PeriodKind!) {
    periods(kind: $kind, past: 6, ahead: 2) {
      ...MdfPeriodFields
    }
  }
`);

export const MdfBudgetsDocument = graphql(`
  query MdfBudgets($periodCode: String) {
    mdfBudgets(periodCode: $periodCode) {
      ...MdfBudgetViewFields
    }
  }
`);

/** Every budget the caller sees (partners: those they have an allocation in), for pickers. */
export const MdfBudgetOptionsDocument = graphql(`
  query MdfBudgetOptions {
    mdfBudgets {
      budget {
        id
        name
        periodCode
      }
      allocated
      remaining
    }
  }
`);

export const MdfAllocationsDocument = graphql(`
  query MdfAllocations($budgetId: ID!) {
    mdfAllocations(budgetId: $budgetId) {
      ...MdfAllocationFields
    }
  }
`);

export const MdfRequestsDocument = graphql(`
  query MdfRequests($status: MdfRequestStatus, $budgetId: ID) {
    mdfRequests(status: $status, budgetId: $budgetId) {
      ...MdfRequestViewFields
    }
  }
`);

export const MdfRequestDocument = graphql(`
  query MdfRequest($id: ID!) {
    mdfRequest(id: $id) {
      ...MdfRequestViewFields
    }
  }
`);

export const MdfTiersDocument = graphql(`
  query MdfTiers {
    tiers {
      id
      name
      rank
    }
  }
`);

export const MdfPartnerOptionsDocument = graphql(`
  query MdfPartnerOptions($search: String) {
    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {
      items {
        id
        name
      }
    }
  }
`);

/** What a request can point at: the caller's campaigns and the published personas. */
export const MdfRequestOptionsDocument = graphql(`
  query MdfRequestOptions {
    campaigns(filter: { statuses: [DRAFT, LAUNCHED] }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        startsOn
        endsOn
      }
    }
    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

export const SaveMdfBudgetDocument = graphql(`
  mutation SaveMdfBudget($input: MdfBudgetInput!) {
    saveMdfBudget(input: $input) {
      id
      name
      periodCode
      total
      version
    }
  }
`);

export const AllocateMdfDocument = graphql(`
  mutation AllocateMdf($input: MdfAllocationsInput!) {
    allocateMdf(input: $input) {
      ...MdfAllocationFields
    }
  }
`);

export const SaveMdfRequestDocument = graphql(`
  mutation SaveMdfRequest($input: MdfRequestInput!) {
    saveMdfRequest(input: $input) {
      ...MdfRequestFields
    }
  }
`);

export const DecideMdfRequestDocument = graphql(`
  mutation DecideMdfRequest(
    $id: ID!
    $decision: MdfDecision!
    $amount: String
    $reason: String
    $expectedVersion: Int
  ) {
    decideMdfRequest(
      id: $id
      decision: $decision
      amount: $amount
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      ...MdfRequestFields
    }
  }
`);

export const SaveMdfClaimDocument = graphql(`
  mutation SaveMdfClaim($input: MdfClaimInput!) {
    saveMdfClaim(input: $input) {
      id
      status
      amount
      actualCost
      version
    }
  }
`);

export const DecideMdfClaimDocument = graphql(`
  mutation DecideMdfClaim(
    $id: ID!
    $decision: MdfDecision!
    $reason: String
    $expectedVersion: Int
  ) {
    decideMdfClaim(
      id: $id
      decision: $decision
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      id
      status
      reason
      version
    }
  }
`);

export const MarkMdfClaimPaidDocument = graphql(`
  mutation MarkMdfClaimPaid($id: ID!, $expectedVersion: Int) {
    markMdfClaimPaid(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      paidAt
      version
    }
  }
`);
