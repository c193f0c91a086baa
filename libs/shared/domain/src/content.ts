export enum AssetType {
  CASE_STUDY = 'CASE_STUDY',
  WHITE_PAPER = 'WHITE_PAPER',
  DECK = 'DECK',
  BATTLECARD = 'BATTLECARD',
  EMAIL_TEMPLATE = 'EMAIL_TEMPLATE',
  COMPETITOR_SCORECARD = 'COMPETITOR_SCORECARD',
  VIDEO = 'VIDEO',
  OTHER = 'OTHER',
}

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  [AssetType.CASE_STUDY]: 'Case study',
  [AssetType.WHITE_PAPER]: 'White paper',
  [AssetType.DECK]: 'Deck',
  [AssetType.BATTLECARD]: 'Battlecard',
  [AssetType.EMAIL_TEMPLATE]: 'Email template',
  [AssetType.COMPETITOR_SCORECARD]: 'Competitor scorecard',
  [AssetType.VIDEO]: 'Video',
  [AssetType.OTHER]: 'Other',
};

export enum AssetKind {
  FILE = 'FILE',
  LINK = 'LINK',
}

/** The funnel stage a piece of content helps with (the lead funnel's own stages). */
export enum FunnelStage {
  LEAD = 'LEAD',
  MQL = 'MQL',
  SQL = 'SQL',
  OPPORTUNITY = 'OPPORTUNITY',
}

export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = {
  [FunnelStage.LEAD]: 'Lead (awareness)',
  [FunnelStage.MQL]: 'MQL (consideration)',
  [FunnelStage.SQL]: 'SQL (evaluation)',
  [FunnelStage.OPPORTUNITY]: 'Opportunity (decision)',
};

/** Merge fields a co-branded template may hold; filled in for the downloading partner. */
export const MERGE_FIELDS = [
  { key: 'partner.name', label: 'Partner name' },
  { key: 'partner.website', label: 'Partner website' },
  { key: 'partner.logoUrl', label: 'Partner logo URL' },
  { key: 'user.name', label: 'Your name' },
  { key: 'user.email', label: 'Your email' },
] as const;

export enum DownloadReportGrouping {
  ASSET = 'ASSET',
  KIT = 'KIT',
  PARTNER = 'PARTNER',
}
