import type { CodegenConfig } from '@graphql-codegen/cli';

const SHARED = '@tandem/shared-domain';

/**
 * The portal's GraphQL types come from the API's schema file; `codegen-check` fails CI when the
 * committed output is stale. GraphQL enums map onto the shared-domain enums so the permission map
 * and generated types speak the same type.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/portal/**/*.{ts,tsx}',
    'apps/portal/src/**/*.{ts,tsx}',
    '!libs/portal/data-access/src/gql/**',
    '!**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/portal/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumValues: {
          Role: `${SHARED}#Role`,
          PartnerStatus: `${SHARED}#PartnerStatus`,
          UserStatus: `${SHARED}#UserStatus`,
          NotificationKind: `${SHARED}#NotificationKind`,
          NotificationChannel: `${SHARED}#NotificationChannel`,
          PersonaStatus: `${SHARED}#PersonaStatus`,
          PersonaCommentKind: `${SHARED}#PersonaCommentKind`,
          ProposalStatus: `${SHARED}#ProposalStatus`,
          AssetType: `${SHARED}#AssetType`,
          AssetKind: `${SHARED}#AssetKind`,
          FunnelStage: `${SHARED}#FunnelStage`,
          DownloadReportGrouping: `${SHARED}#DownloadReportGrouping`,
          CampaignStatus: `${SHARED}#CampaignStatus`,
          CampaignPhase: `${SHARED}#CampaignPhase`,
          CampaignTargetMode: `${SHARED}#CampaignTargetMode`,
          LeadStage: `${SHARED}#LeadStage`,
          LeadSource: `${SHARED}#LeadSource`,
          LeadPriority: `${SHARED}#LeadPriority`,
          LeadHandoff: `${SHARED}#LeadHandoff`,
          OfferStatus: `${SHARED}#OfferStatus`,
          OfferKind: `${SHARED}#OfferKind`,
          SlaEventKind: `${SHARED}#SlaEventKind`,
          DefinitionStatus: `${SHARED}#DefinitionStatus`,
          PartnerSide: `${SHARED}#PartnerSide`,
          ReasonKind: `${SHARED}#ReasonKind`,
          FitRuleKind: `${SHARED}#FitRuleKind`,
          EngagementKind: `${SHARED}#EngagementKind`,
          DealStatus: `${SHARED}#DealStatus`,
          CsvRowOutcome: `${SHARED}#CsvRowOutcome`,
          DealConflictKind: `${SHARED}#DealConflictKind`,
          DealDecisionKind: `${SHARED}#DealDecisionKind`,
          DealEngagementRule: `${SHARED}#DealEngagementRule`,
          ExtensionPolicy: `${SHARED}#ExtensionPolicy`,
          ExtensionStatus: `${SHARED}#ExtensionStatus`,
          AccountListKind: `${SHARED}#AccountListKind`,
          Metric: `${SHARED}#Metric`,
          GoalSide: `${SHARED}#GoalSide`,
          GoalStatus: `${SHARED}#GoalStatus`,
          PeriodKind: `${SHARED}#PeriodKind`,
          ClosedLoopGrouping: `${SHARED}#ClosedLoopGrouping`,
          IncentiveEligibility: `${SHARED}#IncentiveEligibility`,
          IncentivePoolKind: `${SHARED}#IncentivePoolKind`,
          IncentivePlanStatus: `${SHARED}#IncentivePlanStatus`,
          PayoutStatus: `${SHARED}#PayoutStatus`,
          MdfActivityType: `${SHARED}#MdfActivityType`,
          MdfRequestStatus: `${SHARED}#MdfRequestStatus`,
          MdfClaimStatus: `${SHARED}#MdfClaimStatus`,
          MdfDecision: `${SHARED}#MdfDecision`,
          WebhookEventType: `${SHARED}#WebhookEventType`,
          WebhookDeliveryStatus: `${SHARED}#WebhookDeliveryStatus`,
        },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
