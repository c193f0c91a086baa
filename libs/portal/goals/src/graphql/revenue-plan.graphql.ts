import { graphql } from '@tandem/portal-data-access';

export const RevenuePlanDocument = graphql(`
  query RevenuePlan($input: RevenuePlanInput!) {
    revenuePlan(input: $input) {
      partnerId
      revenueTarget
      exceedsHistory
      maxLeadsInAPeriod
      warnings
      period {
        ...GoalPeriodFields
      }
      steps {
        metric
        label
        needed
        side
        startBy
      }
      assumptions {
        key
        label
        partnerValue
        partnerSample
        programMedian
        weight
        used
      }
      lagDays {
        key
        label
        days
        fromProgram
      }
    }
  }
`);

export const ApplyRevenuePlanDocument = graphql(`
  mutation ApplyRevenuePlan($input: RevenuePlanInput!) {
    applyRevenuePlan(input: $input) {
      ...GoalCardFields
    }
  }
`);
