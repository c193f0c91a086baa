export enum CampaignStatus {
  DRAFT = 'DRAFT',
  LAUNCHED = 'LAUNCHED',
  CANCELLED = 'CANCELLED',
}

/** Where a launched campaign stands in time. */
export enum CampaignPhase {
  UPCOMING = 'UPCOMING',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}

export enum CampaignTargetMode {
  ALL = 'ALL',
  TIERS = 'TIERS',
  REGIONS = 'REGIONS',
  PARTNERS = 'PARTNERS',
}

export const CAMPAIGN_TARGET_LABELS: Record<CampaignTargetMode, string> = {
  [CampaignTargetMode.ALL]: 'All partners',
  [CampaignTargetMode.TIERS]: 'Partners of some tiers',
  [CampaignTargetMode.REGIONS]: 'Partners in some regions',
  [CampaignTargetMode.PARTNERS]: 'Chosen partners',
};
