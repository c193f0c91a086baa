import { graphql } from '@tandem/portal-data-access';

/** Queries to refresh after a goal, objective, template or plan changes goals. */
export const GOALS_REFETCH = ['GoalsPartnerGoals'];

export const GoalPeriodFieldsFragment = graphql(`
  fragment GoalPeriodFields on Period {
    code
    label
    kind
    start
    end
  }
`);

export const GoalCardFieldsFragment = graphql(`
  fragment GoalCardFields on Goal {
    id
    partnerId
    periodCode
    metric
    target
    actual
    expected
    progress
    status
    side
    note
    adjusted
    templateId
    objectiveId
    version
    updatedAt
    updatedByLabel
  }
`);

export const ObjectiveCardFieldsFragment = graphql(`
  fragment ObjectiveCardFields on Objective {
    id
    partnerId
    periodCode
    title
    side
    progress
    version
    updatedAt
    updatedByLabel
    keyResults {
      ...GoalCardFields
    }
  }
`);

export const GoalsPeriodsDocument = graphql(`
  query GoalsPeriods($kind: PeriodKind!) {
    periods(kind: $kind, past: 6, ahead: 2) {
      ...GoalPeriodFields
    }
  }
`);

/** Only the running quarter: what the home page needs. */
export const GoalsRunningQuarterDocument = graphql(`
  query GoalsRunningQuarter {
    periods(kind: QUARTER, past: 0, ahead: 0) {
      ...GoalPeriodFields
    }
  }
`);

export const GoalsPartnerOptionsDocument = graphql(`
  query GoalsPartnerOptions($search: String) {
    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {
      totalCount
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

export const GoalsPartnerGoalsDocument = graphql(`
  query GoalsPartnerGoals($partnerId: ID, $periodCode: String!) {
    partnerGoals(partnerId: $partnerId, periodCode: $periodCode) {
      partnerId
      period {
        ...GoalPeriodFields
      }
      goals {
        ...GoalCardFields
      }
      objectives {
        ...ObjectiveCardFields
      }
    }
  }
`);

export const SetGoalDocument = graphql(`
  mutation SetGoal($input: SetGoalInput!) {
    setGoal(input: $input) {
      ...GoalCardFields
    }
  }
`);

export const DeleteGoalDocument = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);

export const SaveObjectiveDocument = graphql(`
  mutation SaveObjective($input: ObjectiveInput!) {
    saveObjective(input: $input) {
      ...ObjectiveCardFields
    }
  }
`);

export const DeleteObjectiveDocument = graphql(`
  mutation DeleteObjective($id: ID!) {
    deleteObjective(id: $id)
  }
`);
