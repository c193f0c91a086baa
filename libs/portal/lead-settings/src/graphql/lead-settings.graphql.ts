import { graphql } from '@tandem/portal-data-access';

export const RoutingRuleFieldsFragment = graphql(`
  fragment RoutingRuleFields on RoutingRule {
    id
    version
    position
    name
    active
    leadCountries
    leadPersonaIds
    leadPriority
    sameCountry
    partnerRegions
    partnerTierIds
    requireSpecialisation
    maxOpenOffers
    weightTier
    weightConversion
    weightSla
    weightCapacity
    updatedAt
  }
`);

export const SlaPolicyFieldsFragment = graphql(`
  fragment SlaPolicyFields on SlaPolicy {
    id
    version
    name
    tierId
    priority
    acceptHours
    contactHours
    reminderPercent
    updatedAt
  }
`);

export const LeadRoutingSettingsDocument = graphql(`
  query LeadRoutingSettings {
    routingRules {
      ...RoutingRuleFields
    }
    slaPolicies {
      ...SlaPolicyFields
    }
  }
`);

export const LeadRoutingOptionsDocument = graphql(`
  query LeadRoutingOptions {
    tiers {
      id
      name
      rank
    }
    personas(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        status
      }
    }
  }
`);

export const SaveRoutingRuleDocument = graphql(`
  mutation SaveRoutingRule($input: RoutingRuleInput!) {
    saveRoutingRule(input: $input) {
      ...RoutingRuleFields
    }
  }
`);

export const ReorderRoutingRulesDocument = graphql(`
  mutation ReorderRoutingRules($ids: [ID!]!) {
    reorderRoutingRules(ids: $ids) {
      ...RoutingRuleFields
    }
  }
`);

export const DeleteRoutingRuleDocument = graphql(`
  mutation DeleteRoutingRule($id: ID!) {
    deleteRoutingRule(id: $id)
  }
`);

export const SaveSlaPolicyDocument = graphql(`
  mutation SaveSlaPolicy($input: SlaPolicyInput!) {
    saveSlaPolicy(input: $input) {
      ...SlaPolicyFields
    }
  }
`);

export const DeleteSlaPolicyDocument = graphql(`
  mutation DeleteSlaPolicy($id: ID!) {
    deleteSlaPolicy(id: $id)
  }
`);
