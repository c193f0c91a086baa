/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditFilterInput, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        at\n        actorLabel\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AnalyticsPeriods($kind: PeriodKind!, $past: Int!) {\n    periods(kind: $kind, past: $past) {\n      code\n      kind\n      label\n      start\n      end\n    }\n  }\n": typeof types.AnalyticsPeriodsDocument,
    "\n  query AnalyticsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 50 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnalyticsPartnerOptionsDocument,
    "\n  query AnalyticsPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      region\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnalyticsPartnerDocument,
    "\n  query AnalyticsScorecard($partnerId: ID, $periodCode: String!) {\n    partnerScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n        goal {\n          id\n          target\n          expected\n          progress\n          status\n          side\n        }\n      }\n      rejectedByReason {\n        reasonCodeId\n        label\n        count\n      }\n      trend {\n        period {\n          code\n          label\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsScorecardDocument,
    "\n  query AnalyticsTeam($partnerId: ID, $periodCode: String!) {\n    teamScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      userId\n      name\n      values {\n        metric\n        value\n      }\n    }\n  }\n": typeof types.AnalyticsTeamDocument,
    "\n  query AnalyticsFilterOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    partnerTypes {\n      id\n      name\n      active\n    }\n  }\n": typeof types.AnalyticsFilterOptionsDocument,
    "\n  query AnalyticsChannelManagers {\n    channelManagers {\n      id\n      name\n    }\n  }\n": typeof types.AnalyticsChannelManagersDocument,
    "\n  query AnalyticsLeaderboard(\n    $periodCode: String!\n    $filter: PartnerSelectionInput\n    $sort: Metric!\n    $descending: Boolean!\n    $page: PageInput\n  ) {\n    partnerLeaderboard(\n      periodCode: $periodCode\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      page: $page\n    ) {\n      total\n      period {\n        code\n        label\n      }\n      items {\n        rank\n        partnerId\n        partner {\n          id\n          name\n          region\n          tier {\n            id\n            name\n          }\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsLeaderboardDocument,
    "\n  query AnalyticsFunnel($periodCode: String!, $filter: PartnerSelectionInput) {\n    channelFunnel(periodCode: $periodCode, filter: $filter) {\n      partners\n      period {\n        code\n        label\n      }\n      stages {\n        metric\n        label\n        count\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n": typeof types.AnalyticsFunnelDocument,
    "\n  query AnalyticsClosedLoop(\n    $periodCode: String!\n    $groupBy: ClosedLoopGrouping!\n    $filter: PartnerSelectionInput\n  ) {\n    closedLoop(periodCode: $periodCode, groupBy: $groupBy, filter: $filter) {\n      key\n      label\n      leads\n      sqls\n      opportunities\n      dealsWon\n      revenueWon\n      funds\n      revenuePerFund\n    }\n  }\n": typeof types.AnalyticsClosedLoopDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation UpdateMyProfile($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      channel\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      channel\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    partnerId\n    name\n    goal\n    description\n    startsOn\n    endsOn\n    status\n    phase\n    targetMode\n    targetTierIds\n    targetRegions\n    targetPartnerIds\n    personaIds\n    personas {\n      id\n      name\n    }\n    kitId\n    canManage\n    acknowledgedByMe\n    acknowledgementCount\n    targetPartnerCount\n    launchedAt\n    createdAt\n    createdByLabel\n    version\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  query CampaignFeed($page: PageInput) {\n    campaignFeed(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n": typeof types.CampaignFeedDocument,
    "\n  query CampaignList($filter: CampaignFilterInput, $page: PageInput) {\n    campaigns(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query CampaignOptions($vendor: Boolean!) {\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n    partners(page: { offset: 0, limit: 100 }) @include(if: $vendor) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CampaignOptionsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!) {\n    cancelCampaign(id: $id, reason: $reason) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  mutation AcknowledgeCampaign($id: ID!) {\n    acknowledgeCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.AcknowledgeCampaignDocument,
    "\n  fragment ContentAssetFields on ContentAsset {\n    id\n    title\n    description\n    type\n    kind\n    url\n    fileName\n    mimeType\n    sizeBytes\n    cobranded\n    personaIds\n    personas {\n      id\n      name\n    }\n    funnelStage\n    minTierId\n    minTier {\n      id\n      name\n    }\n    publishAt\n    expiresAt\n    downloadPath\n    previewPath\n    downloadCount\n    createdAt\n    createdByLabel\n    version\n  }\n": typeof types.ContentAssetFieldsFragmentDoc,
    "\n  query ContentAssets($filter: ContentFilterInput, $page: PageInput) {\n    contentAssets(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentAssetFields\n      }\n    }\n  }\n": typeof types.ContentAssetsDocument,
    "\n  query ContentAsset($id: ID!) {\n    contentAsset(id: $id) {\n      ...ContentAssetFields\n    }\n  }\n": typeof types.ContentAssetDocument,
    "\n  query ContentOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": typeof types.ContentOptionsDocument,
    "\n  mutation CreateLinkAsset($input: LinkAssetInput!) {\n    createLinkAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n": typeof types.CreateLinkAssetDocument,
    "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n": typeof types.UpdateAssetDocument,
    "\n  fragment ContentKitFields on ContentKit {\n    id\n    name\n    description\n    talkingPoints\n    personaId\n    persona {\n      id\n      name\n    }\n    campaignId\n    downloadPath\n    downloadCount\n    version\n    updatedAt\n    assets {\n      ...ContentAssetFields\n    }\n  }\n": typeof types.ContentKitFieldsFragmentDoc,
    "\n  query ContentKits($search: String, $personaId: ID, $campaignId: ID, $page: PageInput) {\n    contentKits(search: $search, personaId: $personaId, campaignId: $campaignId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentKitFields\n      }\n    }\n  }\n": typeof types.ContentKitsDocument,
    "\n  query ContentKit($id: ID!) {\n    contentKit(id: $id) {\n      ...ContentKitFields\n    }\n  }\n": typeof types.ContentKitDocument,
    "\n  mutation SaveKit($input: KitInput!) {\n    saveKit(input: $input) {\n      ...ContentKitFields\n    }\n  }\n": typeof types.SaveKitDocument,
    "\n  query KitCampaignOptions {\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.KitCampaignOptionsDocument,
    "\n  query DownloadReport(\n    $groupBy: DownloadReportGrouping!\n    $filter: DownloadFilterInput\n    $page: PageInput\n  ) {\n    downloadReport(groupBy: $groupBy, filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        key\n        label\n        downloads\n        uniqueUsers\n        partners\n        lastDownloadAt\n      }\n    }\n  }\n": typeof types.DownloadReportDocument,
    "\n  query ContentDownloads($filter: DownloadFilterInput, $page: PageInput) {\n    contentDownloads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        itemTitle\n        userLabel\n        partnerId\n        assetId\n        kitId\n        at\n      }\n    }\n  }\n": typeof types.ContentDownloadsDocument,
    "\n  query DownloadPartners {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DownloadPartnersDocument,
    "\n  fragment CsvImportReportFields on CsvImportReport {\n    preview\n    totalRows\n    created\n    updated\n    unchanged\n    invalid\n    duplicates\n    errors\n    warnings\n    rows {\n      line\n      label\n      outcome\n      matchedBy\n      changes\n      errors {\n        column\n        message\n      }\n    }\n  }\n": typeof types.CsvImportReportFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      status\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment DealSettingsFields on DealSettings {\n    id\n    version\n    protectionDays\n    extensionPolicy\n    extensionDays\n    decisionHours\n    vendorTimeZone\n    engagementRule\n    nameSimilarity\n    tierProtection {\n      tierId\n      days\n    }\n    updatedAt\n  }\n": typeof types.DealSettingsFieldsFragmentDoc,
    "\n  query DealSettingsTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": typeof types.DealSettingsTiersDocument,
    "\n  query DealSettings {\n    dealSettings {\n      ...DealSettingsFields\n    }\n  }\n": typeof types.DealSettingsDocument,
    "\n  mutation SaveDealSettings($input: DealSettingsInput!) {\n    saveDealSettings(input: $input) {\n      ...DealSettingsFields\n    }\n  }\n": typeof types.SaveDealSettingsDocument,
    "\n  query DealProducts {\n    products(includeInactive: true) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n": typeof types.DealProductsDocument,
    "\n  mutation SaveDealProduct($input: ProductInput!) {\n    saveProduct(input: $input) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n": typeof types.SaveDealProductDocument,
    "\n  mutation ImportDealProducts($input: CsvImportInput!) {\n    importProducts(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": typeof types.ImportDealProductsDocument,
    "\n  query DealAccountList($kind: AccountListKind, $search: String, $page: PageInput) {\n    accountList(kind: $kind, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        companyName\n        domain\n        country\n        createdAt\n      }\n    }\n  }\n": typeof types.DealAccountListDocument,
    "\n  mutation SaveDealAccount($input: AccountListEntryInput!) {\n    saveAccountListEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveDealAccountDocument,
    "\n  mutation DeleteDealAccount($id: ID!) {\n    deleteAccountListEntry(id: $id)\n  }\n": typeof types.DeleteDealAccountDocument,
    "\n  mutation ImportDealAccounts($kind: AccountListKind!, $input: CsvImportInput!) {\n    importAccountList(kind: $kind, input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": typeof types.ImportDealAccountsDocument,
    "\n  fragment DealListFields on DealRegistration {\n    id\n    reference\n    status\n    companyName\n    domain\n    country\n    currency\n    amount\n    partnerId\n    partnerName\n    registeredByUserId\n    registeredByLabel\n    hasConflicts\n    submittedAt\n    decisionDueAt\n    decisionOverdue\n    expiresAt\n    closedAt\n    updatedAt\n  }\n": typeof types.DealListFieldsFragmentDoc,
    "\n  fragment DealDetailFields on DealRegistration {\n    ...DealListFields\n    version\n    website\n    contactName\n    contactEmail\n    contactRole\n    lines {\n      id\n      productId\n      quantity\n      amount\n      product {\n        id\n        name\n        sku\n        listPrice\n      }\n    }\n    expectedCloseOn\n    personaId\n    leadId\n    lastMeetingOn\n    notes\n    createdAt\n    decidedAt\n    approvedAt\n    finalAmount\n    closedOn\n    reasonLabel\n    statusComment\n    competitor\n    extensionsGranted\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      actorLabel\n      reasonLabel\n      comment\n    }\n    extensions {\n      id\n      status\n      days\n      reason\n      requestedByLabel\n      requestedAt\n      decidedByLabel\n      decidedAt\n      comment\n    }\n  }\n": typeof types.DealDetailFieldsFragmentDoc,
    "\n  fragment DealConflictFields on DealConflictView {\n    id\n    kind\n    similarity\n    otherPredates\n    otherDealId\n    otherNumber\n    otherCompany\n    otherDomain\n    otherStatus\n    otherSubmittedAt\n    otherLastMeetingOn\n    otherNotes\n    otherAmount\n    otherCurrency\n    otherPartnerName\n    accountName\n    accountDomain\n    accountKind\n  }\n": typeof types.DealConflictFieldsFragmentDoc,
    "\n  query DealList($filter: DealFilterInput, $page: PageInput) {\n    dealRegistrations(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...DealListFields\n      }\n    }\n  }\n": typeof types.DealListDocument,
    "\n  query DealDetail($id: ID!, $approver: Boolean!) {\n    dealRegistration(id: $id) {\n      ...DealDetailFields\n      conflicts @include(if: $approver) {\n        ...DealConflictFields\n      }\n      decisions @include(if: $approver) {\n        id\n        decision\n        rule\n        decidedAt\n        decidedByLabel\n        redactedSummary\n      }\n    }\n  }\n": typeof types.DealDetailDocument,
    "\n  query DealProgram {\n    dealSettings {\n      id\n      protectionDays\n      extensionPolicy\n      extensionDays\n      decisionHours\n      engagementRule\n    }\n  }\n": typeof types.DealProgramDocument,
    "\n  query DealFormOptions {\n    products {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n  }\n": typeof types.DealFormOptionsDocument,
    "\n  query DealPartnerCountry($id: ID!) {\n    partner(id: $id) {\n      id\n      country\n    }\n  }\n": typeof types.DealPartnerCountryDocument,
    "\n  query DealLeadPrefill($id: ID!) {\n    lead(id: $id) {\n      id\n      contactName\n      email\n      title\n      company\n      domain\n      country\n      personaId\n    }\n  }\n": typeof types.DealLeadPrefillDocument,
    "\n  query DealAccountEngaged($website: String!, $companyName: String, $country: String) {\n    dealAccountEngaged(website: $website, companyName: $companyName, country: $country)\n  }\n": typeof types.DealAccountEngagedDocument,
    "\n  query DealReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      label\n      position\n    }\n  }\n": typeof types.DealReasonCodesDocument,
    "\n  mutation RegisterDeal($input: DealInput!, $idempotencyKey: String) {\n    registerDeal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.RegisterDealDocument,
    "\n  mutation SaveDealDraft($input: DealInput!) {\n    saveDealDraft(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.SaveDealDraftDocument,
    "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.SubmitDealDocument,
    "\n  mutation DecideDeal($input: DecideDealInput!) {\n    decideDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.DecideDealDocument,
    "\n  mutation WithdrawDeal($id: ID!, $reason: String!) {\n    withdrawDeal(id: $id, reason: $reason) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.WithdrawDealDocument,
    "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": typeof types.CloseDealDocument,
    "\n  mutation RequestDealExtension($dealId: ID!, $reason: String!) {\n    requestDealExtension(dealId: $dealId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RequestDealExtensionDocument,
    "\n  mutation DecideDealExtension($input: ExtensionDecisionInput!) {\n    decideDealExtension(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideDealExtensionDocument,
    "\n  query DealPartnerOptions {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DealPartnerOptionsDocument,
    "\n  subscription RegistrationDecided {\n    registrationDecided {\n      id\n      reference\n      companyName\n      status\n      statusComment\n      decidedAt\n      expiresAt\n    }\n  }\n": typeof types.RegistrationDecidedDocument,
    "\n  fragment DefinitionContentFields on FunnelDefinition {\n    id\n    status\n    number\n    version\n    changeNote\n    publishedAt\n    publishedByLabel\n    updatedAt\n    stages {\n      stage\n      description\n      entryCriteria\n    }\n    mql {\n      requiredFields\n      threshold\n      fitRules {\n        kind\n        values\n        min\n        max\n        points\n      }\n      engagementRules {\n        kind\n        points\n        maxPoints\n      }\n    }\n  }\n": typeof types.DefinitionContentFieldsFragmentDoc,
    "\n  query PublishedDefinition {\n    funnelDefinition {\n      ...DefinitionContentFields\n      acknowledgements {\n        definitionId\n        partnerId\n        side\n        acknowledgedByLabel\n        acknowledgedAt\n      }\n    }\n  }\n": typeof types.PublishedDefinitionDocument,
    "\n  query DefinitionDraft {\n    funnelDefinitionDraft {\n      ...DefinitionContentFields\n    }\n  }\n": typeof types.DefinitionDraftDocument,
    "\n  query DefinitionVersions($page: PageInput) {\n    funnelDefinitionVersions(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n": typeof types.DefinitionVersionsDocument,
    "\n  query DefinitionAgreements($page: PageInput, $missingOnly: Boolean!) {\n    definitionAgreements(page: $page, missingOnly: $missingOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        partnerId\n        partnerName\n        marketingVersion\n        salesVersion\n      }\n    }\n  }\n": typeof types.DefinitionAgreementsDocument,
    "\n  query DefinitionPersonas($page: PageInput) {\n    personas(page: $page) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DefinitionPersonasDocument,
    "\n  query ReasonCodes($includeInactive: Boolean!) {\n    reasonCodes(includeInactive: $includeInactive) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n": typeof types.ReasonCodesDocument,
    "\n  mutation SaveDefinitionDraft($input: FunnelDefinitionInput!) {\n    saveFunnelDefinitionDraft(input: $input) {\n      ...DefinitionContentFields\n    }\n  }\n": typeof types.SaveDefinitionDraftDocument,
    "\n  mutation PublishDefinition($changeNote: String!) {\n    publishFunnelDefinition(changeNote: $changeNote) {\n      id\n      number\n    }\n  }\n": typeof types.PublishDefinitionDocument,
    "\n  mutation AcknowledgeDefinition($definitionId: ID!, $sides: [PartnerSide!]!) {\n    acknowledgeFunnelDefinition(definitionId: $definitionId, sides: $sides) {\n      definitionId\n      partnerId\n      side\n      acknowledgedByLabel\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeDefinitionDocument,
    "\n  mutation SaveReasonCode($input: ReasonCodeInput!) {\n    saveReasonCode(input: $input) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n": typeof types.SaveReasonCodeDocument,
    "\n  query GoalsOverview($periodCode: String!, $page: PageInput) {\n    goalOverview(periodCode: $periodCode, page: $page) {\n      total\n      items {\n        partnerId\n        partner {\n          id\n          name\n        }\n        goals\n        atRisk\n        onTrack\n        achieved\n        missed\n        upcoming\n        averageProgress\n      }\n    }\n  }\n": typeof types.GoalsOverviewDocument,
    "\n  fragment GoalTemplateFields on GoalTemplate {\n    id\n    name\n    tierId\n    periodKind\n    version\n    updatedAt\n    items {\n      metric\n      target\n      side\n    }\n  }\n": typeof types.GoalTemplateFieldsFragmentDoc,
    "\n  query GoalTemplates {\n    goalTemplates {\n      ...GoalTemplateFields\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": typeof types.GoalTemplatesDocument,
    "\n  mutation SaveGoalTemplate($input: GoalTemplateInput!) {\n    saveGoalTemplate(input: $input) {\n      ...GoalTemplateFields\n    }\n  }\n": typeof types.SaveGoalTemplateDocument,
    "\n  mutation DeleteGoalTemplate($id: ID!) {\n    deleteGoalTemplate(id: $id)\n  }\n": typeof types.DeleteGoalTemplateDocument,
    "\n  mutation ApplyGoalTemplate($input: ApplyGoalTemplateInput!) {\n    applyGoalTemplate(input: $input) {\n      partners\n      created\n      updated\n      skipped\n    }\n  }\n": typeof types.ApplyGoalTemplateDocument,
    "\n  fragment GoalPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": typeof types.GoalPeriodFieldsFragmentDoc,
    "\n  fragment GoalCardFields on Goal {\n    id\n    partnerId\n    periodCode\n    metric\n    target\n    actual\n    expected\n    progress\n    status\n    side\n    note\n    adjusted\n    templateId\n    objectiveId\n    version\n    updatedAt\n    updatedByLabel\n  }\n": typeof types.GoalCardFieldsFragmentDoc,
    "\n  fragment ObjectiveCardFields on Objective {\n    id\n    partnerId\n    periodCode\n    title\n    side\n    progress\n    version\n    updatedAt\n    updatedByLabel\n    keyResults {\n      ...GoalCardFields\n    }\n  }\n": typeof types.ObjectiveCardFieldsFragmentDoc,
    "\n  query GoalsPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...GoalPeriodFields\n    }\n  }\n": typeof types.GoalsPeriodsDocument,
    "\n  query GoalsRunningQuarter {\n    periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...GoalPeriodFields\n    }\n  }\n": typeof types.GoalsRunningQuarterDocument,
    "\n  query GoalsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GoalsPartnerOptionsDocument,
    "\n  query GoalsPartnerGoals($partnerId: ID, $periodCode: String!) {\n    partnerGoals(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        ...GoalPeriodFields\n      }\n      goals {\n        ...GoalCardFields\n      }\n      objectives {\n        ...ObjectiveCardFields\n      }\n    }\n  }\n": typeof types.GoalsPartnerGoalsDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalCardFields\n    }\n  }\n": typeof types.SetGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  mutation SaveObjective($input: ObjectiveInput!) {\n    saveObjective(input: $input) {\n      ...ObjectiveCardFields\n    }\n  }\n": typeof types.SaveObjectiveDocument,
    "\n  mutation DeleteObjective($id: ID!) {\n    deleteObjective(id: $id)\n  }\n": typeof types.DeleteObjectiveDocument,
    "\n  query RevenuePlan($input: RevenuePlanInput!) {\n    revenuePlan(input: $input) {\n      partnerId\n      revenueTarget\n      exceedsHistory\n      maxLeadsInAPeriod\n      warnings\n      period {\n        ...GoalPeriodFields\n      }\n      steps {\n        metric\n        label\n        needed\n        side\n        startBy\n      }\n      assumptions {\n        key\n        label\n        partnerValue\n        partnerSample\n        programMedian\n        weight\n        used\n      }\n      lagDays {\n        key\n        label\n        days\n        fromProgram\n      }\n    }\n  }\n": typeof types.RevenuePlanDocument,
    "\n  mutation ApplyRevenuePlan($input: RevenuePlanInput!) {\n    applyRevenuePlan(input: $input) {\n      ...GoalCardFields\n    }\n  }\n": typeof types.ApplyRevenuePlanDocument,
    "\n  fragment IncentivePeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": typeof types.IncentivePeriodFieldsFragmentDoc,
    "\n  fragment IncentivePlanFields on IncentivePlan {\n    id\n    name\n    periodCode\n    status\n    eligibility\n    tierIds\n    partnerIds\n    measures {\n      metric\n      weight\n    }\n    revenueMetric\n    poolKind\n    poolPercent\n    poolAmount\n    thresholdPercent\n    capPercent\n    marketingSharePercent\n    version\n    createdAt\n    updatedAt\n    updatedByLabel\n    closedAt\n  }\n": typeof types.IncentivePlanFieldsFragmentDoc,
    "\n  fragment IncentivePayoutFields on IncentivePayout {\n    id\n    status\n    earned\n    marketing\n    sales\n    approvedAmount\n    approvedMarketing\n    approvedSales\n    reason\n    decidedAt\n    decidedByLabel\n    frozenAt\n    version\n  }\n": typeof types.IncentivePayoutFieldsFragmentDoc,
    "\n  fragment PartnerEarningsFields on PartnerEarnings {\n    planId\n    partnerId\n    partnerName\n    revenue\n    pool\n    attainment\n    factor\n    earned\n    marketing\n    sales\n    atTarget\n    toTarget\n    frozen\n    measures {\n      metric\n      weight\n      target\n      actual\n      progress\n    }\n    payout {\n      ...IncentivePayoutFields\n    }\n  }\n": typeof types.PartnerEarningsFieldsFragmentDoc,
    "\n  query IncentivePeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...IncentivePeriodFields\n    }\n  }\n": typeof types.IncentivePeriodsDocument,
    "\n  query IncentiveRunningPeriods {\n    quarters: periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    months: periods(kind: MONTH, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    years: periods(kind: YEAR, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n  }\n": typeof types.IncentiveRunningPeriodsDocument,
    "\n  query IncentivePlans($periodCode: String) {\n    incentivePlans(periodCode: $periodCode) {\n      ...IncentivePlanFields\n    }\n  }\n": typeof types.IncentivePlansDocument,
    "\n  query IncentivePlan($id: ID!) {\n    incentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": typeof types.IncentivePlanDocument,
    "\n  query IncentiveEarnings($planId: ID!, $partnerId: ID) {\n    incentiveEarnings(planId: $planId, partnerId: $partnerId) {\n      ...PartnerEarningsFields\n    }\n  }\n": typeof types.IncentiveEarningsDocument,
    "\n  query IncentiveTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": typeof types.IncentiveTiersDocument,
    "\n  query IncentivePartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IncentivePartnerOptionsDocument,
    "\n  mutation SaveIncentivePlan($input: IncentivePlanInput!) {\n    saveIncentivePlan(input: $input) {\n      ...IncentivePlanFields\n    }\n  }\n": typeof types.SaveIncentivePlanDocument,
    "\n  mutation ActivateIncentivePlan($id: ID!) {\n    activateIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": typeof types.ActivateIncentivePlanDocument,
    "\n  mutation CloseIncentivePlan($id: ID!) {\n    closeIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": typeof types.CloseIncentivePlanDocument,
    "\n  mutation DeleteIncentivePlan($id: ID!) {\n    deleteIncentivePlan(id: $id)\n  }\n": typeof types.DeleteIncentivePlanDocument,
    "\n  mutation ApproveIncentivePayout(\n    $id: ID!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    approveIncentivePayout(\n      id: $id\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...IncentivePayoutFields\n    }\n  }\n": typeof types.ApproveIncentivePayoutDocument,
    "\n  mutation HoldIncentivePayout($id: ID!, $reason: String!, $expectedVersion: Int) {\n    holdIncentivePayout(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...IncentivePayoutFields\n    }\n  }\n": typeof types.HoldIncentivePayoutDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      partnerId\n      partnerName\n      permissions\n      secretPrefix\n      rateLimitPerMinute\n      createdByLabel\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      revokedByLabel\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      revokedByLabel\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment SsoConnectionFields on SsoConnection {\n    id\n    name\n    partnerId\n    partner {\n      id\n      name\n    }\n    issuer\n    clientId\n    clientSecretSet\n    emailDomains\n    defaultRole\n    enabled\n    updatedAt\n  }\n": typeof types.SsoConnectionFieldsFragmentDoc,
    "\n  query SsoConnections {\n    ssoConnections {\n      ...SsoConnectionFields\n    }\n    ssoRedirectUri\n  }\n": typeof types.SsoConnectionsDocument,
    "\n  mutation SaveSsoConnection($input: SsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      ...SsoConnectionFields\n    }\n  }\n": typeof types.SaveSsoConnectionDocument,
    "\n  mutation DeleteSsoConnection($id: ID!) {\n    deleteSsoConnection(id: $id)\n  }\n": typeof types.DeleteSsoConnectionDocument,
    "\n  mutation TestSsoConnection($id: ID!) {\n    testSsoConnection(id: $id) {\n      ok\n      message\n      issuer\n      authorizationEndpoint\n    }\n  }\n": typeof types.TestSsoConnectionDocument,
    "\n  query SsoPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SsoPartnerOptionsDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    failedAt\n    createdAt\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    partnerId\n    partnerName\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretHint\n    createdByLabel\n    createdAt\n    version\n    lastDelivery {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!, $page: PageInput, $status: WebhookDeliveryStatus) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(page: $page, status: $status) {\n        totalCount\n        offset\n        limit\n        hasMore\n        items {\n          ...WebhookDeliveryFields\n          body\n          attemptLog {\n            id\n            attemptedAt\n            statusCode\n            success\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    version\n    position\n    name\n    active\n    leadCountries\n    leadPersonaIds\n    leadPriority\n    sameCountry\n    partnerRegions\n    partnerTierIds\n    requireSpecialisation\n    maxOpenOffers\n    weightTier\n    weightConversion\n    weightSla\n    weightCapacity\n    updatedAt\n  }\n": typeof types.RoutingRuleFieldsFragmentDoc,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    version\n    name\n    tierId\n    priority\n    acceptHours\n    contactHours\n    reminderPercent\n    updatedAt\n  }\n": typeof types.SlaPolicyFieldsFragmentDoc,
    "\n  query LeadRoutingSettings {\n    routingRules {\n      ...RoutingRuleFields\n    }\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.LeadRoutingSettingsDocument,
    "\n  query LeadRoutingOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.LeadRoutingOptionsDocument,
    "\n  mutation SaveRoutingRule($input: RoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n": typeof types.SaveRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleFields\n    }\n  }\n": typeof types.ReorderRoutingRulesDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.SaveSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n": typeof types.DeleteSlaPolicyDocument,
    "\n  fragment LeadListFields on Lead {\n    id\n    contactName\n    email\n    company\n    title\n    country\n    stage\n    stageChangedAt\n    handoff\n    priority\n    source\n    mqlScore\n    originPartnerId\n    partnerId\n    partnerName\n    assignedUserId\n    assignedUserName\n    currentOffer {\n      id\n      status\n      partnerId\n      partnerName\n      userId\n      userName\n      acceptDueAt\n      contactDueAt\n      contactedAt\n    }\n  }\n": typeof types.LeadListFieldsFragmentDoc,
    "\n  fragment LeadOfferFields on LeadOffer {\n    id\n    kind\n    status\n    partnerId\n    partnerName\n    userId\n    userName\n    offeredAt\n    offeredByLabel\n    acceptDueAt\n    contactDueAt\n    contactedAt\n    decidedAt\n    decidedByLabel\n    reasonLabel\n    comment\n    contactReached\n    spam\n    acceptBreached\n    contactBreached\n    routing {\n      ruleName\n      summary\n      filters\n      excludedPartnerIds\n      candidates {\n        partnerId\n        partnerName\n        score\n        tierScore\n        conversionRate\n        slaCompliance\n        openOffers\n      }\n    }\n  }\n": typeof types.LeadOfferFieldsFragmentDoc,
    "\n  fragment LeadDetailFields on Lead {\n    ...LeadListFields\n    phone\n    domain\n    companySize\n    consent\n    notes\n    spam\n    personaId\n    personaName\n    campaignId\n    campaignName\n    campaignResponses\n    contentDownloads\n    mqlReasons\n    definitionVersion\n    createdAt\n    createdByLabel\n    updatedAt\n    version\n    currentOffer {\n      ...LeadOfferFields\n    }\n    offers {\n      ...LeadOfferFields\n    }\n    stageHistory {\n      id\n      stage\n      fromStage\n      occurredAt\n      actorLabel\n      reasonLabel\n      comment\n      details\n    }\n    slaEvents {\n      id\n      kind\n      dueAt\n      occurredAt\n      offerId\n    }\n  }\n": typeof types.LeadDetailFieldsFragmentDoc,
    "\n  query LeadList($filter: LeadFilterInput, $page: PageInput) {\n    leads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...LeadListFields\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query LeadFormOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LeadFormOptionsDocument,
    "\n  query LeadPartnerOptions {\n    partners(filter: { statuses: [ACTIVE] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LeadPartnerOptionsDocument,
    "\n  query LeadAssignees($partnerId: ID) {\n    leadAssignees(partnerId: $partnerId) {\n      id\n      name\n      openOffers\n    }\n  }\n": typeof types.LeadAssigneesDocument,
    "\n  query LeadReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      code\n      label\n      position\n    }\n  }\n": typeof types.LeadReasonCodesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation AcceptLeadOffer($leadId: ID!) {\n    acceptLeadOffer(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.AcceptLeadOfferDocument,
    "\n  mutation RejectLeadOffer($input: RejectOfferInput!) {\n    rejectLeadOffer(input: $input)\n  }\n": typeof types.RejectLeadOfferDocument,
    "\n  mutation MarkLeadContacted($leadId: ID!) {\n    markLeadContacted(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.MarkLeadContactedDocument,
    "\n  mutation MoveLeadStage($input: MoveLeadStageInput!) {\n    moveLeadStage(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.MoveLeadStageDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.AssignLeadDocument,
    "\n  mutation RouteLead($leadId: ID!) {\n    routeLead(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.RouteLeadDocument,
    "\n  fragment LeadImportReportFields on LeadImportReport {\n    preview\n    totalRows\n    created\n    merged\n    unchanged\n    invalid\n    duplicates\n    qualified\n    warnings\n    rows {\n      row\n      email\n      contactName\n      outcome\n      messages\n    }\n  }\n": typeof types.LeadImportReportFieldsFragmentDoc,
    "\n  mutation PreviewLeadImport($input: ImportLeadsInput!) {\n    previewLeadImport(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n": typeof types.PreviewLeadImportDocument,
    "\n  mutation ImportLeads($input: ImportLeadsInput!) {\n    importLeads(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n": typeof types.ImportLeadsDocument,
    "\n  subscription LeadOfferReceived {\n    leadOfferReceived {\n      ...LeadListFields\n    }\n  }\n": typeof types.LeadOfferReceivedDocument,
    "\n  fragment MdfPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": typeof types.MdfPeriodFieldsFragmentDoc,
    "\n  fragment MdfBudgetViewFields on MdfBudgetView {\n    budget {\n      id\n      name\n      periodCode\n      total\n      version\n      updatedAt\n      updatedByLabel\n    }\n    total\n    allocated\n    unallocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n": typeof types.MdfBudgetViewFieldsFragmentDoc,
    "\n  fragment MdfAllocationFields on MdfAllocationView {\n    allocationId\n    budgetId\n    partnerId\n    partnerName\n    allocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n": typeof types.MdfAllocationFieldsFragmentDoc,
    "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    budgetId\n    allocationId\n    partnerId\n    activityType\n    title\n    description\n    startsOn\n    endsOn\n    plannedCost\n    requestedAmount\n    approvedAmount\n    expectedLeads\n    campaignId\n    personaId\n    status\n    decisionReason\n    decidedAt\n    decidedByLabel\n    requestedByLabel\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.MdfRequestFieldsFragmentDoc,
    "\n  fragment MdfClaimViewFields on MdfClaimView {\n    claim {\n      id\n      requestId\n      actualCost\n      amount\n      status\n      reason\n      submittedByLabel\n      createdAt\n      updatedAt\n      decidedAt\n      decidedByLabel\n      paidAt\n      version\n    }\n    files {\n      id\n      claimId\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": typeof types.MdfClaimViewFieldsFragmentDoc,
    "\n  fragment MdfRequestViewFields on MdfRequestView {\n    partnerName\n    request {\n      ...MdfRequestFields\n    }\n    claims {\n      ...MdfClaimViewFields\n    }\n    return {\n      leads\n      sqls\n      pipeline\n      revenueWon\n      leadsPerThousand\n      revenuePerUnit\n    }\n  }\n": typeof types.MdfRequestViewFieldsFragmentDoc,
    "\n  query MdfPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...MdfPeriodFields\n    }\n  }\n": typeof types.MdfPeriodsDocument,
    "\n  query MdfBudgets($periodCode: String) {\n    mdfBudgets(periodCode: $periodCode) {\n      ...MdfBudgetViewFields\n    }\n  }\n": typeof types.MdfBudgetsDocument,
    "\n  query MdfBudgetOptions {\n    mdfBudgets {\n      budget {\n        id\n        name\n        periodCode\n      }\n      allocated\n      remaining\n    }\n  }\n": typeof types.MdfBudgetOptionsDocument,
    "\n  query MdfAllocations($budgetId: ID!) {\n    mdfAllocations(budgetId: $budgetId) {\n      ...MdfAllocationFields\n    }\n  }\n": typeof types.MdfAllocationsDocument,
    "\n  query MdfRequests($status: MdfRequestStatus, $budgetId: ID) {\n    mdfRequests(status: $status, budgetId: $budgetId) {\n      ...MdfRequestViewFields\n    }\n  }\n": typeof types.MdfRequestsDocument,
    "\n  query MdfRequest($id: ID!) {\n    mdfRequest(id: $id) {\n      ...MdfRequestViewFields\n    }\n  }\n": typeof types.MdfRequestDocument,
    "\n  query MdfTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": typeof types.MdfTiersDocument,
    "\n  query MdfPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MdfPartnerOptionsDocument,
    "\n  query MdfRequestOptions {\n    campaigns(filter: { statuses: [DRAFT, LAUNCHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MdfRequestOptionsDocument,
    "\n  mutation SaveMdfBudget($input: MdfBudgetInput!) {\n    saveMdfBudget(input: $input) {\n      id\n      name\n      periodCode\n      total\n      version\n    }\n  }\n": typeof types.SaveMdfBudgetDocument,
    "\n  mutation AllocateMdf($input: MdfAllocationsInput!) {\n    allocateMdf(input: $input) {\n      ...MdfAllocationFields\n    }\n  }\n": typeof types.AllocateMdfDocument,
    "\n  mutation SaveMdfRequest($input: MdfRequestInput!) {\n    saveMdfRequest(input: $input) {\n      ...MdfRequestFields\n    }\n  }\n": typeof types.SaveMdfRequestDocument,
    "\n  mutation DecideMdfRequest(\n    $id: ID!\n    $decision: MdfDecision!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfRequest(\n      id: $id\n      decision: $decision\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...MdfRequestFields\n    }\n  }\n": typeof types.DecideMdfRequestDocument,
    "\n  mutation SaveMdfClaim($input: MdfClaimInput!) {\n    saveMdfClaim(input: $input) {\n      id\n      status\n      amount\n      actualCost\n      version\n    }\n  }\n": typeof types.SaveMdfClaimDocument,
    "\n  mutation DecideMdfClaim(\n    $id: ID!\n    $decision: MdfDecision!\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfClaim(\n      id: $id\n      decision: $decision\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      reason\n      version\n    }\n  }\n": typeof types.DecideMdfClaimDocument,
    "\n  mutation MarkMdfClaimPaid($id: ID!, $expectedVersion: Int) {\n    markMdfClaimPaid(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      paidAt\n      version\n    }\n  }\n": typeof types.MarkMdfClaimPaidDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query PartnerQuarter($partnerId: ID!) {\n    partnerScorecard(partnerId: $partnerId, trendPeriods: 0) {\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n      }\n    }\n  }\n": typeof types.PartnerQuarterDocument,
    "\n  query PartnerFirstContact($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {\n      userId\n      contactsDue\n      contactCompliance\n    }\n  }\n": typeof types.PartnerFirstContactDocument,
    "\n  query AnalyticsCalendar {\n    analyticsCalendar {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n": typeof types.AnalyticsCalendarDocument,
    "\n  mutation UpdateAnalyticsSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n": typeof types.UpdateAnalyticsSettingsDocument,
    "\n  query PartnerDirectory($filter: PartnerFilterInput, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        region\n        country\n        countryName\n        status\n        userCount\n        tier {\n          id\n          name\n        }\n        type {\n          id\n          name\n        }\n        channelManager {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerDirectoryDocument,
    "\n  query ProgramOptions {\n    tiers {\n      id\n      name\n      rank\n      description\n    }\n    partnerTypes {\n      id\n      name\n      description\n      active\n    }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  query PartnerPersonaOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.PartnerPersonaOptionsDocument,
    "\n  query ChannelManagers {\n    channelManagers {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ChannelManagersDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      status\n      userCount\n      version\n      createdAt\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation UpdateMyPartnerProfile($input: UpdateMyPartnerProfileInput!) {\n    updateMyPartnerProfile(input: $input) {\n      id\n      legalName\n      logoUrl\n      websiteDomains\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateMyPartnerProfileDocument,
    "\n  mutation SetPartnerStatus($id: ID!, $status: PartnerStatus!, $reason: String!) {\n    setPartnerStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": typeof types.SetPartnerStatusDocument,
    "\n  query PartnerOverview($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      tier {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.PartnerOverviewDocument,
    "\n  query PartnerStatusCounts {\n    onboarding: partners(filter: { statuses: [ONBOARDING] }, page: { limit: 1 }) {\n      totalCount\n    }\n    active: partners(filter: { statuses: [ACTIVE] }, page: { limit: 1 }) {\n      totalCount\n    }\n    suspended: partners(filter: { statuses: [SUSPENDED] }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.PartnerStatusCountsDocument,
    "\n  mutation ImportPartners($input: CsvImportInput!) {\n    importPartners(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": typeof types.ImportPartnersDocument,
    "\n  mutation SaveTier($input: TierInput!) {\n    saveTier(input: $input) {\n      id\n      name\n      rank\n      description\n    }\n  }\n": typeof types.SaveTierDocument,
    "\n  mutation SavePartnerType($input: PartnerTypeInput!) {\n    savePartnerType(input: $input) {\n      id\n      name\n      description\n      active\n    }\n  }\n": typeof types.SavePartnerTypeDocument,
    "\n  fragment PersonaContentFields on PersonaContent {\n    name\n    summary\n    jobTitles\n    industries\n    companySizeMin\n    companySizeMax\n    regions\n    goals\n    painPoints\n    objections {\n      objection\n      answer\n    }\n    buyingTriggers\n    preferredChannels\n    interests\n    qualificationQuestions\n    keyMessages\n    imageUrl\n  }\n": typeof types.PersonaContentFieldsFragmentDoc,
    "\n  query PersonaLibrary($filter: PersonaFilterInput, $page: PageInput, $manage: Boolean!) {\n    personas(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        status\n        publishedVersion\n        publishedAt\n        openProposalCount\n        hasUnpublishedChanges @include(if: $manage)\n        published {\n          summary\n          jobTitles\n        }\n        draft @include(if: $manage) {\n          summary\n          jobTitles\n        }\n      }\n    }\n  }\n": typeof types.PersonaLibraryDocument,
    "\n  query PersonaDetail($id: ID!, $manage: Boolean!) {\n    persona(id: $id) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      following\n      openProposalCount\n      createdAt\n      updatedAt\n      hasUnpublishedChanges @include(if: $manage)\n      published {\n        ...PersonaContentFields\n      }\n      draft @include(if: $manage) {\n        ...PersonaContentFields\n      }\n    }\n  }\n": typeof types.PersonaDetailDocument,
    "\n  query PersonaVersions($personaId: ID!, $page: PageInput) {\n    personaVersions(personaId: $personaId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n": typeof types.PersonaVersionsDocument,
    "\n  query PersonaDiff($personaId: ID!, $from: Int!, $to: Int) {\n    personaDiff(personaId: $personaId, from: $from, to: $to) {\n      field\n      label\n      before\n      after\n      added\n      removed\n    }\n  }\n": typeof types.PersonaDiffDocument,
    "\n  query PersonaComments($personaId: ID!, $page: PageInput, $openProposalsOnly: Boolean!) {\n    personaComments(personaId: $personaId, page: $page, openProposalsOnly: $openProposalsOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...PersonaCommentFields\n      }\n    }\n  }\n": typeof types.PersonaCommentsDocument,
    "\n  fragment PersonaCommentFields on PersonaComment {\n    id\n    personaId\n    kind\n    body\n    field\n    suggestion\n    evidence\n    status\n    decisionReason\n    decidedAt\n    acceptedVersion\n    parentId\n    authorLabel\n    createdAt\n    mine\n  }\n": typeof types.PersonaCommentFieldsFragmentDoc,
    "\n  mutation CreatePersona($content: PersonaContentInput!) {\n    createPersona(content: $content) {\n      id\n      name\n      status\n      version\n    }\n  }\n": typeof types.CreatePersonaDocument,
    "\n  mutation UpdatePersonaDraft($id: ID!, $version: Int!, $content: PersonaContentInput!) {\n    updatePersonaDraft(id: $id, version: $version, content: $content) {\n      id\n      name\n      status\n      version\n      updatedAt\n      hasUnpublishedChanges\n      draft {\n        ...PersonaContentFields\n      }\n    }\n  }\n": typeof types.UpdatePersonaDraftDocument,
    "\n  mutation PublishPersona($id: ID!, $changeNote: String!) {\n    publishPersona(id: $id, changeNote: $changeNote) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.PublishPersonaDocument,
    "\n  mutation RetirePersona($id: ID!, $reason: String!) {\n    retirePersona(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RetirePersonaDocument,
    "\n  mutation FollowPersona($personaId: ID!, $follow: Boolean!) {\n    followPersona(personaId: $personaId, follow: $follow)\n  }\n": typeof types.FollowPersonaDocument,
    "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $parentId: ID) {\n    commentOnPersona(personaId: $personaId, body: $body, parentId: $parentId) {\n      ...PersonaCommentFields\n    }\n  }\n": typeof types.CommentOnPersonaDocument,
    "\n  mutation ProposePersonaChange(\n    $personaId: ID!\n    $field: String!\n    $suggestion: String!\n    $evidence: String!\n  ) {\n    proposePersonaChange(\n      personaId: $personaId\n      field: $field\n      suggestion: $suggestion\n      evidence: $evidence\n    ) {\n      ...PersonaCommentFields\n    }\n  }\n": typeof types.ProposePersonaChangeDocument,
    "\n  mutation AcceptPersonaProposal($commentId: ID!, $note: String!) {\n    acceptPersonaProposal(commentId: $commentId, note: $note) {\n      ...PersonaCommentFields\n    }\n  }\n": typeof types.AcceptPersonaProposalDocument,
    "\n  mutation DeclinePersonaProposal($commentId: ID!, $reason: String!) {\n    declinePersonaProposal(commentId: $commentId, reason: $reason) {\n      ...PersonaCommentFields\n    }\n  }\n": typeof types.DeclinePersonaProposalDocument,
    "\n  query UserList($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        email\n        role\n        status\n        partnerId\n        lastSignInAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n    setUserStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetUserStatusDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        id\n        email\n        name\n        role\n        status\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      inviteUrl\n      user {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query PartnerPicker($search: String) {\n    partners(filter: { search: $search }, page: { limit: 25 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartnerPickerDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditFilterInput, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        at\n        actorLabel\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AnalyticsPeriods($kind: PeriodKind!, $past: Int!) {\n    periods(kind: $kind, past: $past) {\n      code\n      kind\n      label\n      start\n      end\n    }\n  }\n": types.AnalyticsPeriodsDocument,
    "\n  query AnalyticsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 50 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AnalyticsPartnerOptionsDocument,
    "\n  query AnalyticsPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      region\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n    }\n  }\n": types.AnalyticsPartnerDocument,
    "\n  query AnalyticsScorecard($partnerId: ID, $periodCode: String!) {\n    partnerScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n        goal {\n          id\n          target\n          expected\n          progress\n          status\n          side\n        }\n      }\n      rejectedByReason {\n        reasonCodeId\n        label\n        count\n      }\n      trend {\n        period {\n          code\n          label\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n": types.AnalyticsScorecardDocument,
    "\n  query AnalyticsTeam($partnerId: ID, $periodCode: String!) {\n    teamScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      userId\n      name\n      values {\n        metric\n        value\n      }\n    }\n  }\n": types.AnalyticsTeamDocument,
    "\n  query AnalyticsFilterOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    partnerTypes {\n      id\n      name\n      active\n    }\n  }\n": types.AnalyticsFilterOptionsDocument,
    "\n  query AnalyticsChannelManagers {\n    channelManagers {\n      id\n      name\n    }\n  }\n": types.AnalyticsChannelManagersDocument,
    "\n  query AnalyticsLeaderboard(\n    $periodCode: String!\n    $filter: PartnerSelectionInput\n    $sort: Metric!\n    $descending: Boolean!\n    $page: PageInput\n  ) {\n    partnerLeaderboard(\n      periodCode: $periodCode\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      page: $page\n    ) {\n      total\n      period {\n        code\n        label\n      }\n      items {\n        rank\n        partnerId\n        partner {\n          id\n          name\n          region\n          tier {\n            id\n            name\n          }\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n": types.AnalyticsLeaderboardDocument,
    "\n  query AnalyticsFunnel($periodCode: String!, $filter: PartnerSelectionInput) {\n    channelFunnel(periodCode: $periodCode, filter: $filter) {\n      partners\n      period {\n        code\n        label\n      }\n      stages {\n        metric\n        label\n        count\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n": types.AnalyticsFunnelDocument,
    "\n  query AnalyticsClosedLoop(\n    $periodCode: String!\n    $groupBy: ClosedLoopGrouping!\n    $filter: PartnerSelectionInput\n  ) {\n    closedLoop(periodCode: $periodCode, groupBy: $groupBy, filter: $filter) {\n      key\n      label\n      leads\n      sqls\n      opportunities\n      dealsWon\n      revenueWon\n      funds\n      revenuePerFund\n    }\n  }\n": types.AnalyticsClosedLoopDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation UpdateMyProfile($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      channel\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      channel\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    partnerId\n    name\n    goal\n    description\n    startsOn\n    endsOn\n    status\n    phase\n    targetMode\n    targetTierIds\n    targetRegions\n    targetPartnerIds\n    personaIds\n    personas {\n      id\n      name\n    }\n    kitId\n    canManage\n    acknowledgedByMe\n    acknowledgementCount\n    targetPartnerCount\n    launchedAt\n    createdAt\n    createdByLabel\n    version\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  query CampaignFeed($page: PageInput) {\n    campaignFeed(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n": types.CampaignFeedDocument,
    "\n  query CampaignList($filter: CampaignFilterInput, $page: PageInput) {\n    campaigns(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query CampaignOptions($vendor: Boolean!) {\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n    partners(page: { offset: 0, limit: 100 }) @include(if: $vendor) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.CampaignOptionsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  mutation CancelCampaign($id: ID!, $reason: String!) {\n    cancelCampaign(id: $id, reason: $reason) {\n      ...CampaignFields\n    }\n  }\n": types.CancelCampaignDocument,
    "\n  mutation AcknowledgeCampaign($id: ID!) {\n    acknowledgeCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.AcknowledgeCampaignDocument,
    "\n  fragment ContentAssetFields on ContentAsset {\n    id\n    title\n    description\n    type\n    kind\n    url\n    fileName\n    mimeType\n    sizeBytes\n    cobranded\n    personaIds\n    personas {\n      id\n      name\n    }\n    funnelStage\n    minTierId\n    minTier {\n      id\n      name\n    }\n    publishAt\n    expiresAt\n    downloadPath\n    previewPath\n    downloadCount\n    createdAt\n    createdByLabel\n    version\n  }\n": types.ContentAssetFieldsFragmentDoc,
    "\n  query ContentAssets($filter: ContentFilterInput, $page: PageInput) {\n    contentAssets(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentAssetFields\n      }\n    }\n  }\n": types.ContentAssetsDocument,
    "\n  query ContentAsset($id: ID!) {\n    contentAsset(id: $id) {\n      ...ContentAssetFields\n    }\n  }\n": types.ContentAssetDocument,
    "\n  query ContentOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": types.ContentOptionsDocument,
    "\n  mutation CreateLinkAsset($input: LinkAssetInput!) {\n    createLinkAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n": types.CreateLinkAssetDocument,
    "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n": types.UpdateAssetDocument,
    "\n  fragment ContentKitFields on ContentKit {\n    id\n    name\n    description\n    talkingPoints\n    personaId\n    persona {\n      id\n      name\n    }\n    campaignId\n    downloadPath\n    downloadCount\n    version\n    updatedAt\n    assets {\n      ...ContentAssetFields\n    }\n  }\n": types.ContentKitFieldsFragmentDoc,
    "\n  query ContentKits($search: String, $personaId: ID, $campaignId: ID, $page: PageInput) {\n    contentKits(search: $search, personaId: $personaId, campaignId: $campaignId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentKitFields\n      }\n    }\n  }\n": types.ContentKitsDocument,
    "\n  query ContentKit($id: ID!) {\n    contentKit(id: $id) {\n      ...ContentKitFields\n    }\n  }\n": types.ContentKitDocument,
    "\n  mutation SaveKit($input: KitInput!) {\n    saveKit(input: $input) {\n      ...ContentKitFields\n    }\n  }\n": types.SaveKitDocument,
    "\n  query KitCampaignOptions {\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.KitCampaignOptionsDocument,
    "\n  query DownloadReport(\n    $groupBy: DownloadReportGrouping!\n    $filter: DownloadFilterInput\n    $page: PageInput\n  ) {\n    downloadReport(groupBy: $groupBy, filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        key\n        label\n        downloads\n        uniqueUsers\n        partners\n        lastDownloadAt\n      }\n    }\n  }\n": types.DownloadReportDocument,
    "\n  query ContentDownloads($filter: DownloadFilterInput, $page: PageInput) {\n    contentDownloads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        itemTitle\n        userLabel\n        partnerId\n        assetId\n        kitId\n        at\n      }\n    }\n  }\n": types.ContentDownloadsDocument,
    "\n  query DownloadPartners {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DownloadPartnersDocument,
    "\n  fragment CsvImportReportFields on CsvImportReport {\n    preview\n    totalRows\n    created\n    updated\n    unchanged\n    invalid\n    duplicates\n    errors\n    warnings\n    rows {\n      line\n      label\n      outcome\n      matchedBy\n      changes\n      errors {\n        column\n        message\n      }\n    }\n  }\n": types.CsvImportReportFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      status\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment DealSettingsFields on DealSettings {\n    id\n    version\n    protectionDays\n    extensionPolicy\n    extensionDays\n    decisionHours\n    vendorTimeZone\n    engagementRule\n    nameSimilarity\n    tierProtection {\n      tierId\n      days\n    }\n    updatedAt\n  }\n": types.DealSettingsFieldsFragmentDoc,
    "\n  query DealSettingsTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": types.DealSettingsTiersDocument,
    "\n  query DealSettings {\n    dealSettings {\n      ...DealSettingsFields\n    }\n  }\n": types.DealSettingsDocument,
    "\n  mutation SaveDealSettings($input: DealSettingsInput!) {\n    saveDealSettings(input: $input) {\n      ...DealSettingsFields\n    }\n  }\n": types.SaveDealSettingsDocument,
    "\n  query DealProducts {\n    products(includeInactive: true) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n": types.DealProductsDocument,
    "\n  mutation SaveDealProduct($input: ProductInput!) {\n    saveProduct(input: $input) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n": types.SaveDealProductDocument,
    "\n  mutation ImportDealProducts($input: CsvImportInput!) {\n    importProducts(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": types.ImportDealProductsDocument,
    "\n  query DealAccountList($kind: AccountListKind, $search: String, $page: PageInput) {\n    accountList(kind: $kind, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        companyName\n        domain\n        country\n        createdAt\n      }\n    }\n  }\n": types.DealAccountListDocument,
    "\n  mutation SaveDealAccount($input: AccountListEntryInput!) {\n    saveAccountListEntry(input: $input) {\n      id\n    }\n  }\n": types.SaveDealAccountDocument,
    "\n  mutation DeleteDealAccount($id: ID!) {\n    deleteAccountListEntry(id: $id)\n  }\n": types.DeleteDealAccountDocument,
    "\n  mutation ImportDealAccounts($kind: AccountListKind!, $input: CsvImportInput!) {\n    importAccountList(kind: $kind, input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": types.ImportDealAccountsDocument,
    "\n  fragment DealListFields on DealRegistration {\n    id\n    reference\n    status\n    companyName\n    domain\n    country\n    currency\n    amount\n    partnerId\n    partnerName\n    registeredByUserId\n    registeredByLabel\n    hasConflicts\n    submittedAt\n    decisionDueAt\n    decisionOverdue\n    expiresAt\n    closedAt\n    updatedAt\n  }\n": types.DealListFieldsFragmentDoc,
    "\n  fragment DealDetailFields on DealRegistration {\n    ...DealListFields\n    version\n    website\n    contactName\n    contactEmail\n    contactRole\n    lines {\n      id\n      productId\n      quantity\n      amount\n      product {\n        id\n        name\n        sku\n        listPrice\n      }\n    }\n    expectedCloseOn\n    personaId\n    leadId\n    lastMeetingOn\n    notes\n    createdAt\n    decidedAt\n    approvedAt\n    finalAmount\n    closedOn\n    reasonLabel\n    statusComment\n    competitor\n    extensionsGranted\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      actorLabel\n      reasonLabel\n      comment\n    }\n    extensions {\n      id\n      status\n      days\n      reason\n      requestedByLabel\n      requestedAt\n      decidedByLabel\n      decidedAt\n      comment\n    }\n  }\n": types.DealDetailFieldsFragmentDoc,
    "\n  fragment DealConflictFields on DealConflictView {\n    id\n    kind\n    similarity\n    otherPredates\n    otherDealId\n    otherNumber\n    otherCompany\n    otherDomain\n    otherStatus\n    otherSubmittedAt\n    otherLastMeetingOn\n    otherNotes\n    otherAmount\n    otherCurrency\n    otherPartnerName\n    accountName\n    accountDomain\n    accountKind\n  }\n": types.DealConflictFieldsFragmentDoc,
    "\n  query DealList($filter: DealFilterInput, $page: PageInput) {\n    dealRegistrations(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...DealListFields\n      }\n    }\n  }\n": types.DealListDocument,
    "\n  query DealDetail($id: ID!, $approver: Boolean!) {\n    dealRegistration(id: $id) {\n      ...DealDetailFields\n      conflicts @include(if: $approver) {\n        ...DealConflictFields\n      }\n      decisions @include(if: $approver) {\n        id\n        decision\n        rule\n        decidedAt\n        decidedByLabel\n        redactedSummary\n      }\n    }\n  }\n": types.DealDetailDocument,
    "\n  query DealProgram {\n    dealSettings {\n      id\n      protectionDays\n      extensionPolicy\n      extensionDays\n      decisionHours\n      engagementRule\n    }\n  }\n": types.DealProgramDocument,
    "\n  query DealFormOptions {\n    products {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n  }\n": types.DealFormOptionsDocument,
    "\n  query DealPartnerCountry($id: ID!) {\n    partner(id: $id) {\n      id\n      country\n    }\n  }\n": types.DealPartnerCountryDocument,
    "\n  query DealLeadPrefill($id: ID!) {\n    lead(id: $id) {\n      id\n      contactName\n      email\n      title\n      company\n      domain\n      country\n      personaId\n    }\n  }\n": types.DealLeadPrefillDocument,
    "\n  query DealAccountEngaged($website: String!, $companyName: String, $country: String) {\n    dealAccountEngaged(website: $website, companyName: $companyName, country: $country)\n  }\n": types.DealAccountEngagedDocument,
    "\n  query DealReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      label\n      position\n    }\n  }\n": types.DealReasonCodesDocument,
    "\n  mutation RegisterDeal($input: DealInput!, $idempotencyKey: String) {\n    registerDeal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...DealDetailFields\n    }\n  }\n": types.RegisterDealDocument,
    "\n  mutation SaveDealDraft($input: DealInput!) {\n    saveDealDraft(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.SaveDealDraftDocument,
    "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n": types.SubmitDealDocument,
    "\n  mutation DecideDeal($input: DecideDealInput!) {\n    decideDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.DecideDealDocument,
    "\n  mutation WithdrawDeal($id: ID!, $reason: String!) {\n    withdrawDeal(id: $id, reason: $reason) {\n      ...DealDetailFields\n    }\n  }\n": types.WithdrawDealDocument,
    "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n": types.CloseDealDocument,
    "\n  mutation RequestDealExtension($dealId: ID!, $reason: String!) {\n    requestDealExtension(dealId: $dealId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RequestDealExtensionDocument,
    "\n  mutation DecideDealExtension($input: ExtensionDecisionInput!) {\n    decideDealExtension(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideDealExtensionDocument,
    "\n  query DealPartnerOptions {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DealPartnerOptionsDocument,
    "\n  subscription RegistrationDecided {\n    registrationDecided {\n      id\n      reference\n      companyName\n      status\n      statusComment\n      decidedAt\n      expiresAt\n    }\n  }\n": types.RegistrationDecidedDocument,
    "\n  fragment DefinitionContentFields on FunnelDefinition {\n    id\n    status\n    number\n    version\n    changeNote\n    publishedAt\n    publishedByLabel\n    updatedAt\n    stages {\n      stage\n      description\n      entryCriteria\n    }\n    mql {\n      requiredFields\n      threshold\n      fitRules {\n        kind\n        values\n        min\n        max\n        points\n      }\n      engagementRules {\n        kind\n        points\n        maxPoints\n      }\n    }\n  }\n": types.DefinitionContentFieldsFragmentDoc,
    "\n  query PublishedDefinition {\n    funnelDefinition {\n      ...DefinitionContentFields\n      acknowledgements {\n        definitionId\n        partnerId\n        side\n        acknowledgedByLabel\n        acknowledgedAt\n      }\n    }\n  }\n": types.PublishedDefinitionDocument,
    "\n  query DefinitionDraft {\n    funnelDefinitionDraft {\n      ...DefinitionContentFields\n    }\n  }\n": types.DefinitionDraftDocument,
    "\n  query DefinitionVersions($page: PageInput) {\n    funnelDefinitionVersions(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n": types.DefinitionVersionsDocument,
    "\n  query DefinitionAgreements($page: PageInput, $missingOnly: Boolean!) {\n    definitionAgreements(page: $page, missingOnly: $missingOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        partnerId\n        partnerName\n        marketingVersion\n        salesVersion\n      }\n    }\n  }\n": types.DefinitionAgreementsDocument,
    "\n  query DefinitionPersonas($page: PageInput) {\n    personas(page: $page) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DefinitionPersonasDocument,
    "\n  query ReasonCodes($includeInactive: Boolean!) {\n    reasonCodes(includeInactive: $includeInactive) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n": types.ReasonCodesDocument,
    "\n  mutation SaveDefinitionDraft($input: FunnelDefinitionInput!) {\n    saveFunnelDefinitionDraft(input: $input) {\n      ...DefinitionContentFields\n    }\n  }\n": types.SaveDefinitionDraftDocument,
    "\n  mutation PublishDefinition($changeNote: String!) {\n    publishFunnelDefinition(changeNote: $changeNote) {\n      id\n      number\n    }\n  }\n": types.PublishDefinitionDocument,
    "\n  mutation AcknowledgeDefinition($definitionId: ID!, $sides: [PartnerSide!]!) {\n    acknowledgeFunnelDefinition(definitionId: $definitionId, sides: $sides) {\n      definitionId\n      partnerId\n      side\n      acknowledgedByLabel\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeDefinitionDocument,
    "\n  mutation SaveReasonCode($input: ReasonCodeInput!) {\n    saveReasonCode(input: $input) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n": types.SaveReasonCodeDocument,
    "\n  query GoalsOverview($periodCode: String!, $page: PageInput) {\n    goalOverview(periodCode: $periodCode, page: $page) {\n      total\n      items {\n        partnerId\n        partner {\n          id\n          name\n        }\n        goals\n        atRisk\n        onTrack\n        achieved\n        missed\n        upcoming\n        averageProgress\n      }\n    }\n  }\n": types.GoalsOverviewDocument,
    "\n  fragment GoalTemplateFields on GoalTemplate {\n    id\n    name\n    tierId\n    periodKind\n    version\n    updatedAt\n    items {\n      metric\n      target\n      side\n    }\n  }\n": types.GoalTemplateFieldsFragmentDoc,
    "\n  query GoalTemplates {\n    goalTemplates {\n      ...GoalTemplateFields\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": types.GoalTemplatesDocument,
    "\n  mutation SaveGoalTemplate($input: GoalTemplateInput!) {\n    saveGoalTemplate(input: $input) {\n      ...GoalTemplateFields\n    }\n  }\n": types.SaveGoalTemplateDocument,
    "\n  mutation DeleteGoalTemplate($id: ID!) {\n    deleteGoalTemplate(id: $id)\n  }\n": types.DeleteGoalTemplateDocument,
    "\n  mutation ApplyGoalTemplate($input: ApplyGoalTemplateInput!) {\n    applyGoalTemplate(input: $input) {\n      partners\n      created\n      updated\n      skipped\n    }\n  }\n": types.ApplyGoalTemplateDocument,
    "\n  fragment GoalPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": types.GoalPeriodFieldsFragmentDoc,
    "\n  fragment GoalCardFields on Goal {\n    id\n    partnerId\n    periodCode\n    metric\n    target\n    actual\n    expected\n    progress\n    status\n    side\n    note\n    adjusted\n    templateId\n    objectiveId\n    version\n    updatedAt\n    updatedByLabel\n  }\n": types.GoalCardFieldsFragmentDoc,
    "\n  fragment ObjectiveCardFields on Objective {\n    id\n    partnerId\n    periodCode\n    title\n    side\n    progress\n    version\n    updatedAt\n    updatedByLabel\n    keyResults {\n      ...GoalCardFields\n    }\n  }\n": types.ObjectiveCardFieldsFragmentDoc,
    "\n  query GoalsPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...GoalPeriodFields\n    }\n  }\n": types.GoalsPeriodsDocument,
    "\n  query GoalsRunningQuarter {\n    periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...GoalPeriodFields\n    }\n  }\n": types.GoalsRunningQuarterDocument,
    "\n  query GoalsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GoalsPartnerOptionsDocument,
    "\n  query GoalsPartnerGoals($partnerId: ID, $periodCode: String!) {\n    partnerGoals(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        ...GoalPeriodFields\n      }\n      goals {\n        ...GoalCardFields\n      }\n      objectives {\n        ...ObjectiveCardFields\n      }\n    }\n  }\n": types.GoalsPartnerGoalsDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalCardFields\n    }\n  }\n": types.SetGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": types.DeleteGoalDocument,
    "\n  mutation SaveObjective($input: ObjectiveInput!) {\n    saveObjective(input: $input) {\n      ...ObjectiveCardFields\n    }\n  }\n": types.SaveObjectiveDocument,
    "\n  mutation DeleteObjective($id: ID!) {\n    deleteObjective(id: $id)\n  }\n": types.DeleteObjectiveDocument,
    "\n  query RevenuePlan($input: RevenuePlanInput!) {\n    revenuePlan(input: $input) {\n      partnerId\n      revenueTarget\n      exceedsHistory\n      maxLeadsInAPeriod\n      warnings\n      period {\n        ...GoalPeriodFields\n      }\n      steps {\n        metric\n        label\n        needed\n        side\n        startBy\n      }\n      assumptions {\n        key\n        label\n        partnerValue\n        partnerSample\n        programMedian\n        weight\n        used\n      }\n      lagDays {\n        key\n        label\n        days\n        fromProgram\n      }\n    }\n  }\n": types.RevenuePlanDocument,
    "\n  mutation ApplyRevenuePlan($input: RevenuePlanInput!) {\n    applyRevenuePlan(input: $input) {\n      ...GoalCardFields\n    }\n  }\n": types.ApplyRevenuePlanDocument,
    "\n  fragment IncentivePeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": types.IncentivePeriodFieldsFragmentDoc,
    "\n  fragment IncentivePlanFields on IncentivePlan {\n    id\n    name\n    periodCode\n    status\n    eligibility\n    tierIds\n    partnerIds\n    measures {\n      metric\n      weight\n    }\n    revenueMetric\n    poolKind\n    poolPercent\n    poolAmount\n    thresholdPercent\n    capPercent\n    marketingSharePercent\n    version\n    createdAt\n    updatedAt\n    updatedByLabel\n    closedAt\n  }\n": types.IncentivePlanFieldsFragmentDoc,
    "\n  fragment IncentivePayoutFields on IncentivePayout {\n    id\n    status\n    earned\n    marketing\n    sales\n    approvedAmount\n    approvedMarketing\n    approvedSales\n    reason\n    decidedAt\n    decidedByLabel\n    frozenAt\n    version\n  }\n": types.IncentivePayoutFieldsFragmentDoc,
    "\n  fragment PartnerEarningsFields on PartnerEarnings {\n    planId\n    partnerId\n    partnerName\n    revenue\n    pool\n    attainment\n    factor\n    earned\n    marketing\n    sales\n    atTarget\n    toTarget\n    frozen\n    measures {\n      metric\n      weight\n      target\n      actual\n      progress\n    }\n    payout {\n      ...IncentivePayoutFields\n    }\n  }\n": types.PartnerEarningsFieldsFragmentDoc,
    "\n  query IncentivePeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...IncentivePeriodFields\n    }\n  }\n": types.IncentivePeriodsDocument,
    "\n  query IncentiveRunningPeriods {\n    quarters: periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    months: periods(kind: MONTH, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    years: periods(kind: YEAR, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n  }\n": types.IncentiveRunningPeriodsDocument,
    "\n  query IncentivePlans($periodCode: String) {\n    incentivePlans(periodCode: $periodCode) {\n      ...IncentivePlanFields\n    }\n  }\n": types.IncentivePlansDocument,
    "\n  query IncentivePlan($id: ID!) {\n    incentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": types.IncentivePlanDocument,
    "\n  query IncentiveEarnings($planId: ID!, $partnerId: ID) {\n    incentiveEarnings(planId: $planId, partnerId: $partnerId) {\n      ...PartnerEarningsFields\n    }\n  }\n": types.IncentiveEarningsDocument,
    "\n  query IncentiveTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": types.IncentiveTiersDocument,
    "\n  query IncentivePartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IncentivePartnerOptionsDocument,
    "\n  mutation SaveIncentivePlan($input: IncentivePlanInput!) {\n    saveIncentivePlan(input: $input) {\n      ...IncentivePlanFields\n    }\n  }\n": types.SaveIncentivePlanDocument,
    "\n  mutation ActivateIncentivePlan($id: ID!) {\n    activateIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": types.ActivateIncentivePlanDocument,
    "\n  mutation CloseIncentivePlan($id: ID!) {\n    closeIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n": types.CloseIncentivePlanDocument,
    "\n  mutation DeleteIncentivePlan($id: ID!) {\n    deleteIncentivePlan(id: $id)\n  }\n": types.DeleteIncentivePlanDocument,
    "\n  mutation ApproveIncentivePayout(\n    $id: ID!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    approveIncentivePayout(\n      id: $id\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...IncentivePayoutFields\n    }\n  }\n": types.ApproveIncentivePayoutDocument,
    "\n  mutation HoldIncentivePayout($id: ID!, $reason: String!, $expectedVersion: Int) {\n    holdIncentivePayout(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...IncentivePayoutFields\n    }\n  }\n": types.HoldIncentivePayoutDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      partnerId\n      partnerName\n      permissions\n      secretPrefix\n      rateLimitPerMinute\n      createdByLabel\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      revokedByLabel\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      revokedByLabel\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment SsoConnectionFields on SsoConnection {\n    id\n    name\n    partnerId\n    partner {\n      id\n      name\n    }\n    issuer\n    clientId\n    clientSecretSet\n    emailDomains\n    defaultRole\n    enabled\n    updatedAt\n  }\n": types.SsoConnectionFieldsFragmentDoc,
    "\n  query SsoConnections {\n    ssoConnections {\n      ...SsoConnectionFields\n    }\n    ssoRedirectUri\n  }\n": types.SsoConnectionsDocument,
    "\n  mutation SaveSsoConnection($input: SsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      ...SsoConnectionFields\n    }\n  }\n": types.SaveSsoConnectionDocument,
    "\n  mutation DeleteSsoConnection($id: ID!) {\n    deleteSsoConnection(id: $id)\n  }\n": types.DeleteSsoConnectionDocument,
    "\n  mutation TestSsoConnection($id: ID!) {\n    testSsoConnection(id: $id) {\n      ok\n      message\n      issuer\n      authorizationEndpoint\n    }\n  }\n": types.TestSsoConnectionDocument,
    "\n  query SsoPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.SsoPartnerOptionsDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    failedAt\n    createdAt\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    partnerId\n    partnerName\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretHint\n    createdByLabel\n    createdAt\n    version\n    lastDelivery {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!, $page: PageInput, $status: WebhookDeliveryStatus) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(page: $page, status: $status) {\n        totalCount\n        offset\n        limit\n        hasMore\n        items {\n          ...WebhookDeliveryFields\n          body\n          attemptLog {\n            id\n            attemptedAt\n            statusCode\n            success\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    version\n    position\n    name\n    active\n    leadCountries\n    leadPersonaIds\n    leadPriority\n    sameCountry\n    partnerRegions\n    partnerTierIds\n    requireSpecialisation\n    maxOpenOffers\n    weightTier\n    weightConversion\n    weightSla\n    weightCapacity\n    updatedAt\n  }\n": types.RoutingRuleFieldsFragmentDoc,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    version\n    name\n    tierId\n    priority\n    acceptHours\n    contactHours\n    reminderPercent\n    updatedAt\n  }\n": types.SlaPolicyFieldsFragmentDoc,
    "\n  query LeadRoutingSettings {\n    routingRules {\n      ...RoutingRuleFields\n    }\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": types.LeadRoutingSettingsDocument,
    "\n  query LeadRoutingOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.LeadRoutingOptionsDocument,
    "\n  mutation SaveRoutingRule($input: RoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n": types.SaveRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleFields\n    }\n  }\n": types.ReorderRoutingRulesDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": types.DeleteRoutingRuleDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": types.SaveSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n": types.DeleteSlaPolicyDocument,
    "\n  fragment LeadListFields on Lead {\n    id\n    contactName\n    email\n    company\n    title\n    country\n    stage\n    stageChangedAt\n    handoff\n    priority\n    source\n    mqlScore\n    originPartnerId\n    partnerId\n    partnerName\n    assignedUserId\n    assignedUserName\n    currentOffer {\n      id\n      status\n      partnerId\n      partnerName\n      userId\n      userName\n      acceptDueAt\n      contactDueAt\n      contactedAt\n    }\n  }\n": types.LeadListFieldsFragmentDoc,
    "\n  fragment LeadOfferFields on LeadOffer {\n    id\n    kind\n    status\n    partnerId\n    partnerName\n    userId\n    userName\n    offeredAt\n    offeredByLabel\n    acceptDueAt\n    contactDueAt\n    contactedAt\n    decidedAt\n    decidedByLabel\n    reasonLabel\n    comment\n    contactReached\n    spam\n    acceptBreached\n    contactBreached\n    routing {\n      ruleName\n      summary\n      filters\n      excludedPartnerIds\n      candidates {\n        partnerId\n        partnerName\n        score\n        tierScore\n        conversionRate\n        slaCompliance\n        openOffers\n      }\n    }\n  }\n": types.LeadOfferFieldsFragmentDoc,
    "\n  fragment LeadDetailFields on Lead {\n    ...LeadListFields\n    phone\n    domain\n    companySize\n    consent\n    notes\n    spam\n    personaId\n    personaName\n    campaignId\n    campaignName\n    campaignResponses\n    contentDownloads\n    mqlReasons\n    definitionVersion\n    createdAt\n    createdByLabel\n    updatedAt\n    version\n    currentOffer {\n      ...LeadOfferFields\n    }\n    offers {\n      ...LeadOfferFields\n    }\n    stageHistory {\n      id\n      stage\n      fromStage\n      occurredAt\n      actorLabel\n      reasonLabel\n      comment\n      details\n    }\n    slaEvents {\n      id\n      kind\n      dueAt\n      occurredAt\n      offerId\n    }\n  }\n": types.LeadDetailFieldsFragmentDoc,
    "\n  query LeadList($filter: LeadFilterInput, $page: PageInput) {\n    leads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...LeadListFields\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query LeadFormOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.LeadFormOptionsDocument,
    "\n  query LeadPartnerOptions {\n    partners(filter: { statuses: [ACTIVE] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.LeadPartnerOptionsDocument,
    "\n  query LeadAssignees($partnerId: ID) {\n    leadAssignees(partnerId: $partnerId) {\n      id\n      name\n      openOffers\n    }\n  }\n": types.LeadAssigneesDocument,
    "\n  query LeadReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      code\n      label\n      position\n    }\n  }\n": types.LeadReasonCodesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation AcceptLeadOffer($leadId: ID!) {\n    acceptLeadOffer(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": types.AcceptLeadOfferDocument,
    "\n  mutation RejectLeadOffer($input: RejectOfferInput!) {\n    rejectLeadOffer(input: $input)\n  }\n": types.RejectLeadOfferDocument,
    "\n  mutation MarkLeadContacted($leadId: ID!) {\n    markLeadContacted(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": types.MarkLeadContactedDocument,
    "\n  mutation MoveLeadStage($input: MoveLeadStageInput!) {\n    moveLeadStage(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.MoveLeadStageDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.AssignLeadDocument,
    "\n  mutation RouteLead($leadId: ID!) {\n    routeLead(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n": types.RouteLeadDocument,
    "\n  fragment LeadImportReportFields on LeadImportReport {\n    preview\n    totalRows\n    created\n    merged\n    unchanged\n    invalid\n    duplicates\n    qualified\n    warnings\n    rows {\n      row\n      email\n      contactName\n      outcome\n      messages\n    }\n  }\n": types.LeadImportReportFieldsFragmentDoc,
    "\n  mutation PreviewLeadImport($input: ImportLeadsInput!) {\n    previewLeadImport(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n": types.PreviewLeadImportDocument,
    "\n  mutation ImportLeads($input: ImportLeadsInput!) {\n    importLeads(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n": types.ImportLeadsDocument,
    "\n  subscription LeadOfferReceived {\n    leadOfferReceived {\n      ...LeadListFields\n    }\n  }\n": types.LeadOfferReceivedDocument,
    "\n  fragment MdfPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n": types.MdfPeriodFieldsFragmentDoc,
    "\n  fragment MdfBudgetViewFields on MdfBudgetView {\n    budget {\n      id\n      name\n      periodCode\n      total\n      version\n      updatedAt\n      updatedByLabel\n    }\n    total\n    allocated\n    unallocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n": types.MdfBudgetViewFieldsFragmentDoc,
    "\n  fragment MdfAllocationFields on MdfAllocationView {\n    allocationId\n    budgetId\n    partnerId\n    partnerName\n    allocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n": types.MdfAllocationFieldsFragmentDoc,
    "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    budgetId\n    allocationId\n    partnerId\n    activityType\n    title\n    description\n    startsOn\n    endsOn\n    plannedCost\n    requestedAmount\n    approvedAmount\n    expectedLeads\n    campaignId\n    personaId\n    status\n    decisionReason\n    decidedAt\n    decidedByLabel\n    requestedByLabel\n    createdAt\n    updatedAt\n    version\n  }\n": types.MdfRequestFieldsFragmentDoc,
    "\n  fragment MdfClaimViewFields on MdfClaimView {\n    claim {\n      id\n      requestId\n      actualCost\n      amount\n      status\n      reason\n      submittedByLabel\n      createdAt\n      updatedAt\n      decidedAt\n      decidedByLabel\n      paidAt\n      version\n    }\n    files {\n      id\n      claimId\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": types.MdfClaimViewFieldsFragmentDoc,
    "\n  fragment MdfRequestViewFields on MdfRequestView {\n    partnerName\n    request {\n      ...MdfRequestFields\n    }\n    claims {\n      ...MdfClaimViewFields\n    }\n    return {\n      leads\n      sqls\n      pipeline\n      revenueWon\n      leadsPerThousand\n      revenuePerUnit\n    }\n  }\n": types.MdfRequestViewFieldsFragmentDoc,
    "\n  query MdfPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...MdfPeriodFields\n    }\n  }\n": types.MdfPeriodsDocument,
    "\n  query MdfBudgets($periodCode: String) {\n    mdfBudgets(periodCode: $periodCode) {\n      ...MdfBudgetViewFields\n    }\n  }\n": types.MdfBudgetsDocument,
    "\n  query MdfBudgetOptions {\n    mdfBudgets {\n      budget {\n        id\n        name\n        periodCode\n      }\n      allocated\n      remaining\n    }\n  }\n": types.MdfBudgetOptionsDocument,
    "\n  query MdfAllocations($budgetId: ID!) {\n    mdfAllocations(budgetId: $budgetId) {\n      ...MdfAllocationFields\n    }\n  }\n": types.MdfAllocationsDocument,
    "\n  query MdfRequests($status: MdfRequestStatus, $budgetId: ID) {\n    mdfRequests(status: $status, budgetId: $budgetId) {\n      ...MdfRequestViewFields\n    }\n  }\n": types.MdfRequestsDocument,
    "\n  query MdfRequest($id: ID!) {\n    mdfRequest(id: $id) {\n      ...MdfRequestViewFields\n    }\n  }\n": types.MdfRequestDocument,
    "\n  query MdfTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n": types.MdfTiersDocument,
    "\n  query MdfPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.MdfPartnerOptionsDocument,
    "\n  query MdfRequestOptions {\n    campaigns(filter: { statuses: [DRAFT, LAUNCHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.MdfRequestOptionsDocument,
    "\n  mutation SaveMdfBudget($input: MdfBudgetInput!) {\n    saveMdfBudget(input: $input) {\n      id\n      name\n      periodCode\n      total\n      version\n    }\n  }\n": types.SaveMdfBudgetDocument,
    "\n  mutation AllocateMdf($input: MdfAllocationsInput!) {\n    allocateMdf(input: $input) {\n      ...MdfAllocationFields\n    }\n  }\n": types.AllocateMdfDocument,
    "\n  mutation SaveMdfRequest($input: MdfRequestInput!) {\n    saveMdfRequest(input: $input) {\n      ...MdfRequestFields\n    }\n  }\n": types.SaveMdfRequestDocument,
    "\n  mutation DecideMdfRequest(\n    $id: ID!\n    $decision: MdfDecision!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfRequest(\n      id: $id\n      decision: $decision\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...MdfRequestFields\n    }\n  }\n": types.DecideMdfRequestDocument,
    "\n  mutation SaveMdfClaim($input: MdfClaimInput!) {\n    saveMdfClaim(input: $input) {\n      id\n      status\n      amount\n      actualCost\n      version\n    }\n  }\n": types.SaveMdfClaimDocument,
    "\n  mutation DecideMdfClaim(\n    $id: ID!\n    $decision: MdfDecision!\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfClaim(\n      id: $id\n      decision: $decision\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      reason\n      version\n    }\n  }\n": types.DecideMdfClaimDocument,
    "\n  mutation MarkMdfClaimPaid($id: ID!, $expectedVersion: Int) {\n    markMdfClaimPaid(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      paidAt\n      version\n    }\n  }\n": types.MarkMdfClaimPaidDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query PartnerQuarter($partnerId: ID!) {\n    partnerScorecard(partnerId: $partnerId, trendPeriods: 0) {\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n      }\n    }\n  }\n": types.PartnerQuarterDocument,
    "\n  query PartnerFirstContact($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {\n      userId\n      contactsDue\n      contactCompliance\n    }\n  }\n": types.PartnerFirstContactDocument,
    "\n  query AnalyticsCalendar {\n    analyticsCalendar {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n": types.AnalyticsCalendarDocument,
    "\n  mutation UpdateAnalyticsSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n": types.UpdateAnalyticsSettingsDocument,
    "\n  query PartnerDirectory($filter: PartnerFilterInput, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        region\n        country\n        countryName\n        status\n        userCount\n        tier {\n          id\n          name\n        }\n        type {\n          id\n          name\n        }\n        channelManager {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartnerDirectoryDocument,
    "\n  query ProgramOptions {\n    tiers {\n      id\n      name\n      rank\n      description\n    }\n    partnerTypes {\n      id\n      name\n      description\n      active\n    }\n  }\n": types.ProgramOptionsDocument,
    "\n  query PartnerPersonaOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.PartnerPersonaOptionsDocument,
    "\n  query ChannelManagers {\n    channelManagers {\n      id\n      name\n      email\n    }\n  }\n": types.ChannelManagersDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      status\n      userCount\n      version\n      createdAt\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  mutation UpdateMyPartnerProfile($input: UpdateMyPartnerProfileInput!) {\n    updateMyPartnerProfile(input: $input) {\n      id\n      legalName\n      logoUrl\n      websiteDomains\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n    }\n  }\n": types.UpdateMyPartnerProfileDocument,
    "\n  mutation SetPartnerStatus($id: ID!, $status: PartnerStatus!, $reason: String!) {\n    setPartnerStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n": types.SetPartnerStatusDocument,
    "\n  query PartnerOverview($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      tier {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.PartnerOverviewDocument,
    "\n  query PartnerStatusCounts {\n    onboarding: partners(filter: { statuses: [ONBOARDING] }, page: { limit: 1 }) {\n      totalCount\n    }\n    active: partners(filter: { statuses: [ACTIVE] }, page: { limit: 1 }) {\n      totalCount\n    }\n    suspended: partners(filter: { statuses: [SUSPENDED] }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n": types.PartnerStatusCountsDocument,
    "\n  mutation ImportPartners($input: CsvImportInput!) {\n    importPartners(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n": types.ImportPartnersDocument,
    "\n  mutation SaveTier($input: TierInput!) {\n    saveTier(input: $input) {\n      id\n      name\n      rank\n      description\n    }\n  }\n": types.SaveTierDocument,
    "\n  mutation SavePartnerType($input: PartnerTypeInput!) {\n    savePartnerType(input: $input) {\n      id\n      name\n      description\n      active\n    }\n  }\n": types.SavePartnerTypeDocument,
    "\n  fragment PersonaContentFields on PersonaContent {\n    name\n    summary\n    jobTitles\n    industries\n    companySizeMin\n    companySizeMax\n    regions\n    goals\n    painPoints\n    objections {\n      objection\n      answer\n    }\n    buyingTriggers\n    preferredChannels\n    interests\n    qualificationQuestions\n    keyMessages\n    imageUrl\n  }\n": types.PersonaContentFieldsFragmentDoc,
    "\n  query PersonaLibrary($filter: PersonaFilterInput, $page: PageInput, $manage: Boolean!) {\n    personas(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        status\n        publishedVersion\n        publishedAt\n        openProposalCount\n        hasUnpublishedChanges @include(if: $manage)\n        published {\n          summary\n          jobTitles\n        }\n        draft @include(if: $manage) {\n          summary\n          jobTitles\n        }\n      }\n    }\n  }\n": types.PersonaLibraryDocument,
    "\n  query PersonaDetail($id: ID!, $manage: Boolean!) {\n    persona(id: $id) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      following\n      openProposalCount\n      createdAt\n      updatedAt\n      hasUnpublishedChanges @include(if: $manage)\n      published {\n        ...PersonaContentFields\n      }\n      draft @include(if: $manage) {\n        ...PersonaContentFields\n      }\n    }\n  }\n": types.PersonaDetailDocument,
    "\n  query PersonaVersions($personaId: ID!, $page: PageInput) {\n    personaVersions(personaId: $personaId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n": types.PersonaVersionsDocument,
    "\n  query PersonaDiff($personaId: ID!, $from: Int!, $to: Int) {\n    personaDiff(personaId: $personaId, from: $from, to: $to) {\n      field\n      label\n      before\n      after\n      added\n      removed\n    }\n  }\n": types.PersonaDiffDocument,
    "\n  query PersonaComments($personaId: ID!, $page: PageInput, $openProposalsOnly: Boolean!) {\n    personaComments(personaId: $personaId, page: $page, openProposalsOnly: $openProposalsOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...PersonaCommentFields\n      }\n    }\n  }\n": types.PersonaCommentsDocument,
    "\n  fragment PersonaCommentFields on PersonaComment {\n    id\n    personaId\n    kind\n    body\n    field\n    suggestion\n    evidence\n    status\n    decisionReason\n    decidedAt\n    acceptedVersion\n    parentId\n    authorLabel\n    createdAt\n    mine\n  }\n": types.PersonaCommentFieldsFragmentDoc,
    "\n  mutation CreatePersona($content: PersonaContentInput!) {\n    createPersona(content: $content) {\n      id\n      name\n      status\n      version\n    }\n  }\n": types.CreatePersonaDocument,
    "\n  mutation UpdatePersonaDraft($id: ID!, $version: Int!, $content: PersonaContentInput!) {\n    updatePersonaDraft(id: $id, version: $version, content: $content) {\n      id\n      name\n      status\n      version\n      updatedAt\n      hasUnpublishedChanges\n      draft {\n        ...PersonaContentFields\n      }\n    }\n  }\n": types.UpdatePersonaDraftDocument,
    "\n  mutation PublishPersona($id: ID!, $changeNote: String!) {\n    publishPersona(id: $id, changeNote: $changeNote) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      hasUnpublishedChanges\n    }\n  }\n": types.PublishPersonaDocument,
    "\n  mutation RetirePersona($id: ID!, $reason: String!) {\n    retirePersona(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": types.RetirePersonaDocument,
    "\n  mutation FollowPersona($personaId: ID!, $follow: Boolean!) {\n    followPersona(personaId: $personaId, follow: $follow)\n  }\n": types.FollowPersonaDocument,
    "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $parentId: ID) {\n    commentOnPersona(personaId: $personaId, body: $body, parentId: $parentId) {\n      ...PersonaCommentFields\n    }\n  }\n": types.CommentOnPersonaDocument,
    "\n  mutation ProposePersonaChange(\n    $personaId: ID!\n    $field: String!\n    $suggestion: String!\n    $evidence: String!\n  ) {\n    proposePersonaChange(\n      personaId: $personaId\n      field: $field\n      suggestion: $suggestion\n      evidence: $evidence\n    ) {\n      ...PersonaCommentFields\n    }\n  }\n": types.ProposePersonaChangeDocument,
    "\n  mutation AcceptPersonaProposal($commentId: ID!, $note: String!) {\n    acceptPersonaProposal(commentId: $commentId, note: $note) {\n      ...PersonaCommentFields\n    }\n  }\n": types.AcceptPersonaProposalDocument,
    "\n  mutation DeclinePersonaProposal($commentId: ID!, $reason: String!) {\n    declinePersonaProposal(commentId: $commentId, reason: $reason) {\n      ...PersonaCommentFields\n    }\n  }\n": types.DeclinePersonaProposalDocument,
    "\n  query UserList($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        email\n        role\n        status\n        partnerId\n        lastSignInAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n    setUserStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetUserStatusDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        id\n        email\n        name\n        role\n        status\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      inviteUrl\n      user {\n        id\n        status\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n": types.RevokeInvitationDocument,
    "\n  query PartnerPicker($search: String) {\n    partners(filter: { search: $search }, page: { limit: 25 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.PartnerPickerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilterInput, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        at\n        actorLabel\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilterInput, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        at\n        actorLabel\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPeriods($kind: PeriodKind!, $past: Int!) {\n    periods(kind: $kind, past: $past) {\n      code\n      kind\n      label\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPeriods($kind: PeriodKind!, $past: Int!) {\n    periods(kind: $kind, past: $past) {\n      code\n      kind\n      label\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 50 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 50 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      region\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      region\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsScorecard($partnerId: ID, $periodCode: String!) {\n    partnerScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n        goal {\n          id\n          target\n          expected\n          progress\n          status\n          side\n        }\n      }\n      rejectedByReason {\n        reasonCodeId\n        label\n        count\n      }\n      trend {\n        period {\n          code\n          label\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsScorecard($partnerId: ID, $periodCode: String!) {\n    partnerScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n        goal {\n          id\n          target\n          expected\n          progress\n          status\n          side\n        }\n      }\n      rejectedByReason {\n        reasonCodeId\n        label\n        count\n      }\n      trend {\n        period {\n          code\n          label\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsTeam($partnerId: ID, $periodCode: String!) {\n    teamScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      userId\n      name\n      values {\n        metric\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsTeam($partnerId: ID, $periodCode: String!) {\n    teamScorecard(partnerId: $partnerId, periodCode: $periodCode) {\n      userId\n      name\n      values {\n        metric\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsFilterOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    partnerTypes {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsFilterOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    partnerTypes {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsChannelManagers {\n    channelManagers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsChannelManagers {\n    channelManagers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsLeaderboard(\n    $periodCode: String!\n    $filter: PartnerSelectionInput\n    $sort: Metric!\n    $descending: Boolean!\n    $page: PageInput\n  ) {\n    partnerLeaderboard(\n      periodCode: $periodCode\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      page: $page\n    ) {\n      total\n      period {\n        code\n        label\n      }\n      items {\n        rank\n        partnerId\n        partner {\n          id\n          name\n          region\n          tier {\n            id\n            name\n          }\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsLeaderboard(\n    $periodCode: String!\n    $filter: PartnerSelectionInput\n    $sort: Metric!\n    $descending: Boolean!\n    $page: PageInput\n  ) {\n    partnerLeaderboard(\n      periodCode: $periodCode\n      filter: $filter\n      sort: $sort\n      descending: $descending\n      page: $page\n    ) {\n      total\n      period {\n        code\n        label\n      }\n      items {\n        rank\n        partnerId\n        partner {\n          id\n          name\n          region\n          tier {\n            id\n            name\n          }\n        }\n        values {\n          metric\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsFunnel($periodCode: String!, $filter: PartnerSelectionInput) {\n    channelFunnel(periodCode: $periodCode, filter: $filter) {\n      partners\n      period {\n        code\n        label\n      }\n      stages {\n        metric\n        label\n        count\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsFunnel($periodCode: String!, $filter: PartnerSelectionInput) {\n    channelFunnel(periodCode: $periodCode, filter: $filter) {\n      partners\n      period {\n        code\n        label\n      }\n      stages {\n        metric\n        label\n        count\n      }\n      values {\n        metric\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsClosedLoop(\n    $periodCode: String!\n    $groupBy: ClosedLoopGrouping!\n    $filter: PartnerSelectionInput\n  ) {\n    closedLoop(periodCode: $periodCode, groupBy: $groupBy, filter: $filter) {\n      key\n      label\n      leads\n      sqls\n      opportunities\n      dealsWon\n      revenueWon\n      funds\n      revenuePerFund\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsClosedLoop(\n    $periodCode: String!\n    $groupBy: ClosedLoopGrouping!\n    $filter: PartnerSelectionInput\n  ) {\n    closedLoop(periodCode: $periodCode, groupBy: $groupBy, filter: $filter) {\n      key\n      label\n      leads\n      sqls\n      opportunities\n      dealsWon\n      revenueWon\n      funds\n      revenuePerFund\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {\n    setNotificationPreference(kind: $kind, channel: $channel) {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    partnerId\n    name\n    goal\n    description\n    startsOn\n    endsOn\n    status\n    phase\n    targetMode\n    targetTierIds\n    targetRegions\n    targetPartnerIds\n    personaIds\n    personas {\n      id\n      name\n    }\n    kitId\n    canManage\n    acknowledgedByMe\n    acknowledgementCount\n    targetPartnerCount\n    launchedAt\n    createdAt\n    createdByLabel\n    version\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    id\n    partnerId\n    name\n    goal\n    description\n    startsOn\n    endsOn\n    status\n    phase\n    targetMode\n    targetTierIds\n    targetRegions\n    targetPartnerIds\n    personaIds\n    personas {\n      id\n      name\n    }\n    kitId\n    canManage\n    acknowledgedByMe\n    acknowledgementCount\n    targetPartnerCount\n    launchedAt\n    createdAt\n    createdByLabel\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFeed($page: PageInput) {\n    campaignFeed(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignFeed($page: PageInput) {\n    campaignFeed(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($filter: CampaignFilterInput, $page: PageInput) {\n    campaigns(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($filter: CampaignFilterInput, $page: PageInput) {\n    campaigns(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...CampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOptions($vendor: Boolean!) {\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n    partners(page: { offset: 0, limit: 100 }) @include(if: $vendor) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignOptions($vendor: Boolean!) {\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n    partners(page: { offset: 0, limit: 100 }) @include(if: $vendor) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!, $reason: String!) {\n    cancelCampaign(id: $id, reason: $reason) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCampaign($id: ID!, $reason: String!) {\n    cancelCampaign(id: $id, reason: $reason) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeCampaign($id: ID!) {\n    acknowledgeCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeCampaign($id: ID!) {\n    acknowledgeCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentAssetFields on ContentAsset {\n    id\n    title\n    description\n    type\n    kind\n    url\n    fileName\n    mimeType\n    sizeBytes\n    cobranded\n    personaIds\n    personas {\n      id\n      name\n    }\n    funnelStage\n    minTierId\n    minTier {\n      id\n      name\n    }\n    publishAt\n    expiresAt\n    downloadPath\n    previewPath\n    downloadCount\n    createdAt\n    createdByLabel\n    version\n  }\n"): (typeof documents)["\n  fragment ContentAssetFields on ContentAsset {\n    id\n    title\n    description\n    type\n    kind\n    url\n    fileName\n    mimeType\n    sizeBytes\n    cobranded\n    personaIds\n    personas {\n      id\n      name\n    }\n    funnelStage\n    minTierId\n    minTier {\n      id\n      name\n    }\n    publishAt\n    expiresAt\n    downloadPath\n    previewPath\n    downloadCount\n    createdAt\n    createdByLabel\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAssets($filter: ContentFilterInput, $page: PageInput) {\n    contentAssets(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentAssetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentAssets($filter: ContentFilterInput, $page: PageInput) {\n    contentAssets(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentAssetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAsset($id: ID!) {\n    contentAsset(id: $id) {\n      ...ContentAssetFields\n    }\n  }\n"): (typeof documents)["\n  query ContentAsset($id: ID!) {\n    contentAsset(id: $id) {\n      ...ContentAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query ContentOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n        publishedVersion\n      }\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLinkAsset($input: LinkAssetInput!) {\n    createLinkAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLinkAsset($input: LinkAssetInput!) {\n    createLinkAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      ...ContentAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentKitFields on ContentKit {\n    id\n    name\n    description\n    talkingPoints\n    personaId\n    persona {\n      id\n      name\n    }\n    campaignId\n    downloadPath\n    downloadCount\n    version\n    updatedAt\n    assets {\n      ...ContentAssetFields\n    }\n  }\n"): (typeof documents)["\n  fragment ContentKitFields on ContentKit {\n    id\n    name\n    description\n    talkingPoints\n    personaId\n    persona {\n      id\n      name\n    }\n    campaignId\n    downloadPath\n    downloadCount\n    version\n    updatedAt\n    assets {\n      ...ContentAssetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentKits($search: String, $personaId: ID, $campaignId: ID, $page: PageInput) {\n    contentKits(search: $search, personaId: $personaId, campaignId: $campaignId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentKitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentKits($search: String, $personaId: ID, $campaignId: ID, $page: PageInput) {\n    contentKits(search: $search, personaId: $personaId, campaignId: $campaignId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...ContentKitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentKit($id: ID!) {\n    contentKit(id: $id) {\n      ...ContentKitFields\n    }\n  }\n"): (typeof documents)["\n  query ContentKit($id: ID!) {\n    contentKit(id: $id) {\n      ...ContentKitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveKit($input: KitInput!) {\n    saveKit(input: $input) {\n      ...ContentKitFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveKit($input: KitInput!) {\n    saveKit(input: $input) {\n      ...ContentKitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCampaignOptions {\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitCampaignOptions {\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadReport(\n    $groupBy: DownloadReportGrouping!\n    $filter: DownloadFilterInput\n    $page: PageInput\n  ) {\n    downloadReport(groupBy: $groupBy, filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        key\n        label\n        downloads\n        uniqueUsers\n        partners\n        lastDownloadAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DownloadReport(\n    $groupBy: DownloadReportGrouping!\n    $filter: DownloadFilterInput\n    $page: PageInput\n  ) {\n    downloadReport(groupBy: $groupBy, filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        key\n        label\n        downloads\n        uniqueUsers\n        partners\n        lastDownloadAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDownloads($filter: DownloadFilterInput, $page: PageInput) {\n    contentDownloads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        itemTitle\n        userLabel\n        partnerId\n        assetId\n        kitId\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentDownloads($filter: DownloadFilterInput, $page: PageInput) {\n    contentDownloads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        itemTitle\n        userLabel\n        partnerId\n        assetId\n        kitId\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadPartners {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DownloadPartners {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CsvImportReportFields on CsvImportReport {\n    preview\n    totalRows\n    created\n    updated\n    unchanged\n    invalid\n    duplicates\n    errors\n    warnings\n    rows {\n      line\n      label\n      outcome\n      matchedBy\n      changes\n      errors {\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CsvImportReportFields on CsvImportReport {\n    preview\n    totalRows\n    created\n    updated\n    unchanged\n    invalid\n    duplicates\n    errors\n    warnings\n    rows {\n      line\n      label\n      outcome\n      matchedBy\n      changes\n      errors {\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      status\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      status\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealSettingsFields on DealSettings {\n    id\n    version\n    protectionDays\n    extensionPolicy\n    extensionDays\n    decisionHours\n    vendorTimeZone\n    engagementRule\n    nameSimilarity\n    tierProtection {\n      tierId\n      days\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment DealSettingsFields on DealSettings {\n    id\n    version\n    protectionDays\n    extensionPolicy\n    extensionDays\n    decisionHours\n    vendorTimeZone\n    engagementRule\n    nameSimilarity\n    tierProtection {\n      tierId\n      days\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealSettingsTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query DealSettingsTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealSettings {\n    dealSettings {\n      ...DealSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query DealSettings {\n    dealSettings {\n      ...DealSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDealSettings($input: DealSettingsInput!) {\n    saveDealSettings(input: $input) {\n      ...DealSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDealSettings($input: DealSettingsInput!) {\n    saveDealSettings(input: $input) {\n      ...DealSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealProducts {\n    products(includeInactive: true) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n"): (typeof documents)["\n  query DealProducts {\n    products(includeInactive: true) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDealProduct($input: ProductInput!) {\n    saveProduct(input: $input) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDealProduct($input: ProductInput!) {\n    saveProduct(input: $input) {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDealProducts($input: CsvImportInput!) {\n    importProducts(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDealProducts($input: CsvImportInput!) {\n    importProducts(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealAccountList($kind: AccountListKind, $search: String, $page: PageInput) {\n    accountList(kind: $kind, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        companyName\n        domain\n        country\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealAccountList($kind: AccountListKind, $search: String, $page: PageInput) {\n    accountList(kind: $kind, search: $search, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        companyName\n        domain\n        country\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDealAccount($input: AccountListEntryInput!) {\n    saveAccountListEntry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDealAccount($input: AccountListEntryInput!) {\n    saveAccountListEntry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDealAccount($id: ID!) {\n    deleteAccountListEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDealAccount($id: ID!) {\n    deleteAccountListEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDealAccounts($kind: AccountListKind!, $input: CsvImportInput!) {\n    importAccountList(kind: $kind, input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDealAccounts($kind: AccountListKind!, $input: CsvImportInput!) {\n    importAccountList(kind: $kind, input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealListFields on DealRegistration {\n    id\n    reference\n    status\n    companyName\n    domain\n    country\n    currency\n    amount\n    partnerId\n    partnerName\n    registeredByUserId\n    registeredByLabel\n    hasConflicts\n    submittedAt\n    decisionDueAt\n    decisionOverdue\n    expiresAt\n    closedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment DealListFields on DealRegistration {\n    id\n    reference\n    status\n    companyName\n    domain\n    country\n    currency\n    amount\n    partnerId\n    partnerName\n    registeredByUserId\n    registeredByLabel\n    hasConflicts\n    submittedAt\n    decisionDueAt\n    decisionOverdue\n    expiresAt\n    closedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealDetailFields on DealRegistration {\n    ...DealListFields\n    version\n    website\n    contactName\n    contactEmail\n    contactRole\n    lines {\n      id\n      productId\n      quantity\n      amount\n      product {\n        id\n        name\n        sku\n        listPrice\n      }\n    }\n    expectedCloseOn\n    personaId\n    leadId\n    lastMeetingOn\n    notes\n    createdAt\n    decidedAt\n    approvedAt\n    finalAmount\n    closedOn\n    reasonLabel\n    statusComment\n    competitor\n    extensionsGranted\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      actorLabel\n      reasonLabel\n      comment\n    }\n    extensions {\n      id\n      status\n      days\n      reason\n      requestedByLabel\n      requestedAt\n      decidedByLabel\n      decidedAt\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment DealDetailFields on DealRegistration {\n    ...DealListFields\n    version\n    website\n    contactName\n    contactEmail\n    contactRole\n    lines {\n      id\n      productId\n      quantity\n      amount\n      product {\n        id\n        name\n        sku\n        listPrice\n      }\n    }\n    expectedCloseOn\n    personaId\n    leadId\n    lastMeetingOn\n    notes\n    createdAt\n    decidedAt\n    approvedAt\n    finalAmount\n    closedOn\n    reasonLabel\n    statusComment\n    competitor\n    extensionsGranted\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      actorLabel\n      reasonLabel\n      comment\n    }\n    extensions {\n      id\n      status\n      days\n      reason\n      requestedByLabel\n      requestedAt\n      decidedByLabel\n      decidedAt\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealConflictFields on DealConflictView {\n    id\n    kind\n    similarity\n    otherPredates\n    otherDealId\n    otherNumber\n    otherCompany\n    otherDomain\n    otherStatus\n    otherSubmittedAt\n    otherLastMeetingOn\n    otherNotes\n    otherAmount\n    otherCurrency\n    otherPartnerName\n    accountName\n    accountDomain\n    accountKind\n  }\n"): (typeof documents)["\n  fragment DealConflictFields on DealConflictView {\n    id\n    kind\n    similarity\n    otherPredates\n    otherDealId\n    otherNumber\n    otherCompany\n    otherDomain\n    otherStatus\n    otherSubmittedAt\n    otherLastMeetingOn\n    otherNotes\n    otherAmount\n    otherCurrency\n    otherPartnerName\n    accountName\n    accountDomain\n    accountKind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealList($filter: DealFilterInput, $page: PageInput) {\n    dealRegistrations(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...DealListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealList($filter: DealFilterInput, $page: PageInput) {\n    dealRegistrations(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...DealListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealDetail($id: ID!, $approver: Boolean!) {\n    dealRegistration(id: $id) {\n      ...DealDetailFields\n      conflicts @include(if: $approver) {\n        ...DealConflictFields\n      }\n      decisions @include(if: $approver) {\n        id\n        decision\n        rule\n        decidedAt\n        decidedByLabel\n        redactedSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealDetail($id: ID!, $approver: Boolean!) {\n    dealRegistration(id: $id) {\n      ...DealDetailFields\n      conflicts @include(if: $approver) {\n        ...DealConflictFields\n      }\n      decisions @include(if: $approver) {\n        id\n        decision\n        rule\n        decidedAt\n        decidedByLabel\n        redactedSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealProgram {\n    dealSettings {\n      id\n      protectionDays\n      extensionPolicy\n      extensionDays\n      decisionHours\n      engagementRule\n    }\n  }\n"): (typeof documents)["\n  query DealProgram {\n    dealSettings {\n      id\n      protectionDays\n      extensionPolicy\n      extensionDays\n      decisionHours\n      engagementRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealFormOptions {\n    products {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealFormOptions {\n    products {\n      id\n      sku\n      name\n      listPrice\n      active\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPartnerCountry($id: ID!) {\n    partner(id: $id) {\n      id\n      country\n    }\n  }\n"): (typeof documents)["\n  query DealPartnerCountry($id: ID!) {\n    partner(id: $id) {\n      id\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealLeadPrefill($id: ID!) {\n    lead(id: $id) {\n      id\n      contactName\n      email\n      title\n      company\n      domain\n      country\n      personaId\n    }\n  }\n"): (typeof documents)["\n  query DealLeadPrefill($id: ID!) {\n    lead(id: $id) {\n      id\n      contactName\n      email\n      title\n      company\n      domain\n      country\n      personaId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealAccountEngaged($website: String!, $companyName: String, $country: String) {\n    dealAccountEngaged(website: $website, companyName: $companyName, country: $country)\n  }\n"): (typeof documents)["\n  query DealAccountEngaged($website: String!, $companyName: String, $country: String) {\n    dealAccountEngaged(website: $website, companyName: $companyName, country: $country)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      label\n      position\n    }\n  }\n"): (typeof documents)["\n  query DealReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      label\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDeal($input: DealInput!, $idempotencyKey: String) {\n    registerDeal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDeal($input: DealInput!, $idempotencyKey: String) {\n    registerDeal(input: $input, idempotencyKey: $idempotencyKey) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDealDraft($input: DealInput!) {\n    saveDealDraft(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDealDraft($input: DealInput!) {\n    saveDealDraft(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDeal($id: ID!) {\n    submitDeal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeal($input: DecideDealInput!) {\n    decideDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeal($input: DecideDealInput!) {\n    decideDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDeal($id: ID!, $reason: String!) {\n    withdrawDeal(id: $id, reason: $reason) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawDeal($id: ID!, $reason: String!) {\n    withdrawDeal(id: $id, reason: $reason) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) {\n      ...DealDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDealExtension($dealId: ID!, $reason: String!) {\n    requestDealExtension(dealId: $dealId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDealExtension($dealId: ID!, $reason: String!) {\n    requestDealExtension(dealId: $dealId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDealExtension($input: ExtensionDecisionInput!) {\n    decideDealExtension(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDealExtension($input: ExtensionDecisionInput!) {\n    decideDealExtension(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPartnerOptions {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealPartnerOptions {\n    partners(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegistrationDecided {\n    registrationDecided {\n      id\n      reference\n      companyName\n      status\n      statusComment\n      decidedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  subscription RegistrationDecided {\n    registrationDecided {\n      id\n      reference\n      companyName\n      status\n      statusComment\n      decidedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DefinitionContentFields on FunnelDefinition {\n    id\n    status\n    number\n    version\n    changeNote\n    publishedAt\n    publishedByLabel\n    updatedAt\n    stages {\n      stage\n      description\n      entryCriteria\n    }\n    mql {\n      requiredFields\n      threshold\n      fitRules {\n        kind\n        values\n        min\n        max\n        points\n      }\n      engagementRules {\n        kind\n        points\n        maxPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DefinitionContentFields on FunnelDefinition {\n    id\n    status\n    number\n    version\n    changeNote\n    publishedAt\n    publishedByLabel\n    updatedAt\n    stages {\n      stage\n      description\n      entryCriteria\n    }\n    mql {\n      requiredFields\n      threshold\n      fitRules {\n        kind\n        values\n        min\n        max\n        points\n      }\n      engagementRules {\n        kind\n        points\n        maxPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedDefinition {\n    funnelDefinition {\n      ...DefinitionContentFields\n      acknowledgements {\n        definitionId\n        partnerId\n        side\n        acknowledgedByLabel\n        acknowledgedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedDefinition {\n    funnelDefinition {\n      ...DefinitionContentFields\n      acknowledgements {\n        definitionId\n        partnerId\n        side\n        acknowledgedByLabel\n        acknowledgedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefinitionDraft {\n    funnelDefinitionDraft {\n      ...DefinitionContentFields\n    }\n  }\n"): (typeof documents)["\n  query DefinitionDraft {\n    funnelDefinitionDraft {\n      ...DefinitionContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefinitionVersions($page: PageInput) {\n    funnelDefinitionVersions(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query DefinitionVersions($page: PageInput) {\n    funnelDefinitionVersions(page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefinitionAgreements($page: PageInput, $missingOnly: Boolean!) {\n    definitionAgreements(page: $page, missingOnly: $missingOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        partnerId\n        partnerName\n        marketingVersion\n        salesVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query DefinitionAgreements($page: PageInput, $missingOnly: Boolean!) {\n    definitionAgreements(page: $page, missingOnly: $missingOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        partnerId\n        partnerName\n        marketingVersion\n        salesVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefinitionPersonas($page: PageInput) {\n    personas(page: $page) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DefinitionPersonas($page: PageInput) {\n    personas(page: $page) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonCodes($includeInactive: Boolean!) {\n    reasonCodes(includeInactive: $includeInactive) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  query ReasonCodes($includeInactive: Boolean!) {\n    reasonCodes(includeInactive: $includeInactive) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDefinitionDraft($input: FunnelDefinitionInput!) {\n    saveFunnelDefinitionDraft(input: $input) {\n      ...DefinitionContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDefinitionDraft($input: FunnelDefinitionInput!) {\n    saveFunnelDefinitionDraft(input: $input) {\n      ...DefinitionContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDefinition($changeNote: String!) {\n    publishFunnelDefinition(changeNote: $changeNote) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDefinition($changeNote: String!) {\n    publishFunnelDefinition(changeNote: $changeNote) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeDefinition($definitionId: ID!, $sides: [PartnerSide!]!) {\n    acknowledgeFunnelDefinition(definitionId: $definitionId, sides: $sides) {\n      definitionId\n      partnerId\n      side\n      acknowledgedByLabel\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeDefinition($definitionId: ID!, $sides: [PartnerSide!]!) {\n    acknowledgeFunnelDefinition(definitionId: $definitionId, sides: $sides) {\n      definitionId\n      partnerId\n      side\n      acknowledgedByLabel\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReasonCode($input: ReasonCodeInput!) {\n    saveReasonCode(input: $input) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReasonCode($input: ReasonCodeInput!) {\n    saveReasonCode(input: $input) {\n      id\n      kind\n      code\n      label\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsOverview($periodCode: String!, $page: PageInput) {\n    goalOverview(periodCode: $periodCode, page: $page) {\n      total\n      items {\n        partnerId\n        partner {\n          id\n          name\n        }\n        goals\n        atRisk\n        onTrack\n        achieved\n        missed\n        upcoming\n        averageProgress\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalsOverview($periodCode: String!, $page: PageInput) {\n    goalOverview(periodCode: $periodCode, page: $page) {\n      total\n      items {\n        partnerId\n        partner {\n          id\n          name\n        }\n        goals\n        atRisk\n        onTrack\n        achieved\n        missed\n        upcoming\n        averageProgress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalTemplateFields on GoalTemplate {\n    id\n    name\n    tierId\n    periodKind\n    version\n    updatedAt\n    items {\n      metric\n      target\n      side\n    }\n  }\n"): (typeof documents)["\n  fragment GoalTemplateFields on GoalTemplate {\n    id\n    name\n    tierId\n    periodKind\n    version\n    updatedAt\n    items {\n      metric\n      target\n      side\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalTemplates {\n    goalTemplates {\n      ...GoalTemplateFields\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query GoalTemplates {\n    goalTemplates {\n      ...GoalTemplateFields\n    }\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGoalTemplate($input: GoalTemplateInput!) {\n    saveGoalTemplate(input: $input) {\n      ...GoalTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveGoalTemplate($input: GoalTemplateInput!) {\n    saveGoalTemplate(input: $input) {\n      ...GoalTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoalTemplate($id: ID!) {\n    deleteGoalTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoalTemplate($id: ID!) {\n    deleteGoalTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyGoalTemplate($input: ApplyGoalTemplateInput!) {\n    applyGoalTemplate(input: $input) {\n      partners\n      created\n      updated\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyGoalTemplate($input: ApplyGoalTemplateInput!) {\n    applyGoalTemplate(input: $input) {\n      partners\n      created\n      updated\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"): (typeof documents)["\n  fragment GoalPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCardFields on Goal {\n    id\n    partnerId\n    periodCode\n    metric\n    target\n    actual\n    expected\n    progress\n    status\n    side\n    note\n    adjusted\n    templateId\n    objectiveId\n    version\n    updatedAt\n    updatedByLabel\n  }\n"): (typeof documents)["\n  fragment GoalCardFields on Goal {\n    id\n    partnerId\n    periodCode\n    metric\n    target\n    actual\n    expected\n    progress\n    status\n    side\n    note\n    adjusted\n    templateId\n    objectiveId\n    version\n    updatedAt\n    updatedByLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObjectiveCardFields on Objective {\n    id\n    partnerId\n    periodCode\n    title\n    side\n    progress\n    version\n    updatedAt\n    updatedByLabel\n    keyResults {\n      ...GoalCardFields\n    }\n  }\n"): (typeof documents)["\n  fragment ObjectiveCardFields on Objective {\n    id\n    partnerId\n    periodCode\n    title\n    side\n    progress\n    version\n    updatedAt\n    updatedByLabel\n    keyResults {\n      ...GoalCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...GoalPeriodFields\n    }\n  }\n"): (typeof documents)["\n  query GoalsPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...GoalPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsRunningQuarter {\n    periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...GoalPeriodFields\n    }\n  }\n"): (typeof documents)["\n  query GoalsRunningQuarter {\n    periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...GoalPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalsPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      totalCount\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsPartnerGoals($partnerId: ID, $periodCode: String!) {\n    partnerGoals(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        ...GoalPeriodFields\n      }\n      goals {\n        ...GoalCardFields\n      }\n      objectives {\n        ...ObjectiveCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalsPartnerGoals($partnerId: ID, $periodCode: String!) {\n    partnerGoals(partnerId: $partnerId, periodCode: $periodCode) {\n      partnerId\n      period {\n        ...GoalPeriodFields\n      }\n      goals {\n        ...GoalCardFields\n      }\n      objectives {\n        ...ObjectiveCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveObjective($input: ObjectiveInput!) {\n    saveObjective(input: $input) {\n      ...ObjectiveCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveObjective($input: ObjectiveInput!) {\n    saveObjective(input: $input) {\n      ...ObjectiveCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteObjective($id: ID!) {\n    deleteObjective(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteObjective($id: ID!) {\n    deleteObjective(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenuePlan($input: RevenuePlanInput!) {\n    revenuePlan(input: $input) {\n      partnerId\n      revenueTarget\n      exceedsHistory\n      maxLeadsInAPeriod\n      warnings\n      period {\n        ...GoalPeriodFields\n      }\n      steps {\n        metric\n        label\n        needed\n        side\n        startBy\n      }\n      assumptions {\n        key\n        label\n        partnerValue\n        partnerSample\n        programMedian\n        weight\n        used\n      }\n      lagDays {\n        key\n        label\n        days\n        fromProgram\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevenuePlan($input: RevenuePlanInput!) {\n    revenuePlan(input: $input) {\n      partnerId\n      revenueTarget\n      exceedsHistory\n      maxLeadsInAPeriod\n      warnings\n      period {\n        ...GoalPeriodFields\n      }\n      steps {\n        metric\n        label\n        needed\n        side\n        startBy\n      }\n      assumptions {\n        key\n        label\n        partnerValue\n        partnerSample\n        programMedian\n        weight\n        used\n      }\n      lagDays {\n        key\n        label\n        days\n        fromProgram\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRevenuePlan($input: RevenuePlanInput!) {\n    applyRevenuePlan(input: $input) {\n      ...GoalCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyRevenuePlan($input: RevenuePlanInput!) {\n    applyRevenuePlan(input: $input) {\n      ...GoalCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivePeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"): (typeof documents)["\n  fragment IncentivePeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivePlanFields on IncentivePlan {\n    id\n    name\n    periodCode\n    status\n    eligibility\n    tierIds\n    partnerIds\n    measures {\n      metric\n      weight\n    }\n    revenueMetric\n    poolKind\n    poolPercent\n    poolAmount\n    thresholdPercent\n    capPercent\n    marketingSharePercent\n    version\n    createdAt\n    updatedAt\n    updatedByLabel\n    closedAt\n  }\n"): (typeof documents)["\n  fragment IncentivePlanFields on IncentivePlan {\n    id\n    name\n    periodCode\n    status\n    eligibility\n    tierIds\n    partnerIds\n    measures {\n      metric\n      weight\n    }\n    revenueMetric\n    poolKind\n    poolPercent\n    poolAmount\n    thresholdPercent\n    capPercent\n    marketingSharePercent\n    version\n    createdAt\n    updatedAt\n    updatedByLabel\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivePayoutFields on IncentivePayout {\n    id\n    status\n    earned\n    marketing\n    sales\n    approvedAmount\n    approvedMarketing\n    approvedSales\n    reason\n    decidedAt\n    decidedByLabel\n    frozenAt\n    version\n  }\n"): (typeof documents)["\n  fragment IncentivePayoutFields on IncentivePayout {\n    id\n    status\n    earned\n    marketing\n    sales\n    approvedAmount\n    approvedMarketing\n    approvedSales\n    reason\n    decidedAt\n    decidedByLabel\n    frozenAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerEarningsFields on PartnerEarnings {\n    planId\n    partnerId\n    partnerName\n    revenue\n    pool\n    attainment\n    factor\n    earned\n    marketing\n    sales\n    atTarget\n    toTarget\n    frozen\n    measures {\n      metric\n      weight\n      target\n      actual\n      progress\n    }\n    payout {\n      ...IncentivePayoutFields\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerEarningsFields on PartnerEarnings {\n    planId\n    partnerId\n    partnerName\n    revenue\n    pool\n    attainment\n    factor\n    earned\n    marketing\n    sales\n    atTarget\n    toTarget\n    frozen\n    measures {\n      metric\n      weight\n      target\n      actual\n      progress\n    }\n    payout {\n      ...IncentivePayoutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivePeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...IncentivePeriodFields\n    }\n  }\n"): (typeof documents)["\n  query IncentivePeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...IncentivePeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentiveRunningPeriods {\n    quarters: periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    months: periods(kind: MONTH, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    years: periods(kind: YEAR, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n  }\n"): (typeof documents)["\n  query IncentiveRunningPeriods {\n    quarters: periods(kind: QUARTER, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    months: periods(kind: MONTH, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n    years: periods(kind: YEAR, past: 0, ahead: 0) {\n      ...IncentivePeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivePlans($periodCode: String) {\n    incentivePlans(periodCode: $periodCode) {\n      ...IncentivePlanFields\n    }\n  }\n"): (typeof documents)["\n  query IncentivePlans($periodCode: String) {\n    incentivePlans(periodCode: $periodCode) {\n      ...IncentivePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivePlan($id: ID!) {\n    incentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"): (typeof documents)["\n  query IncentivePlan($id: ID!) {\n    incentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentiveEarnings($planId: ID!, $partnerId: ID) {\n    incentiveEarnings(planId: $planId, partnerId: $partnerId) {\n      ...PartnerEarningsFields\n    }\n  }\n"): (typeof documents)["\n  query IncentiveEarnings($planId: ID!, $partnerId: ID) {\n    incentiveEarnings(planId: $planId, partnerId: $partnerId) {\n      ...PartnerEarningsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentiveTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query IncentiveTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivePartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncentivePartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n        tier {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIncentivePlan($input: IncentivePlanInput!) {\n    saveIncentivePlan(input: $input) {\n      ...IncentivePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIncentivePlan($input: IncentivePlanInput!) {\n    saveIncentivePlan(input: $input) {\n      ...IncentivePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateIncentivePlan($id: ID!) {\n    activateIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateIncentivePlan($id: ID!) {\n    activateIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseIncentivePlan($id: ID!) {\n    closeIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseIncentivePlan($id: ID!) {\n    closeIncentivePlan(id: $id) {\n      ...IncentivePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIncentivePlan($id: ID!) {\n    deleteIncentivePlan(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIncentivePlan($id: ID!) {\n    deleteIncentivePlan(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveIncentivePayout(\n    $id: ID!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    approveIncentivePayout(\n      id: $id\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...IncentivePayoutFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveIncentivePayout(\n    $id: ID!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    approveIncentivePayout(\n      id: $id\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...IncentivePayoutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldIncentivePayout($id: ID!, $reason: String!, $expectedVersion: Int) {\n    holdIncentivePayout(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...IncentivePayoutFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldIncentivePayout($id: ID!, $reason: String!, $expectedVersion: Int) {\n    holdIncentivePayout(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...IncentivePayoutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      partnerId\n      partnerName\n      permissions\n      secretPrefix\n      rateLimitPerMinute\n      createdByLabel\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      revokedByLabel\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      partnerId\n      partnerName\n      permissions\n      secretPrefix\n      rateLimitPerMinute\n      createdByLabel\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      revokedByLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      revokedByLabel\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      revokedByLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoConnectionFields on SsoConnection {\n    id\n    name\n    partnerId\n    partner {\n      id\n      name\n    }\n    issuer\n    clientId\n    clientSecretSet\n    emailDomains\n    defaultRole\n    enabled\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SsoConnectionFields on SsoConnection {\n    id\n    name\n    partnerId\n    partner {\n      id\n      name\n    }\n    issuer\n    clientId\n    clientSecretSet\n    emailDomains\n    defaultRole\n    enabled\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoConnections {\n    ssoConnections {\n      ...SsoConnectionFields\n    }\n    ssoRedirectUri\n  }\n"): (typeof documents)["\n  query SsoConnections {\n    ssoConnections {\n      ...SsoConnectionFields\n    }\n    ssoRedirectUri\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSsoConnection($input: SsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      ...SsoConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSsoConnection($input: SsoConnectionInput!) {\n    saveSsoConnection(input: $input) {\n      ...SsoConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSsoConnection($id: ID!) {\n    deleteSsoConnection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSsoConnection($id: ID!) {\n    deleteSsoConnection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSsoConnection($id: ID!) {\n    testSsoConnection(id: $id) {\n      ok\n      message\n      issuer\n      authorizationEndpoint\n    }\n  }\n"): (typeof documents)["\n  mutation TestSsoConnection($id: ID!) {\n    testSsoConnection(id: $id) {\n      ok\n      message\n      issuer\n      authorizationEndpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    failedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    failedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    partnerId\n    partnerName\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretHint\n    createdByLabel\n    createdAt\n    version\n    lastDelivery {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    partnerId\n    partnerName\n    url\n    description\n    events\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretHint\n    createdByLabel\n    createdAt\n    version\n    lastDelivery {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!, $page: PageInput, $status: WebhookDeliveryStatus) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(page: $page, status: $status) {\n        totalCount\n        offset\n        limit\n        hasMore\n        items {\n          ...WebhookDeliveryFields\n          body\n          attemptLog {\n            id\n            attemptedAt\n            statusCode\n            success\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!, $page: PageInput, $status: WebhookDeliveryStatus) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(page: $page, status: $status) {\n        totalCount\n        offset\n        limit\n        hasMore\n        items {\n          ...WebhookDeliveryFields\n          body\n          attemptLog {\n            id\n            attemptedAt\n            statusCode\n            success\n            durationMs\n            error\n            responseExcerpt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    version\n    position\n    name\n    active\n    leadCountries\n    leadPersonaIds\n    leadPriority\n    sameCountry\n    partnerRegions\n    partnerTierIds\n    requireSpecialisation\n    maxOpenOffers\n    weightTier\n    weightConversion\n    weightSla\n    weightCapacity\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    version\n    position\n    name\n    active\n    leadCountries\n    leadPersonaIds\n    leadPriority\n    sameCountry\n    partnerRegions\n    partnerTierIds\n    requireSpecialisation\n    maxOpenOffers\n    weightTier\n    weightConversion\n    weightSla\n    weightCapacity\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    version\n    name\n    tierId\n    priority\n    acceptHours\n    contactHours\n    reminderPercent\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    version\n    name\n    tierId\n    priority\n    acceptHours\n    contactHours\n    reminderPercent\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadRoutingSettings {\n    routingRules {\n      ...RoutingRuleFields\n    }\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query LeadRoutingSettings {\n    routingRules {\n      ...RoutingRuleFields\n    }\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadRoutingOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadRoutingOptions {\n    tiers {\n      id\n      name\n      rank\n    }\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRoutingRule($input: RoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveRoutingRule($input: RoutingRuleInput!) {\n    saveRoutingRule(input: $input) {\n      ...RoutingRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadListFields on Lead {\n    id\n    contactName\n    email\n    company\n    title\n    country\n    stage\n    stageChangedAt\n    handoff\n    priority\n    source\n    mqlScore\n    originPartnerId\n    partnerId\n    partnerName\n    assignedUserId\n    assignedUserName\n    currentOffer {\n      id\n      status\n      partnerId\n      partnerName\n      userId\n      userName\n      acceptDueAt\n      contactDueAt\n      contactedAt\n    }\n  }\n"): (typeof documents)["\n  fragment LeadListFields on Lead {\n    id\n    contactName\n    email\n    company\n    title\n    country\n    stage\n    stageChangedAt\n    handoff\n    priority\n    source\n    mqlScore\n    originPartnerId\n    partnerId\n    partnerName\n    assignedUserId\n    assignedUserName\n    currentOffer {\n      id\n      status\n      partnerId\n      partnerName\n      userId\n      userName\n      acceptDueAt\n      contactDueAt\n      contactedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadOfferFields on LeadOffer {\n    id\n    kind\n    status\n    partnerId\n    partnerName\n    userId\n    userName\n    offeredAt\n    offeredByLabel\n    acceptDueAt\n    contactDueAt\n    contactedAt\n    decidedAt\n    decidedByLabel\n    reasonLabel\n    comment\n    contactReached\n    spam\n    acceptBreached\n    contactBreached\n    routing {\n      ruleName\n      summary\n      filters\n      excludedPartnerIds\n      candidates {\n        partnerId\n        partnerName\n        score\n        tierScore\n        conversionRate\n        slaCompliance\n        openOffers\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeadOfferFields on LeadOffer {\n    id\n    kind\n    status\n    partnerId\n    partnerName\n    userId\n    userName\n    offeredAt\n    offeredByLabel\n    acceptDueAt\n    contactDueAt\n    contactedAt\n    decidedAt\n    decidedByLabel\n    reasonLabel\n    comment\n    contactReached\n    spam\n    acceptBreached\n    contactBreached\n    routing {\n      ruleName\n      summary\n      filters\n      excludedPartnerIds\n      candidates {\n        partnerId\n        partnerName\n        score\n        tierScore\n        conversionRate\n        slaCompliance\n        openOffers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadDetailFields on Lead {\n    ...LeadListFields\n    phone\n    domain\n    companySize\n    consent\n    notes\n    spam\n    personaId\n    personaName\n    campaignId\n    campaignName\n    campaignResponses\n    contentDownloads\n    mqlReasons\n    definitionVersion\n    createdAt\n    createdByLabel\n    updatedAt\n    version\n    currentOffer {\n      ...LeadOfferFields\n    }\n    offers {\n      ...LeadOfferFields\n    }\n    stageHistory {\n      id\n      stage\n      fromStage\n      occurredAt\n      actorLabel\n      reasonLabel\n      comment\n      details\n    }\n    slaEvents {\n      id\n      kind\n      dueAt\n      occurredAt\n      offerId\n    }\n  }\n"): (typeof documents)["\n  fragment LeadDetailFields on Lead {\n    ...LeadListFields\n    phone\n    domain\n    companySize\n    consent\n    notes\n    spam\n    personaId\n    personaName\n    campaignId\n    campaignName\n    campaignResponses\n    contentDownloads\n    mqlReasons\n    definitionVersion\n    createdAt\n    createdByLabel\n    updatedAt\n    version\n    currentOffer {\n      ...LeadOfferFields\n    }\n    offers {\n      ...LeadOfferFields\n    }\n    stageHistory {\n      id\n      stage\n      fromStage\n      occurredAt\n      actorLabel\n      reasonLabel\n      comment\n      details\n    }\n    slaEvents {\n      id\n      kind\n      dueAt\n      occurredAt\n      offerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadList($filter: LeadFilterInput, $page: PageInput) {\n    leads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...LeadListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadList($filter: LeadFilterInput, $page: PageInput) {\n    leads(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...LeadListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadFormOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        publishedVersion\n      }\n    }\n    campaigns(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPartnerOptions {\n    partners(filter: { statuses: [ACTIVE] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadPartnerOptions {\n    partners(filter: { statuses: [ACTIVE] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadAssignees($partnerId: ID) {\n    leadAssignees(partnerId: $partnerId) {\n      id\n      name\n      openOffers\n    }\n  }\n"): (typeof documents)["\n  query LeadAssignees($partnerId: ID) {\n    leadAssignees(partnerId: $partnerId) {\n      id\n      name\n      openOffers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      code\n      label\n      position\n    }\n  }\n"): (typeof documents)["\n  query LeadReasonCodes($kind: ReasonKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      code\n      label\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptLeadOffer($leadId: ID!) {\n    acceptLeadOffer(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptLeadOffer($leadId: ID!) {\n    acceptLeadOffer(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLeadOffer($input: RejectOfferInput!) {\n    rejectLeadOffer(input: $input)\n  }\n"): (typeof documents)["\n  mutation RejectLeadOffer($input: RejectOfferInput!) {\n    rejectLeadOffer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkLeadContacted($leadId: ID!) {\n    markLeadContacted(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkLeadContacted($leadId: ID!) {\n    markLeadContacted(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLeadStage($input: MoveLeadStageInput!) {\n    moveLeadStage(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveLeadStage($input: MoveLeadStageInput!) {\n    moveLeadStage(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteLead($leadId: ID!) {\n    routeLead(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RouteLead($leadId: ID!) {\n    routeLead(leadId: $leadId) {\n      ...LeadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadImportReportFields on LeadImportReport {\n    preview\n    totalRows\n    created\n    merged\n    unchanged\n    invalid\n    duplicates\n    qualified\n    warnings\n    rows {\n      row\n      email\n      contactName\n      outcome\n      messages\n    }\n  }\n"): (typeof documents)["\n  fragment LeadImportReportFields on LeadImportReport {\n    preview\n    totalRows\n    created\n    merged\n    unchanged\n    invalid\n    duplicates\n    qualified\n    warnings\n    rows {\n      row\n      email\n      contactName\n      outcome\n      messages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewLeadImport($input: ImportLeadsInput!) {\n    previewLeadImport(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewLeadImport($input: ImportLeadsInput!) {\n    previewLeadImport(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLeads($input: ImportLeadsInput!) {\n    importLeads(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportLeads($input: ImportLeadsInput!) {\n    importLeads(input: $input) {\n      ...LeadImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadOfferReceived {\n    leadOfferReceived {\n      ...LeadListFields\n    }\n  }\n"): (typeof documents)["\n  subscription LeadOfferReceived {\n    leadOfferReceived {\n      ...LeadListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"): (typeof documents)["\n  fragment MdfPeriodFields on Period {\n    code\n    label\n    kind\n    start\n    end\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfBudgetViewFields on MdfBudgetView {\n    budget {\n      id\n      name\n      periodCode\n      total\n      version\n      updatedAt\n      updatedByLabel\n    }\n    total\n    allocated\n    unallocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n"): (typeof documents)["\n  fragment MdfBudgetViewFields on MdfBudgetView {\n    budget {\n      id\n      name\n      periodCode\n      total\n      version\n      updatedAt\n      updatedByLabel\n    }\n    total\n    allocated\n    unallocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfAllocationFields on MdfAllocationView {\n    allocationId\n    budgetId\n    partnerId\n    partnerName\n    allocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n"): (typeof documents)["\n  fragment MdfAllocationFields on MdfAllocationView {\n    allocationId\n    budgetId\n    partnerId\n    partnerName\n    allocated\n    reserved\n    claimed\n    paid\n    remaining\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    budgetId\n    allocationId\n    partnerId\n    activityType\n    title\n    description\n    startsOn\n    endsOn\n    plannedCost\n    requestedAmount\n    approvedAmount\n    expectedLeads\n    campaignId\n    personaId\n    status\n    decisionReason\n    decidedAt\n    decidedByLabel\n    requestedByLabel\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment MdfRequestFields on MdfRequest {\n    id\n    budgetId\n    allocationId\n    partnerId\n    activityType\n    title\n    description\n    startsOn\n    endsOn\n    plannedCost\n    requestedAmount\n    approvedAmount\n    expectedLeads\n    campaignId\n    personaId\n    status\n    decisionReason\n    decidedAt\n    decidedByLabel\n    requestedByLabel\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfClaimViewFields on MdfClaimView {\n    claim {\n      id\n      requestId\n      actualCost\n      amount\n      status\n      reason\n      submittedByLabel\n      createdAt\n      updatedAt\n      decidedAt\n      decidedByLabel\n      paidAt\n      version\n    }\n    files {\n      id\n      claimId\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MdfClaimViewFields on MdfClaimView {\n    claim {\n      id\n      requestId\n      actualCost\n      amount\n      status\n      reason\n      submittedByLabel\n      createdAt\n      updatedAt\n      decidedAt\n      decidedByLabel\n      paidAt\n      version\n    }\n    files {\n      id\n      claimId\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfRequestViewFields on MdfRequestView {\n    partnerName\n    request {\n      ...MdfRequestFields\n    }\n    claims {\n      ...MdfClaimViewFields\n    }\n    return {\n      leads\n      sqls\n      pipeline\n      revenueWon\n      leadsPerThousand\n      revenuePerUnit\n    }\n  }\n"): (typeof documents)["\n  fragment MdfRequestViewFields on MdfRequestView {\n    partnerName\n    request {\n      ...MdfRequestFields\n    }\n    claims {\n      ...MdfClaimViewFields\n    }\n    return {\n      leads\n      sqls\n      pipeline\n      revenueWon\n      leadsPerThousand\n      revenuePerUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...MdfPeriodFields\n    }\n  }\n"): (typeof documents)["\n  query MdfPeriods($kind: PeriodKind!) {\n    periods(kind: $kind, past: 6, ahead: 2) {\n      ...MdfPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfBudgets($periodCode: String) {\n    mdfBudgets(periodCode: $periodCode) {\n      ...MdfBudgetViewFields\n    }\n  }\n"): (typeof documents)["\n  query MdfBudgets($periodCode: String) {\n    mdfBudgets(periodCode: $periodCode) {\n      ...MdfBudgetViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfBudgetOptions {\n    mdfBudgets {\n      budget {\n        id\n        name\n        periodCode\n      }\n      allocated\n      remaining\n    }\n  }\n"): (typeof documents)["\n  query MdfBudgetOptions {\n    mdfBudgets {\n      budget {\n        id\n        name\n        periodCode\n      }\n      allocated\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfAllocations($budgetId: ID!) {\n    mdfAllocations(budgetId: $budgetId) {\n      ...MdfAllocationFields\n    }\n  }\n"): (typeof documents)["\n  query MdfAllocations($budgetId: ID!) {\n    mdfAllocations(budgetId: $budgetId) {\n      ...MdfAllocationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfRequests($status: MdfRequestStatus, $budgetId: ID) {\n    mdfRequests(status: $status, budgetId: $budgetId) {\n      ...MdfRequestViewFields\n    }\n  }\n"): (typeof documents)["\n  query MdfRequests($status: MdfRequestStatus, $budgetId: ID) {\n    mdfRequests(status: $status, budgetId: $budgetId) {\n      ...MdfRequestViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfRequest($id: ID!) {\n    mdfRequest(id: $id) {\n      ...MdfRequestViewFields\n    }\n  }\n"): (typeof documents)["\n  query MdfRequest($id: ID!) {\n    mdfRequest(id: $id) {\n      ...MdfRequestViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query MdfTiers {\n    tiers {\n      id\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfPartnerOptions($search: String) {\n    partners(filter: { search: $search }, page: { offset: 0, limit: 100 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfRequestOptions {\n    campaigns(filter: { statuses: [DRAFT, LAUNCHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfRequestOptions {\n    campaigns(filter: { statuses: [DRAFT, LAUNCHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n    personas(filter: { statuses: [PUBLISHED] }, page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMdfBudget($input: MdfBudgetInput!) {\n    saveMdfBudget(input: $input) {\n      id\n      name\n      periodCode\n      total\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMdfBudget($input: MdfBudgetInput!) {\n    saveMdfBudget(input: $input) {\n      id\n      name\n      periodCode\n      total\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateMdf($input: MdfAllocationsInput!) {\n    allocateMdf(input: $input) {\n      ...MdfAllocationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateMdf($input: MdfAllocationsInput!) {\n    allocateMdf(input: $input) {\n      ...MdfAllocationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMdfRequest($input: MdfRequestInput!) {\n    saveMdfRequest(input: $input) {\n      ...MdfRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMdfRequest($input: MdfRequestInput!) {\n    saveMdfRequest(input: $input) {\n      ...MdfRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMdfRequest(\n    $id: ID!\n    $decision: MdfDecision!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfRequest(\n      id: $id\n      decision: $decision\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...MdfRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMdfRequest(\n    $id: ID!\n    $decision: MdfDecision!\n    $amount: String\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfRequest(\n      id: $id\n      decision: $decision\n      amount: $amount\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      ...MdfRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMdfClaim($input: MdfClaimInput!) {\n    saveMdfClaim(input: $input) {\n      id\n      status\n      amount\n      actualCost\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMdfClaim($input: MdfClaimInput!) {\n    saveMdfClaim(input: $input) {\n      id\n      status\n      amount\n      actualCost\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMdfClaim(\n    $id: ID!\n    $decision: MdfDecision!\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfClaim(\n      id: $id\n      decision: $decision\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      reason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMdfClaim(\n    $id: ID!\n    $decision: MdfDecision!\n    $reason: String\n    $expectedVersion: Int\n  ) {\n    decideMdfClaim(\n      id: $id\n      decision: $decision\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      reason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMdfClaimPaid($id: ID!, $expectedVersion: Int) {\n    markMdfClaimPaid(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      paidAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MarkMdfClaimPaid($id: ID!, $expectedVersion: Int) {\n    markMdfClaimPaid(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      paidAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerQuarter($partnerId: ID!) {\n    partnerScorecard(partnerId: $partnerId, trendPeriods: 0) {\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerQuarter($partnerId: ID!) {\n    partnerScorecard(partnerId: $partnerId, trendPeriods: 0) {\n      period {\n        code\n        label\n        start\n        end\n      }\n      lines {\n        metric\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFirstContact($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {\n      userId\n      contactsDue\n      contactCompliance\n    }\n  }\n"): (typeof documents)["\n  query PartnerFirstContact($partnerId: ID!, $from: DateTime!, $to: DateTime!) {\n    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {\n      userId\n      contactsDue\n      contactCompliance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsCalendar {\n    analyticsCalendar {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsCalendar {\n    analyticsCalendar {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnalyticsSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnalyticsSettings($input: AnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      fiscalYearStartMonth\n      timeZone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectory($filter: PartnerFilterInput, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        region\n        country\n        countryName\n        status\n        userCount\n        tier {\n          id\n          name\n        }\n        type {\n          id\n          name\n        }\n        channelManager {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectory($filter: PartnerFilterInput, $page: PageInput, $sort: PartnerSort) {\n    partners(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        region\n        country\n        countryName\n        status\n        userCount\n        tier {\n          id\n          name\n        }\n        type {\n          id\n          name\n        }\n        channelManager {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    tiers {\n      id\n      name\n      rank\n      description\n    }\n    partnerTypes {\n      id\n      name\n      description\n      active\n    }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    tiers {\n      id\n      name\n      rank\n      description\n    }\n    partnerTypes {\n      id\n      name\n      description\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPersonaOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPersonaOptions {\n    personas(page: { offset: 0, limit: 100 }) {\n      items {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelManagers {\n    channelManagers {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query ChannelManagers {\n    channelManagers {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      status\n      userCount\n      version\n      createdAt\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDetail($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      status\n      userCount\n      version\n      createdAt\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n      name\n      legalName\n      logoUrl\n      websiteDomains\n      country\n      countryName\n      region\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n      tierId\n      typeId\n      channelManagerId\n      tier {\n        id\n        name\n      }\n      type {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPartnerProfile($input: UpdateMyPartnerProfileInput!) {\n    updateMyPartnerProfile(input: $input) {\n      id\n      legalName\n      logoUrl\n      websiteDomains\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPartnerProfile($input: UpdateMyPartnerProfileInput!) {\n    updateMyPartnerProfile(input: $input) {\n      id\n      legalName\n      logoUrl\n      websiteDomains\n      timeZone\n      workingDays\n      workdayStartHour\n      workdayEndHour\n      focusPersonaIds\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerStatus($id: ID!, $status: PartnerStatus!, $reason: String!) {\n    setPartnerStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerStatus($id: ID!, $status: PartnerStatus!, $reason: String!) {\n    setPartnerStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOverview($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      tier {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOverview($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      tier {\n        id\n        name\n      }\n      channelManager {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerStatusCounts {\n    onboarding: partners(filter: { statuses: [ONBOARDING] }, page: { limit: 1 }) {\n      totalCount\n    }\n    active: partners(filter: { statuses: [ACTIVE] }, page: { limit: 1 }) {\n      totalCount\n    }\n    suspended: partners(filter: { statuses: [SUSPENDED] }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartnerStatusCounts {\n    onboarding: partners(filter: { statuses: [ONBOARDING] }, page: { limit: 1 }) {\n      totalCount\n    }\n    active: partners(filter: { statuses: [ACTIVE] }, page: { limit: 1 }) {\n      totalCount\n    }\n    suspended: partners(filter: { statuses: [SUSPENDED] }, page: { limit: 1 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPartners($input: CsvImportInput!) {\n    importPartners(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPartners($input: CsvImportInput!) {\n    importPartners(input: $input) {\n      ...CsvImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTier($input: TierInput!) {\n    saveTier(input: $input) {\n      id\n      name\n      rank\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTier($input: TierInput!) {\n    saveTier(input: $input) {\n      id\n      name\n      rank\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePartnerType($input: PartnerTypeInput!) {\n    savePartnerType(input: $input) {\n      id\n      name\n      description\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SavePartnerType($input: PartnerTypeInput!) {\n    savePartnerType(input: $input) {\n      id\n      name\n      description\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaContentFields on PersonaContent {\n    name\n    summary\n    jobTitles\n    industries\n    companySizeMin\n    companySizeMax\n    regions\n    goals\n    painPoints\n    objections {\n      objection\n      answer\n    }\n    buyingTriggers\n    preferredChannels\n    interests\n    qualificationQuestions\n    keyMessages\n    imageUrl\n  }\n"): (typeof documents)["\n  fragment PersonaContentFields on PersonaContent {\n    name\n    summary\n    jobTitles\n    industries\n    companySizeMin\n    companySizeMax\n    regions\n    goals\n    painPoints\n    objections {\n      objection\n      answer\n    }\n    buyingTriggers\n    preferredChannels\n    interests\n    qualificationQuestions\n    keyMessages\n    imageUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaLibrary($filter: PersonaFilterInput, $page: PageInput, $manage: Boolean!) {\n    personas(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        status\n        publishedVersion\n        publishedAt\n        openProposalCount\n        hasUnpublishedChanges @include(if: $manage)\n        published {\n          summary\n          jobTitles\n        }\n        draft @include(if: $manage) {\n          summary\n          jobTitles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaLibrary($filter: PersonaFilterInput, $page: PageInput, $manage: Boolean!) {\n    personas(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        status\n        publishedVersion\n        publishedAt\n        openProposalCount\n        hasUnpublishedChanges @include(if: $manage)\n        published {\n          summary\n          jobTitles\n        }\n        draft @include(if: $manage) {\n          summary\n          jobTitles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDetail($id: ID!, $manage: Boolean!) {\n    persona(id: $id) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      following\n      openProposalCount\n      createdAt\n      updatedAt\n      hasUnpublishedChanges @include(if: $manage)\n      published {\n        ...PersonaContentFields\n      }\n      draft @include(if: $manage) {\n        ...PersonaContentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaDetail($id: ID!, $manage: Boolean!) {\n    persona(id: $id) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      following\n      openProposalCount\n      createdAt\n      updatedAt\n      hasUnpublishedChanges @include(if: $manage)\n      published {\n        ...PersonaContentFields\n      }\n      draft @include(if: $manage) {\n        ...PersonaContentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaVersions($personaId: ID!, $page: PageInput) {\n    personaVersions(personaId: $personaId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaVersions($personaId: ID!, $page: PageInput) {\n    personaVersions(personaId: $personaId, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        number\n        changeNote\n        publishedAt\n        publishedByLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaDiff($personaId: ID!, $from: Int!, $to: Int) {\n    personaDiff(personaId: $personaId, from: $from, to: $to) {\n      field\n      label\n      before\n      after\n      added\n      removed\n    }\n  }\n"): (typeof documents)["\n  query PersonaDiff($personaId: ID!, $from: Int!, $to: Int) {\n    personaDiff(personaId: $personaId, from: $from, to: $to) {\n      field\n      label\n      before\n      after\n      added\n      removed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonaComments($personaId: ID!, $page: PageInput, $openProposalsOnly: Boolean!) {\n    personaComments(personaId: $personaId, page: $page, openProposalsOnly: $openProposalsOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...PersonaCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonaComments($personaId: ID!, $page: PageInput, $openProposalsOnly: Boolean!) {\n    personaComments(personaId: $personaId, page: $page, openProposalsOnly: $openProposalsOnly) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        ...PersonaCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonaCommentFields on PersonaComment {\n    id\n    personaId\n    kind\n    body\n    field\n    suggestion\n    evidence\n    status\n    decisionReason\n    decidedAt\n    acceptedVersion\n    parentId\n    authorLabel\n    createdAt\n    mine\n  }\n"): (typeof documents)["\n  fragment PersonaCommentFields on PersonaComment {\n    id\n    personaId\n    kind\n    body\n    field\n    suggestion\n    evidence\n    status\n    decisionReason\n    decidedAt\n    acceptedVersion\n    parentId\n    authorLabel\n    createdAt\n    mine\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersona($content: PersonaContentInput!) {\n    createPersona(content: $content) {\n      id\n      name\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersona($content: PersonaContentInput!) {\n    createPersona(content: $content) {\n      id\n      name\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonaDraft($id: ID!, $version: Int!, $content: PersonaContentInput!) {\n    updatePersonaDraft(id: $id, version: $version, content: $content) {\n      id\n      name\n      status\n      version\n      updatedAt\n      hasUnpublishedChanges\n      draft {\n        ...PersonaContentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonaDraft($id: ID!, $version: Int!, $content: PersonaContentInput!) {\n    updatePersonaDraft(id: $id, version: $version, content: $content) {\n      id\n      name\n      status\n      version\n      updatedAt\n      hasUnpublishedChanges\n      draft {\n        ...PersonaContentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPersona($id: ID!, $changeNote: String!) {\n    publishPersona(id: $id, changeNote: $changeNote) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      hasUnpublishedChanges\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPersona($id: ID!, $changeNote: String!) {\n    publishPersona(id: $id, changeNote: $changeNote) {\n      id\n      name\n      status\n      version\n      publishedVersion\n      publishedAt\n      hasUnpublishedChanges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePersona($id: ID!, $reason: String!) {\n    retirePersona(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePersona($id: ID!, $reason: String!) {\n    retirePersona(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPersona($personaId: ID!, $follow: Boolean!) {\n    followPersona(personaId: $personaId, follow: $follow)\n  }\n"): (typeof documents)["\n  mutation FollowPersona($personaId: ID!, $follow: Boolean!) {\n    followPersona(personaId: $personaId, follow: $follow)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $parentId: ID) {\n    commentOnPersona(personaId: $personaId, body: $body, parentId: $parentId) {\n      ...PersonaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnPersona($personaId: ID!, $body: String!, $parentId: ID) {\n    commentOnPersona(personaId: $personaId, body: $body, parentId: $parentId) {\n      ...PersonaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePersonaChange(\n    $personaId: ID!\n    $field: String!\n    $suggestion: String!\n    $evidence: String!\n  ) {\n    proposePersonaChange(\n      personaId: $personaId\n      field: $field\n      suggestion: $suggestion\n      evidence: $evidence\n    ) {\n      ...PersonaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePersonaChange(\n    $personaId: ID!\n    $field: String!\n    $suggestion: String!\n    $evidence: String!\n  ) {\n    proposePersonaChange(\n      personaId: $personaId\n      field: $field\n      suggestion: $suggestion\n      evidence: $evidence\n    ) {\n      ...PersonaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPersonaProposal($commentId: ID!, $note: String!) {\n    acceptPersonaProposal(commentId: $commentId, note: $note) {\n      ...PersonaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPersonaProposal($commentId: ID!, $note: String!) {\n    acceptPersonaProposal(commentId: $commentId, note: $note) {\n      ...PersonaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePersonaProposal($commentId: ID!, $reason: String!) {\n    declinePersonaProposal(commentId: $commentId, reason: $reason) {\n      ...PersonaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePersonaProposal($commentId: ID!, $reason: String!) {\n    declinePersonaProposal(commentId: $commentId, reason: $reason) {\n      ...PersonaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        email\n        role\n        status\n        partnerId\n        lastSignInAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserList($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      hasMore\n      items {\n        id\n        name\n        email\n        role\n        status\n        partnerId\n        lastSignInAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n    setUserStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n    setUserStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        id\n        email\n        name\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        id\n        email\n        name\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      inviteUrl\n      user {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      inviteUrl\n      user {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($userId: ID!) {\n    revokeInvitation(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPicker($search: String) {\n    partners(filter: { search: $search }, page: { limit: 25 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPicker($search: String) {\n    partners(filter: { search: $search }, page: { limit: 25 }, sort: NAME_ASC) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;