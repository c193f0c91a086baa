/**
 * Writes funnel history straight to the tables the metric layer reads (lead, lead_stage_event,
 * lead_offer, deal_registration, deal_event), with exact timestamps, so analytics tests can state
 * every expected number by hand.
 */
import { EntityManager } from 'typeorm';
import {
  DealStatus,
  LeadHandoff,
  LeadSource,
  LeadStage,
  OfferKind,
  OfferStatus,
} from '@tandem/shared-domain';
import { Lead, LeadOffer, LeadStageEvent } from '@tandem/api-leads';
import { DealEvent, DealRegistration, normalizeCompanyName } from '@tandem/api-deals';

let n = 0;
const at = (iso: string) => new Date(iso);

export async function lead(
  em: EntityManager,
  values: { source: LeadSource; partnerId?: string | null; campaignId?: string | null },
): Promise<Lead> {
  n += 1;
  const l = em.create(Lead, {
    source: values.source,
    originPartnerId: values.source === LeadSource.VENDOR_MARKETING ? null : values.partnerId,
    partnerId: values.partnerId ?? null,
    stage: LeadStage.LEAD,
    stageChangedAt: new Date('2026-01-01T00:00:00Z'),
    handoff: LeadHandoff.POOL,
    contactName: `Fixture ${n}`,
    email: `fixture-${n}-${Date.now()}@buyer.example`,
    company: `Fixture ${n}`,
    createdByLabel: 'Fixture',
    mqlReasons: [],
    campaignId: values.campaignId ?? null,
  });
  await em.insert(Lead, l);
  return l;
}

export async function stage(
  em: EntityManager,
  leadId: string,
  partnerId: string | null,
  s: LeadStage,
  when: string,
  userId: string | null = null,
): Promise<void> {
  await em.insert(LeadStageEvent, {
    leadId,
    partnerId,
    userId,
    stage: s,
    occurredAt: at(when),
    actorLabel: 'Fixture',
  });
}

/**
 * A vendor lead (created and qualified in the pool the day before) offered to a partner, with the
 * offer's outcome; an accepted offer also writes the SQL event at the decision time.
 */
export async function offeredLead(
  em: EntityManager,
  o: {
    partnerId: string;
    offeredAt: string;
    dueAt: string;
    status: OfferStatus;
    decidedAt?: string;
    reasonCodeId?: string;
    userId?: string | null;
    kind?: OfferKind;
    existing?: Lead;
    campaignId?: string | null;
  },
): Promise<Lead> {
  let l = o.existing;
  if (!l) {
    l = await lead(em, { source: LeadSource.VENDOR_MARKETING, campaignId: o.campaignId });
    const before = new Date(at(o.offeredAt).getTime() - 86_400_000).toISOString();
    await stage(em, l.id, null, LeadStage.LEAD, before);
    await stage(em, l.id, null, LeadStage.MQL, before);
  }
  await em.insert(LeadOffer, {
    leadId: l.id,
    kind: o.kind ?? OfferKind.VENDOR_TO_PARTNER,
    partnerId: o.partnerId,
    userId: o.userId ?? null,
    status: o.status,
    offeredAt: at(o.offeredAt),
    offeredByLabel: 'Fixture',
    acceptDueAt: at(o.dueAt),
    contactDueAt: new Date(at(o.dueAt).getTime() + 86_400_000),
    decidedAt: o.decidedAt ? at(o.decidedAt) : null,
    reasonCodeId: o.reasonCodeId ?? null,
  });
  if (o.status === OfferStatus.ACCEPTED && o.decidedAt)
    await stage(em, l.id, o.partnerId, LeadStage.SQL, o.decidedAt, o.userId ?? null);
  return l;
}

/** A registration with its transitions ([status, ISO time], in order) and, when won, final amount. */
export async function registration(
  em: EntityManager,
  d: {
    partnerId: string;
    leadId?: string | null;
    amount: string;
    finalAmount?: string;
    userId?: string | null;
    events: [DealStatus, string][];
  },
): Promise<DealRegistration> {
  n += 1;
  const last = d.events[d.events.length - 1][0];
  const submitted = d.events.find(([s]) => s === DealStatus.SUBMITTED)?.[1] ?? null;
  const saved = await em.save(
    em.create(DealRegistration, {
      partnerId: d.partnerId,
      registeredByLabel: 'Fixture',
      registeredByUserId: d.userId ?? null,
      status: last,
      companyName: `Customer ${n}`,
      normalizedName: normalizeCompanyName(`Customer ${n}`),
      website: '',
      country: 'US',
      amount: d.amount,
      finalAmount: d.finalAmount ?? null,
      leadId: d.leadId ?? null,
      submittedAt: submitted ? at(submitted) : null,
    }),
  );
  let from: DealStatus | null = DealStatus.DRAFT;
  for (const [to, when] of d.events) {
    await em.insert(DealEvent, {
      dealId: saved.id,
      partnerId: d.partnerId,
      fromStatus: from,
      toStatus: to,
      at: at(when),
      actorLabel: 'Fixture',
    });
    from = to;
  }
  return saved;
}
