import { graphql } from '@tandem/portal-data-access';

export const DealSettingsFieldsFragment = graphql(`
  fragment DealSettingsFields on DealSettings {
    id
    version
    protectionDays
    extensionPolicy
    extensionDays
    decisionHours
    vendorTimeZone
    engagementRule
    nameSimilarity
    tierProtection {
      tierId
      days
    }
    updatedAt
  }
`);

export const DealSettingsTiersDocument = graphql(`
  query DealSettingsTiers {
    tiers {
      id
      name
      rank
    }
  }
`);

export const DealSettingsDocument = graphql(`
  query DealSettings {
    dealSettings {
      ...DealSettingsFields
    }
  }
`);

export const SaveDealSettingsDocument = graphql(`
  mutation SaveDealSettings($input: DealSettingsInput!) {
    saveDealSettings(input: $input) {
      ...DealSettingsFields
    }
  }
`);

export const DealProductsDocument = graphql(`
  query DealProducts {
    products(includeInactive: true) {
      id
      sku
      name
      listPrice
      active
    }
  }
`);

export const SaveDealProductDocument = graphql(`
  mutation SaveDealProduct($input: ProductInput!) {
    saveProduct(input: $input) {
      id
      sku
      name
      listPrice
      active
    }
  }
`);

export const ImportDealProductsDocument = graphql(`
  mutation ImportDealProducts($input: CsvImportInput!) {
    importProducts(input: $input) {
      ...CsvImportReportFields
    }
  }
`);

export const DealAccountListDocument = graphql(`
  query DealAccountList($kind: AccountListKind, $search: String, $page: PageInput) {
    accountList(kind: $kind, search: $search, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        kind
        companyName
        domain
        country
        createdAt
      }
    }
  }
`);

export const SaveDealAccountDocument = graphql(`
  mutation SaveDealAccount($input: AccountListEntryInput!) {
    saveAccountListEntry(input: $input) {
      id
    }
  }
`);

export const DeleteDealAccountDocument = graphql(`
  mutation DeleteDealAccount($id: ID!) {
    deleteAccountListEntry(id: $id)
  }
`);

export const ImportDealAccountsDocument = graphql(`
  mutation ImportDealAccounts($kind: AccountListKind!, $input: CsvImportInput!) {
    importAccountList(kind: $kind, input: $input) {
      ...CsvImportReportFields
    }
  }
`);
