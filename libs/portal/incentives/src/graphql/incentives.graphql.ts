import { graphql } from '@tandem/portal-data-access';

/** Queries to refresh after a plan changes. */
export const PLANS_REFETCH = ['IncentivePlans', 'IncentivePlan'];
/** Queries to refresh after a payout is reviewed or a plan closes. */
export const EARNINGS_REFETCH = ['IncentiveEarnings'];

export const IncentivePeriodFieldsFragment = graphql(`
  fragment IncentivePeriodFields on Period {
    code
    label
    kind
    start
    end
  }
`);

export const IncentivePlanFieldsFragment = graphql(`
  fragment IncentivePlanFields on IncentivePlan {
    id
    name
    periodCode
    status
    eligibility
    tierIds
    partnerIds
    measures {
      metric
      weight
    }
    revenueMetric
    poolKind
    poolPercent
    poolAmount
    thresholdPercent
    capPercent
    marketingSharePercent
    version
    createdAt
    updatedAt
    updatedByLabel
    closedAt
  }
`);

export const IncentivePayoutFieldsFragment = graphql(`
  fragment IncentivePayoutFields on IncentivePayout {
    id
    status
    earned
    marketing
    sales
    approvedAmount
    approvedMarketing
    approvedSales
    reason
    decidedAt
    decidedByLabel
    frozenAt
    version
  }
`);

export const PartnerEarningsFieldsFragment = graphql(`
  fragment PartnerEarningsFields on PartnerEarnings {
    planId
    partnerId
    partnerName
    revenue
    pool
    attainment
    factor
    earned
    marketing
    sales
    atTarget
    toTarget
    frozen
    measures {
      metric
      weight
      target
      actual
      progress
    }
    payout {
      ...IncentivePayoutFields
    }
  }
`);

export const IncentivePeriodsDocument = graphql(`
  query IncentivePeriods($kind: PeriodKind!) {
    periods(kind: $kind, past: 6, ahead: 2) {
      ...IncentivePeriodFields
    }
  }
`);

/** The periods running now, of every kind: what the home page needs. */
export const IncentiveRunningPeriodsDocument = graphql(`
  query IncentiveRunningPeriods {
    quarters: periods(kind: QUARTER, past: 0, ahead: 0) {
      ...IncentivePeriodFields
    }
    months: periods(kind: MONTH, past: 0, ahead: 0) {
      ...IncentivePeriodFields
    }
    years: periods(kind: YEAR, past: 0, ahead: 0) {
      ...IncentivePeriodFields
    }
  }
`);

export const IncentivePlansDocument = graphql(`
  query IncentivePlans($periodCode: String) {
    incentivePlans(periodCode: $periodCode) {
      ...IncentivePlanFields
    }
  }
`);

export const IncentivePlanDocument = graphql(`
  query IncentivePlan($id: ID!) {
    incentivePlan(id: $id) {
      ...IncentivePlanFields
    }
  }
`);

export const IncentiveEarningsDocument = graphql(`
  query IncentiveEarnings($planId: ID!, $partnerId: ID) {
    incentiveEarnings(planId: $planId, partnerId: $partnerId) {
      ...PartnerEarningsFields
    }
  }
`);

export const IncentiveTiersDocument = graphql(`
  query IncentiveTiers {
    tiers {
      id
      name
      rank
    }
  }
`);

export const IncentivePartnerOptionsDocument = graphql(`
  query IncentivePartnerOptions($search: String) {
    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {
      items {
        id
        name
        tier {
          id
          name
        }
      }
    }
  }
`);

export const SaveIncentivePlanDocument = graphql(`
  mutation SaveIncentivePlan($input: IncentivePlanInput!) {
    saveIncentivePlan(input: $input) {
      ...IncentivePlanFields
    }
  }
`);

export const ActivateIncentivePlanDocument = graphql(`
  mutation ActivateIncentivePlan($id: ID!) {
    activateIncentivePlan(id: $id) {
      ...IncentivePlanFields
    }
  }
`);

export const CloseIncentivePlanDocument = graphql(`
  mutation CloseIncentivePlan($id: ID!) {
    closeIncentivePlan(id: $id) {
      ...IncentivePlanFields
    }
  }
`);

export const DeleteIncentivePlanDocument = graphql(`
  mutation DeleteIncentivePlan($id: ID!) {
    deleteIncentivePlan(id: $id)
  }
`);

export const ApproveIncentivePayoutDocument = graphql(`
  mutation ApproveIncentivePayout(
    $id: ID!
    $amount: String
    $reason: String
    $expectedVersion: Int
  ) {
    approveIncentivePayout(
      id: $id
      amount: $amount
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      ...IncentivePayoutFields
    }
  }
`);

export const HoldIncentivePayoutDocument = graphql(`
  mutation HoldIncentivePayout($id: ID!, $reason: String!, $expectedVersion: Int) {
    holdIncentivePayout(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...IncentivePayoutFields
    }
  }
`);
