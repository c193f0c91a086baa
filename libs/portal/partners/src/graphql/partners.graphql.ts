import { graphql } from '@tandem/portal-data-access';

export const PartnerDirectoryDocument = graphql(`
  query PartnerDirectory($filter: PartnerFilterInput, $page: PageInput, $sort: PartnerSort) {
    partners(filter: $filter, page: $page, sort: $sort) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        name
        region
        country
        countryName
        status
        userCount
        tier {
          id
          name
        }
        type {
          id
          name
        }
        channelManager {
          id
          name
        }
      }
    }
  }
`);

export const ProgramOptionsDocument = graphql(`
  query ProgramOptions {
    tiers {
      id
      name
      rank
      description
    }
    partnerTypes {
      id
      name
      description
      active
    }
  }
`);

/** Personas a partner can specialise in; partner users only ever see published ones. */
export const PartnerPersonaOptionsDocument = graphql(`
  query PartnerPersonaOptions {
    personas(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        status
      }
    }
  }
`);

export const ChannelManagersDocument = graphql(`
  query ChannelManagers {
    channelManagers {
      id
      name
      email
    }
  }
`);

export const PartnerDetailDocument = graphql(`
  query PartnerDetail($id: ID!) {
    partner(id: $id) {
      id
      name
      legalName
      logoUrl
      websiteDomains
      country
      countryName
      region
      timeZone
      workingDays
      workdayStartHour
      workdayEndHour
      focusPersonaIds
      status
      userCount
      version
      createdAt
      updatedAt
      tierId
      typeId
      channelManagerId
      tier {
        id
        name
      }
      type {
        id
        name
      }
      channelManager {
        id
        name
        email
      }
    }
  }
`);

export const CreatePartnerDocument = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      name
    }
  }
`);

export const UpdatePartnerDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      name
      legalName
      logoUrl
      websiteDomains
      country
      countryName
      region
      timeZone
      workingDays
      workdayStartHour
      workdayEndHour
      focusPersonaIds
      version
      updatedAt
      tierId
      typeId
      channelManagerId
      tier {
        id
        name
      }
      type {
        id
        name
      }
      channelManager {
        id
        name
        email
      }
    }
  }
`);

export const UpdateMyPartnerProfileDocument = graphql(`
  mutation UpdateMyPartnerProfile($input: UpdateMyPartnerProfileInput!) {
    updateMyPartnerProfile(input: $input) {
      id
      legalName
      logoUrl
      websiteDomains
      timeZone
      workingDays
      workdayStartHour
      workdayEndHour
      focusPersonaIds
      version
      updatedAt
    }
  }
`);

export const SetPartnerStatusDocument = graphql(`
  mutation SetPartnerStatus($id: ID!, $status: PartnerStatus!, $reason: String!) {
    setPartnerStatus(id: $id, status: $status, reason: $reason) {
      id
      status
      version
      updatedAt
    }
  }
`);

export const PartnerOverviewDocument = graphql(`
  query PartnerOverview($id: ID!) {
    partner(id: $id) {
      id
      name
      status
      tier {
        id
        name
      }
      channelManager {
        id
        name
        email
      }
    }
  }
`);

export const PartnerStatusCountsDocument = graphql(`
  query PartnerStatusCounts {
    onboarding: partners(filter: { statuses: [ONBOARDING] }, page: { limit: 1 }) {
      totalCount
    }
    active: partners(filter: { statuses: [ACTIVE] }, page: { limit: 1 }) {
      totalCount
    }
    suspended: partners(filter: { statuses: [SUSPENDED] }, page: { limit: 1 }) {
      totalCount
    }
  }
`);

export const ImportPartnersDocument = graphql(`
  mutation ImportPartners($input: CsvImportInput!) {
    importPartners(input: $input) {
      ...CsvImportReportFields
    }
  }
`);
