import { graphql } from '@tandem/portal-data-access';

export const ContentAssetFieldsFragment = graphql(`
  fragment ContentAssetFields on ContentAsset {
    id
    title
    description
    type
    kind
    url
    fileName
    mimeType
    sizeBytes
    cobranded
    personaIds
    personas {
      id
      name
    }
    funnelStage
    minTierId
    minTier {
      id
      name
    }
    publishAt
    expiresAt
    downloadPath
    previewPath
    downloadCount
    createdAt
    createdByLabel
    version
  }
`);

export const ContentAssetsDocument = graphql(`
  query ContentAssets($filter: ContentFilterInput, $page: PageInput) {
    contentAssets(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...ContentAssetFields
      }
    }
  }
`);

export const ContentAssetDocument = graphql(`
  query ContentAsset($id: ID!) {
    contentAsset(id: $id) {
      ...ContentAssetFields
    }
  }
`);

export const ContentOptionsDocument = graphql(`
  query ContentOptions {
    personas(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        status
        publishedVersion
      }
    }
    tiers {
      id
      name
      rank
    }
  }
`);

export const CreateLinkAssetDocument = graphql(`
  mutation CreateLinkAsset($input: LinkAssetInput!) {
    createLinkAsset(input: $input) {
      ...ContentAssetFields
    }
  }
`);

export const UpdateAssetDocument = graphql(`
  mutation UpdateAsset($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      ...ContentAssetFields
    }
  }
`);

export const ContentKitFieldsFragment = graphql(`
  fragment ContentKitFields on ContentKit {
    id
    name
    description
    talkingPoints
    personaId
    persona {
      id
      name
    }
    campaignId
    downloadPath
    downloadCount
    version
    updatedAt
    assets {
      ...ContentAssetFields
    }
  }
`);

export const ContentKitsDocument = graphql(`
  query ContentKits($search: String, $personaId: ID, $campaignId: ID, $page: PageInput) {
    contentKits(search: $search, personaId: $personaId, campaignId: $campaignId, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...ContentKitFields
      }
    }
  }
`);

export const ContentKitDocument = graphql(`
  query ContentKit($id: ID!) {
    contentKit(id: $id) {
      ...ContentKitFields
    }
  }
`);

export const SaveKitDocument = graphql(`
  mutation SaveKit($input: KitInput!) {
    saveKit(input: $input) {
      ...ContentKitFields
    }
  }
`);

export const KitCampaignOptionsDocument = graphql(`
  query KitCampaignOptions {
    campaigns(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
        status
      }
    }
  }
`);

export const DownloadReportDocument = graphql(`
  query DownloadReport(
    $groupBy: DownloadReportGrouping!
    $filter: DownloadFilterInput
    $page: PageInput
  ) {
    downloadReport(groupBy: $groupBy, filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        key
        label
        downloads
        uniqueUsers
        partners
        lastDownloadAt
      }
    }
  }
`);

export const ContentDownloadsDocument = graphql(`
  query ContentDownloads($filter: DownloadFilterInput, $page: PageInput) {
    contentDownloads(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        itemTitle
        userLabel
        partnerId
        assetId
        kitId
        at
      }
    }
  }
`);

export const DownloadPartnersDocument = graphql(`
  query DownloadPartners {
    partners(page: { offset: 0, limit: 100 }) {
      items {
        id
        name
      }
    }
  }
`);
