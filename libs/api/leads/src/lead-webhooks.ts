import { EntityManager } from 'typeorm';
import { LeadStage, WebhookEventType } from '@tandem/shared-domain';
import { DomainEvent, emitDomainEvent } from '@tandem/api-core';
import { Lead, LeadOffer } from './lead.entities';

/**
 * What webhook receivers see of a lead: its own fields only. The originating partner is left out
 * unless it is the partner holding the lead (a recalled lead may have come from someone else).
 */
export function leadPayload(lead: Lead): Record<string, unknown> {
  return {
    id: lead.id,
    partnerId: lead.partnerId,
    originPartnerId: lead.originPartnerId === lead.partnerId ? lead.originPartnerId : null,
    assignedUserId: lead.assignedUserId,
    source: lead.source,
    stage: lead.stage,
    stageChangedAt: lead.stageChangedAt,
    handoff: lead.handoff,
    priority: lead.priority,
    contactName: lead.contactName,
    email: lead.email,
    phone: lead.phone,
    title: lead.title,
    company: lead.company,
    domain: lead.domain,
    country: lead.country,
    companySize: lead.companySize,
    personaId: lead.personaId,
    campaignId: lead.campaignId,
    mqlScore: lead.mqlScore,
    // A lead built for a bulk insert has no database timestamps yet.
    createdAt: lead.createdAt ?? lead.stageChangedAt,
    updatedAt: lead.updatedAt ?? lead.stageChangedAt,
  };
}

/** The offer itself, without its routing explanation (which names other candidate partners). */
export function offerPayload(offer: LeadOffer): Record<string, unknown> {
  return {
    id: offer.id,
    leadId: offer.leadId,
    kind: offer.kind,
    partnerId: offer.partnerId,
    userId: offer.userId,
    status: offer.status,
    offeredAt: offer.offeredAt,
    acceptDueAt: offer.acceptDueAt,
    contactDueAt: offer.contactDueAt,
    decidedAt: offer.decidedAt,
    reasonCodeId: offer.reasonCodeId,
    comment: offer.comment,
    contactReached: offer.contactReached,
    spam: offer.spam,
  };
}

export function leadCreatedEvent(lead: Lead, at: Date): DomainEvent {
  return {
    type: WebhookEventType.LEAD_CREATED,
    partnerId: lead.partnerId,
    data: { lead: leadPayload(lead) },
    occurredAt: at,
  };
}

export function emitLeadStageChanged(
  em: EntityManager,
  lead: Lead,
  from: LeadStage,
  at: Date,
): Promise<void> {
  return emitDomainEvent(em, {
    type: WebhookEventType.LEAD_STAGE_CHANGED,
    partnerId: lead.partnerId,
    data: { fromStage: from, stage: lead.stage, lead: leadPayload(lead) },
    occurredAt: at,
  });
}

export function emitOfferEvent(
  em: EntityManager,
  type:
    | WebhookEventType.OFFER_ACCEPTED
    | WebhookEventType.OFFER_REJECTED
    | WebhookEventType.OFFER_EXPIRED,
  offer: LeadOffer,
  lead: Lead,
  at: Date,
): Promise<void> {
  // The lead as the offered partner knew it: a rejected or expired lead has already left it.
  const data = {
    offer: offerPayload(offer),
    lead: { ...leadPayload(lead), partnerId: offer.partnerId },
  };
  return emitDomainEvent(em, { type, partnerId: offer.partnerId, data, occurredAt: at });
}
