/** The lead funnel every party agrees on (the glossary's stages). */
export enum LeadStage {
  LEAD = 'LEAD',
  MQL = 'MQL',
  SQL = 'SQL',
  OPPORTUNITY = 'OPPORTUNITY',
  WON = 'WON',
  LOST = 'LOST',
  DISQUALIFIED = 'DISQUALIFIED',
  RECYCLED = 'RECYCLED',
}

export const LEAD_STAGE_LABELS: Record<LeadStage, string> = {
  [LeadStage.LEAD]: 'Lead',
  [LeadStage.MQL]: 'MQL (marketing-qualified)',
  [LeadStage.SQL]: 'SQL (sales-accepted)',
  [LeadStage.OPPORTUNITY]: 'Opportunity',
  [LeadStage.WON]: 'Won',
  [LeadStage.LOST]: 'Lost',
  [LeadStage.DISQUALIFIED]: 'Disqualified',
  [LeadStage.RECYCLED]: 'Recycled',
};

export const LEAD_STAGES: readonly LeadStage[] = Object.values(LeadStage);

export enum DefinitionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Which side of a partner acknowledges a funnel definition. */
export enum PartnerSide {
  MARKETING = 'MARKETING',
  SALES = 'SALES',
}

export enum ReasonKind {
  REJECTION = 'REJECTION',
  DISQUALIFICATION = 'DISQUALIFICATION',
  LOSS = 'LOSS',
  DEAL_REJECTION = 'DEAL_REJECTION',
}

export const REASON_KIND_LABELS: Record<ReasonKind, string> = {
  [ReasonKind.REJECTION]: 'Lead rejected by a partner',
  [ReasonKind.DISQUALIFICATION]: 'Lead disqualified',
  [ReasonKind.LOSS]: 'Deal lost',
  [ReasonKind.DEAL_REJECTION]: 'Deal registration rejected',
};

/** What an MQL fit rule looks at. */
export enum FitRuleKind {
  PERSONA = 'PERSONA',
  COUNTRY = 'COUNTRY',
  COMPANY_SIZE = 'COMPANY_SIZE',
  TITLE_KEYWORD = 'TITLE_KEYWORD',
}

export enum EngagementKind {
  CAMPAIGN_RESPONSE = 'CAMPAIGN_RESPONSE',
  CONTENT_DOWNLOAD = 'CONTENT_DOWNLOAD',
}

/** Lead fields an MQL definition may require. */
export const LEAD_REQUIRABLE_FIELDS = [
  'email',
  'phone',
  'title',
  'company',
  'domain',
  'country',
  'companySize',
  'persona',
  'consent',
] as const;
