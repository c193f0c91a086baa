import { LEAD_STAGE_LABELS, LeadHandoff, LeadStage, OfferStatus } from '@tandem/shared-domain';

export interface LeadStatusSource {
  stage: LeadStage;
  handoff: LeadHandoff;
  spam?: boolean;
  partnerName?: string | null;
  assignedUserName?: string | null;
  currentOffer?: {
    status: OfferStatus;
    partnerName?: string | null;
    userName?: string | null;
  } | null;
}

/** “Northwind Systems (Marco Berg)”, or just the partner when no rep is named. */
export function holderLabel(partnerName?: string | null, userName?: string | null): string {
  const partner = partnerName ?? 'A partner';
  return userName ? `${partner} (${userName})` : partner;
}

/** Who holds a lead and who acts next, in one line for the status banner. */
export function leadStatusLine(lead: LeadStatusSource): string {
  const offer = lead.currentOffer;
  switch (lead.handoff) {
    case LeadHandoff.POOL:
      return lead.stage === LeadStage.MQL
        ? 'In the vendor pool: routing hands it to a partner shortly.'
        : 'In the vendor pool: it is routed once it meets the MQL criteria.';
    case LeadHandoff.MANUAL:
      return 'No partner was eligible under the routing rules: a channel manager assigns it by hand.';
    case LeadHandoff.OFFERED:
      return `Offered to ${holderLabel(
        offer?.partnerName ?? lead.partnerName,
        offer?.userName ?? lead.assignedUserName,
      )}, waiting for an answer.`;
    case LeadHandoff.PARTNER_QUEUE:
      return `With ${lead.partnerName ?? 'the partner'}, waiting for a sales rep.`;
    case LeadHandoff.ACCEPTED:
      return `Accepted and worked by ${holderLabel(
        offer?.partnerName ?? lead.partnerName,
        offer?.userName ?? lead.assignedUserName,
      )}.`;
    case LeadHandoff.CLOSED:
      return lead.spam
        ? 'Closed: rejected as spam.'
        : `Closed as ${LEAD_STAGE_LABELS[lead.stage].toLowerCase()}.`;
  }
}

export const HANDOFF_COLORS: Record<LeadHandoff, string> = {
  [LeadHandoff.POOL]: 'gray',
  [LeadHandoff.MANUAL]: 'orange',
  [LeadHandoff.OFFERED]: 'blue',
  [LeadHandoff.PARTNER_QUEUE]: 'grape',
  [LeadHandoff.ACCEPTED]: 'teal',
  [LeadHandoff.CLOSED]: 'dark',
};

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  [OfferStatus.PENDING]: 'Waiting for an answer',
  [OfferStatus.ACCEPTED]: 'Accepted',
  [OfferStatus.REJECTED]: 'Rejected',
  [OfferStatus.EXPIRED]: 'Expired',
  [OfferStatus.WITHDRAWN]: 'Withdrawn',
};

export const OFFER_STATUS_COLORS: Record<OfferStatus, string> = {
  [OfferStatus.PENDING]: 'blue',
  [OfferStatus.ACCEPTED]: 'teal',
  [OfferStatus.REJECTED]: 'red',
  [OfferStatus.EXPIRED]: 'orange',
  [OfferStatus.WITHDRAWN]: 'gray',
};

export const STAGE_COLORS: Record<LeadStage, string> = {
  [LeadStage.LEAD]: 'gray',
  [LeadStage.MQL]: 'blue',
  [LeadStage.SQL]: 'indigo',
  [LeadStage.OPPORTUNITY]: 'violet',
  [LeadStage.WON]: 'teal',
  [LeadStage.LOST]: 'red',
  [LeadStage.DISQUALIFIED]: 'dark',
  [LeadStage.RECYCLED]: 'yellow',
};

/** Short stage names for badges and tables (the labels carry explanations in brackets). */
export function stageShortLabel(stage: LeadStage): string {
  return LEAD_STAGE_LABELS[stage].replace(/\s*\(.*\)$/, '');
}

/** 0.6667 → “67%”. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Routing scores with two decimals, as the explanation stores them. */
export function score(value: number): string {
  return value.toFixed(2);
}
