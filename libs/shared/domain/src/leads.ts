import { LeadStage } from './definitions';

/** Where a lead came from (who sourced it). */
export enum LeadSource {
  VENDOR_MARKETING = 'VENDOR_MARKETING',
  PARTNER_MARKETING = 'PARTNER_MARKETING',
  PARTNER_SALES = 'PARTNER_SALES',
}

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  [LeadSource.VENDOR_MARKETING]: 'Vendor marketing',
  [LeadSource.PARTNER_MARKETING]: 'Partner marketing',
  [LeadSource.PARTNER_SALES]: 'Partner sales (self-sourced)',
};

export enum LeadPriority {
  NORMAL = 'NORMAL',
  HOT = 'HOT',
}

/** Where a lead is in the hand-off: who has to act next. */
export enum LeadHandoff {
  /** In the vendor pool, not yet routed (e.g. not an MQL yet). */
  POOL = 'POOL',
  /** No eligible partner: a channel manager assigns it by hand. */
  MANUAL = 'MANUAL',
  /** Offered to a partner (and its rep); waiting for accept or reject. */
  OFFERED = 'OFFERED',
  /** With a partner, not offered to a rep yet (partner marketer's queue). */
  PARTNER_QUEUE = 'PARTNER_QUEUE',
  /** Accepted: a rep works it. */
  ACCEPTED = 'ACCEPTED',
  /** Closed (won, lost, disqualified, spam). */
  CLOSED = 'CLOSED',
}

export const LEAD_HANDOFF_LABELS: Record<LeadHandoff, string> = {
  [LeadHandoff.POOL]: 'Vendor pool',
  [LeadHandoff.MANUAL]: 'Manual queue',
  [LeadHandoff.OFFERED]: 'Offered',
  [LeadHandoff.PARTNER_QUEUE]: 'Partner queue',
  [LeadHandoff.ACCEPTED]: 'Accepted',
  [LeadHandoff.CLOSED]: 'Closed',
};

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  /** The accept deadline passed: recalled and routed again. */
  EXPIRED = 'EXPIRED',
  /** Taken back by a reassignment. */
  WITHDRAWN = 'WITHDRAWN',
}

export enum OfferKind {
  /** A vendor lead offered to a partner (and, inside it, to one of its reps). */
  VENDOR_TO_PARTNER = 'VENDOR_TO_PARTNER',
  /** A partner marketer's MQL offered to one of the partner's own reps. */
  PARTNER_TO_REP = 'PARTNER_TO_REP',
}

export enum SlaEventKind {
  ACCEPT_REMINDER = 'ACCEPT_REMINDER',
  ACCEPT_BREACH = 'ACCEPT_BREACH',
  CONTACT_REMINDER = 'CONTACT_REMINDER',
  CONTACT_BREACH = 'CONTACT_BREACH',
}

export const SLA_EVENT_LABELS: Record<SlaEventKind, string> = {
  [SlaEventKind.ACCEPT_REMINDER]: 'Reminder: accept deadline approaching',
  [SlaEventKind.ACCEPT_BREACH]: 'Accept deadline missed — lead recalled',
  [SlaEventKind.CONTACT_REMINDER]: 'Reminder: first-contact deadline approaching',
  [SlaEventKind.CONTACT_BREACH]: 'First-contact deadline missed',
};

/** Stage moves a person can make by hand (MQL and SQL entries come from qualification and acceptance). */
export const MANUAL_STAGE_MOVES: Partial<Record<LeadStage, readonly LeadStage[]>> = {
  [LeadStage.LEAD]: [LeadStage.DISQUALIFIED],
  [LeadStage.MQL]: [LeadStage.DISQUALIFIED],
  [LeadStage.SQL]: [LeadStage.OPPORTUNITY, LeadStage.DISQUALIFIED, LeadStage.RECYCLED],
  [LeadStage.OPPORTUNITY]: [LeadStage.WON, LeadStage.LOST],
  [LeadStage.LOST]: [LeadStage.RECYCLED],
  [LeadStage.DISQUALIFIED]: [LeadStage.RECYCLED],
};

/** Stages after which a lead needs nothing more from anyone. */
export const CLOSED_LEAD_STAGES: readonly LeadStage[] = [
  LeadStage.WON,
  LeadStage.LOST,
  LeadStage.DISQUALIFIED,
];

/** ISO weekday numbers (1 = Monday … 7 = Sunday). */
export const DEFAULT_WORKING_DAYS = [1, 2, 3, 4, 5] as const;

export const LEAD_CSV_COLUMNS = [
  'contact_name',
  'email',
  'phone',
  'title',
  'company',
  'domain',
  'country',
  'company_size',
  'persona',
  'campaign',
  'consent',
  'priority',
  'campaign_responses',
  'content_downloads',
  'notes',
] as const;

/** Most rows one CSV import may hold. */
export const MAX_LEAD_IMPORT_ROWS = 5000;
