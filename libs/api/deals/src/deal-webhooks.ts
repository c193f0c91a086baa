import { EntityManager } from 'typeorm';
import { DealStatus, WebhookEventType } from '@tandem/shared-domain';
import { emitDomainEvent } from '@tandem/api-core';
import { DealRegistration } from './deal.entities';

const EVENT_FOR_STATUS: Partial<Record<DealStatus, WebhookEventType>> = {
  [DealStatus.SUBMITTED]: WebhookEventType.REGISTRATION_SUBMITTED,
  [DealStatus.APPROVED]: WebhookEventType.REGISTRATION_APPROVED,
  [DealStatus.REJECTED]: WebhookEventType.REGISTRATION_REJECTED,
  [DealStatus.DUPLICATE]: WebhookEventType.REGISTRATION_REJECTED,
  [DealStatus.WON]: WebhookEventType.REGISTRATION_WON,
  [DealStatus.LOST]: WebhookEventType.REGISTRATION_LOST,
  [DealStatus.EXPIRED]: WebhookEventType.REGISTRATION_EXPIRED,
};

/**
 * What webhook receivers see of a registration: its own fields and the redacted decision text the
 * partner sees too; never the conflict evidence (which names other partners' registrations).
 */
export function registrationPayload(deal: DealRegistration): Record<string, unknown> {
  return {
    id: deal.id,
    number: deal.number,
    partnerId: deal.partnerId,
    registeredByUserId: deal.registeredByUserId,
    status: deal.status,
    companyName: deal.companyName,
    website: deal.website,
    domain: deal.domain,
    country: deal.country,
    contactName: deal.contactName,
    contactEmail: deal.contactEmail,
    contactRole: deal.contactRole,
    currency: deal.currency,
    amount: deal.amount,
    expectedCloseOn: deal.expectedCloseOn,
    leadId: deal.leadId,
    personaId: deal.personaId,
    submittedAt: deal.submittedAt,
    decisionDueAt: deal.decisionDueAt,
    decidedAt: deal.decidedAt,
    approvedAt: deal.approvedAt,
    expiresAt: deal.expiresAt,
    closedAt: deal.closedAt,
    closedOn: deal.closedOn,
    finalAmount: deal.finalAmount,
    reasonCodeId: deal.reasonCodeId,
    statusComment: deal.statusComment,
    competitor: deal.competitor,
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
  };
}

/** Records the webhook event of a status change (extensions and withdrawals have none). */
export async function emitRegistrationEvent(
  em: EntityManager,
  dealId: string,
  from: DealStatus | null,
  to: DealStatus,
  at: Date,
): Promise<void> {
  const type = EVENT_FOR_STATUS[to];
  if (!type || from === to) return;
  const deal = await em.findOneOrFail(DealRegistration, { where: { id: dealId } });
  await emitDomainEvent(em, {
    type,
    partnerId: deal.partnerId,
    data: { fromStatus: from, registration: registrationPayload(deal) },
    occurredAt: at,
  });
}
