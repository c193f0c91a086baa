import { graphql } from '@tandem/portal-data-access';

export const AnalyticsPeriodsDocument = graphql(`
  query AnalyticsPeriods($kind: PeriodKind!, $past: Int!) {
    periods(kind: $kind, past: $past) {
      code
      kind
      label
      start
      end
    }
  }
`);

export const AnalyticsPartnerOptionsDocument = graphql(`
  query AnalyticsPartnerOptions($search: String) {
    partners(filter: { search: $search }, page: { offset: 0, limit: 50 }, sort: NAME_ASC) {
      totalCount
      items {
        id
        name
      }
    }
  }
`);

export const AnalyticsPartnerDocument = graphql(`
  query AnalyticsPartner($id: ID!) {
    partner(id: $id) {
      id
      name
      region
      tier {
        id
        name
      }
      type {
        id
        name
      }
    }
  }
`);

export const AnalyticsScorecardDocument = graphql(`
  query AnalyticsScorecard($partnerId: ID, $periodCode: String!) {
    partnerScorecard(partnerId: $partnerId, periodCode: $periodCode) {
      partnerId
      period {
        code
        label
        start
        end
      }
      lines {
        metric
        value
        goal {
          id
          target
          expected
          progress
          status
          side
        }
      }
      rejectedByReason {
        reasonCodeId
        label
        count
      }
      trend {
        period {
          code
          label
        }
        values {
          metric
          value
        }
      }
    }
  }
`);

/**
 * Asked on its own, never in one request with the scorecard: the API computes both in the same
 * transaction and, side by side, the scorecard's goal progress came back wrong.
 */
export const AnalyticsTeamDocument = graphql(`
  query AnalyticsTeam($partnerId: ID, $periodCode: String!) {
    teamScorecard(partnerId: $partnerId, periodCode: $periodCode) {
      userId
      name
      values {
        metric
        value
      }
    }
  }
`);

export const AnalyticsFilterOptionsDocument = graphql(`
  query AnalyticsFilterOptions {
    tiers {
      id
      name
      rank
    }
    partnerTypes {
      id
      name
      active
    }
  }
`);

export const AnalyticsChannelManagersDocument = graphql(`
  query AnalyticsChannelManagers {
    channelManagers {
      id
      name
    }
  }
`);

export const AnalyticsLeaderboardDocument = graphql(`
  query AnalyticsLeaderboard(
    $periodCode: String!
    $filter: PartnerSelectionInput
    $sort: Metric!
    $descending: Boolean!
    $page: PageInput
  ) {
    partnerLeaderboard(
      periodCode: $periodCode
      filter: $filter
      sort: $sort
      descending: $descending
      page: $page
    ) {
      total
      period {
        code
        label
      }
      items {
        rank
        partnerId
        partner {
          id
          name
          region
          tier {
            id
            name
          }
        }
        values {
          metric
          value
        }
      }
    }
  }
`);

export const AnalyticsFunnelDocument = graphql(`
  query AnalyticsFunnel($periodCode: String!, $filter: PartnerSelectionInput) {
    channelFunnel(periodCode: $periodCode, filter: $filter) {
      partners
      period {
        code
        label
      }
      stages {
        metric
        label
        count
      }
      values {
        metric
        value
      }
    }
  }
`);

export const AnalyticsClosedLoopDocument = graphql(`
  query AnalyticsClosedLoop(
    $periodCode: String!
    $groupBy: ClosedLoopGrouping!
    $filter: PartnerSelectionInput
  ) {
    closedLoop(periodCode: $periodCode, groupBy: $groupBy, filter: $filter) {
      key
      label
      leads
      sqls
      opportunities
      dealsWon
      revenueWon
      funds
      revenuePerFund
    }
  }
`);
