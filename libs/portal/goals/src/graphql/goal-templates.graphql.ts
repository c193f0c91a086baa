import { graphql } from '@tandem/portal-data-access';

export const GoalTemplateFieldsFragment = graphql(`
  fragment GoalTemplateFields on GoalTemplate {
    id
    name
    tierId
    periodKind
    version
    updatedAt
    items {
      metric
      target
      side
    }
  }
`);

export const GoalTemplatesDocument = graphql(`
  query GoalTemplates {
    goalTemplates {
      ...GoalTemplateFields
    }
    tiers {
      id
      name
      rank
    }
  }
`);

export const SaveGoalTemplateDocument = graphql(`
  mutation SaveGoalTemplate($input: GoalTemplateInput!) {
    saveGoalTemplate(input: $input) {
      ...GoalTemplateFields
    }
  }
`);

export const DeleteGoalTemplateDocument = graphql(`
  mutation DeleteGoalTemplate($id: ID!) {
    deleteGoalTemplate(id: $id)
  }
`);

export const ApplyGoalTemplateDocument = graphql(`
  mutation ApplyGoalTemplate($input: ApplyGoalTemplateInput!) {
    applyGoalTemplate(input: $input) {
      partners
      created
      updated
      skipped
    }
  }
`);
