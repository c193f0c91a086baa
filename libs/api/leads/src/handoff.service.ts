import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  LeadHandoff,
  LeadSource,
  LeadStage,
  NotificationKind,
  OfferKind,
  OfferStatus,
  PartnerStatus,
  Role,
  SlaEventKind,
  WebhookEventType,
} from '@tandem/shared-domain';
import { Clock, JobRunner, LiveTopic, publishLiveEvent } from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { Partner } from '@tandem/api-directory';
import { addBusinessHours, utcLabel, WorkingTime } from './business-hours';
import { Actor, SYSTEM_ACTOR } from './lead-events';
import { emitOfferEvent } from './lead-webhooks';
import {
  Lead,
  LeadOffer,
  LeadSlaEvent,
  RoutingCandidate,
  RoutingExplanation,
  RoutingRule,
} from './lead.entities';

export const LEAD_HANDOFF_JOB = 'lead.handoff';
export const OFFER_ACCEPT_REMINDER_JOB = 'lead.offer.accept-reminder';
export const OFFER_ACCEPT_DEADLINE_JOB = 'lead.offer.accept-deadline';
export const OFFER_CONTACT_REMINDER_JOB = 'lead.offer.contact-reminder';
export const OFFER_CONTACT_DEADLINE_JOB = 'lead.offer.contact-deadline';

/** SLA when the vendor has not defined a policy that matches. */
export const DEFAULT_SLA = { acceptHours: 24, contactHours: 48, reminderPercent: 75 };

/** How far back a partner's conversion and SLA record count for routing. */
const TRAILING_DAYS = 180;

interface CandidateRow {
  id: string;
  name: string;
  rank: number;
  sqls: number;
  opps: number;
  due: number;
  ontime: number;
  open: number;
}

export function workingTimeOf(p: Partner): WorkingTime {
  return {
    timeZone: p.timeZone,
    workingDays: p.workingDays,
    startHour: p.workdayStartHour,
    endHour: p.workdayEndHour,
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Laplace-smoothed rate: a partner without history starts at one half, not at zero or one. */
export const smoothedRate = (hits: number, total: number) => (hits + 1) / (total + 2);

/** Scores routing candidates exactly as stored in the explanation; best first, ties broken stably. */
export function rankCandidates(
  rows: CandidateRow[],
  maxRank: number,
  rule: Pick<RoutingRule, 'weightTier' | 'weightConversion' | 'weightSla' | 'weightCapacity'>,
): RoutingCandidate[] {
  return rows
    .map((r) => {
      const tierScore = maxRank > 0 ? r.rank / maxRank : 0;
      const conversionRate = smoothedRate(r.opps, r.sqls);
      const slaCompliance = smoothedRate(r.ontime, r.due);
      const capacity = 1 / (1 + r.open);
      const score =
        rule.weightTier * tierScore +
        rule.weightConversion * conversionRate +
        rule.weightSla * slaCompliance +
        rule.weightCapacity * capacity;
      return {
        partnerId: r.id,
        partnerName: r.name,
        score: round(score),
        tierScore: round(tierScore),
        conversionRate: round(conversionRate),
        slaCompliance: round(slaCompliance),
        openOffers: r.open,
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.openOffers - b.openOffers ||
        a.partnerName.localeCompare(b.partnerName) ||
        a.partnerId.localeCompare(b.partnerId),
    );
}

function ruleMatchesLead(rule: RoutingRule, lead: Lead): boolean {
  if (rule.leadCountries.length && !(lead.country && rule.leadCountries.includes(lead.country)))
    return false;
  if (
    rule.leadPersonaIds.length &&
    !(lead.personaId && rule.leadPersonaIds.includes(lead.personaId))
  )
    return false;
  if (rule.leadPriority && rule.leadPriority !== lead.priority) return false;
  return true;
}

function describeFilters(rule: RoutingRule, lead: Lead): string[] {
  const f = ['partner is active', 'partner has someone who can accept'];
  if (rule.sameCountry) f.push(`partner is in ${lead.country ?? 'the lead’s country'}`);
  if (rule.partnerRegions.length) f.push(`partner region in ${rule.partnerRegions.join(', ')}`);
  if (rule.partnerTierIds.length)
    f.push(`partner tier in the rule’s ${rule.partnerTierIds.length} tier(s)`);
  if (rule.requireSpecialisation) f.push('partner specialises in the lead’s persona');
  if (rule.maxOpenOffers) f.push(`fewer than ${rule.maxOpenOffers} unanswered offers`);
  return f;
}

/**
 * The hand-off machine: routes vendor leads to partners, offers partner MQLs to reps, and runs the
 * SLA clocks as durable jobs. Every function works on the caller's EntityManager, so a request and
 * a job use the same code and the same transaction rules.
 */
@Injectable()
export class HandoffService implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(LEAD_HANDOFF_JOB, (p, em) => this.handOff(em, String(p['leadId'])));
    this.jobs.register(OFFER_ACCEPT_REMINDER_JOB, (p, em) =>
      this.remind(em, String(p['offerId']), 'accept'),
    );
    this.jobs.register(OFFER_CONTACT_REMINDER_JOB, (p, em) =>
      this.remind(em, String(p['offerId']), 'contact'),
    );
    this.jobs.register(OFFER_ACCEPT_DEADLINE_JOB, (p, em) =>
      this.acceptDeadline(em, String(p['offerId'])),
    );
    this.jobs.register(OFFER_CONTACT_DEADLINE_JOB, (p, em) =>
      this.contactDeadline(em, String(p['offerId'])),
    );
  }

  /** Queues the next hand-off of a lead (used by imports so a large file is not routed inline). */
  queueHandOff(em: EntityManager, leadId: string): Promise<void> {
    return this.jobs.enqueue(em, LEAD_HANDOFF_JOB, { leadId });
  }

  queueHandOffs(em: EntityManager, leadIds: string[]): Promise<void> {
    return this.jobs.enqueueMany(
      em,
      LEAD_HANDOFF_JOB,
      leadIds.map((leadId) => ({ leadId })),
    );
  }

  /** Does whatever hand-off an MQL that sits with nobody needs. */
  async handOff(em: EntityManager, leadId: string, actor: Actor = SYSTEM_ACTOR): Promise<void> {
    const lead = await em.findOne(Lead, {
      where: { id: leadId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!lead) return;
    if (lead.originPartnerId === null && lead.handoff === LeadHandoff.POOL) {
      // A vendor lead handed back (rejected) or waiting: route MQLs, park the rest in the pool.
      if (lead.stage === LeadStage.MQL) await this.route(em, lead, actor);
      else if (lead.partnerId) {
        lead.partnerId = null;
        lead.assignedUserId = null;
        await em.save(lead);
      }
    } else if (
      lead.stage === LeadStage.MQL &&
      lead.originPartnerId !== null &&
      lead.source === LeadSource.PARTNER_MARKETING &&
      lead.handoff === LeadHandoff.PARTNER_QUEUE
    ) {
      await this.offerToRep(em, lead, actor, null);
    }
  }

  /** Partners that declined or let an offer of this lead expire: never offered it again. */
  private async excludedPartners(em: EntityManager, leadId: string): Promise<string[]> {
    const rows: { partner_id: string }[] = await em.query(
      `SELECT DISTINCT partner_id FROM lead_offer
       WHERE lead_id = $1 AND kind = $2 AND status IN ('REJECTED', 'EXPIRED')`,
      [leadId, OfferKind.VENDOR_TO_PARTNER],
    );
    return rows.map((r) => r.partner_id);
  }

  /**
   * Routes a vendor lead: the first active rule that matches the lead and finds an eligible partner
   * decides; the best-scoring partner gets the offer, with the whole ranking stored. No partner →
   * the manual queue.
   */
  async route(em: EntityManager, lead: Lead, actor: Actor): Promise<LeadOffer | null> {
    const now = this.clock.now();
    const excluded = await this.excludedPartners(em, lead.id);
    const rules = await em.find(RoutingRule, {
      where: { active: true },
      order: { position: 'ASC' },
    });
    const [{ max }] = (await em.query(`SELECT coalesce(max(rank), 0)::int AS max FROM tier`)) as {
      max: number;
    }[];
    for (const rule of rules) {
      if (!ruleMatchesLead(rule, lead)) continue;
      if (rule.requireSpecialisation && !lead.personaId) continue;
      const rows = await this.candidates(em, rule, lead, excluded, now);
      const cap = rule.maxOpenOffers;
      const eligible = cap ? rows.filter((r) => r.open < cap) : rows;
      const ranked = rankCandidates(eligible, max, rule);
      const best = ranked[0];
      if (!best) continue;
      const routing: RoutingExplanation = {
        ruleId: rule.id,
        ruleName: rule.name,
        filters: describeFilters(rule, lead),
        excludedPartnerIds: excluded,
        candidates: ranked.slice(0, 10),
        summary: `Rule “${rule.name}”: ${best.partnerName} scored highest (${best.score}) of ${ranked.length} eligible partner(s).`,
      };
      const partner = await em.findOneOrFail(Partner, { where: { id: best.partnerId } });
      return this.offer(em, lead, partner, null, OfferKind.VENDOR_TO_PARTNER, actor, routing);
    }
    lead.partnerId = null;
    lead.assignedUserId = null;
    lead.handoff = LeadHandoff.MANUAL;
    await em.save(lead);
    await this.notifications.notifyAudience(
      em,
      `SELECT id FROM app_user WHERE role = $1 AND status = 'ACTIVE'`,
      [Role.CHANNEL_MANAGER],
      {
        kind: NotificationKind.LEAD_OFFERED,
        title: `Lead needs a partner: ${lead.company || lead.contactName}`,
        body: rules.length
          ? 'No partner is eligible under the routing rules; assign it by hand.'
          : 'No routing rule is active; assign it by hand.',
        link: `/leads/${lead.id}`,
      },
    );
    return null;
  }

  private async candidates(
    em: EntityManager,
    rule: RoutingRule,
    lead: Lead,
    excluded: string[],
    now: Date,
  ): Promise<CandidateRow[]> {
    const since = new Date(now.getTime() - TRAILING_DAYS * 86_400_000);
    return em.query(
      `WITH cand AS (
         SELECT p.id, p.name, t.rank FROM partner p JOIN tier t ON t.id = p.tier_id
         WHERE p.status = $1 AND NOT (p.id = ANY($2::uuid[]))
           AND (NOT $3::boolean OR p.country = $4)
           AND (cardinality($5::text[]) = 0 OR p.region = ANY($5::text[]))
           AND (cardinality($6::uuid[]) = 0 OR p.tier_id = ANY($6::uuid[]))
           AND (NOT $7::boolean OR $8::uuid = ANY(p.focus_persona_ids))
           AND EXISTS (SELECT 1 FROM app_user u WHERE u.partner_id = p.id AND u.status = 'ACTIVE'
                       AND u.role IN ('${Role.PARTNER_SALES_REP}', '${Role.PARTNER_ADMIN}'))),
       conv AS (
         SELECT e.partner_id, count(*) FILTER (WHERE e.stage = 'SQL')::int AS sqls,
                count(*) FILTER (WHERE e.stage = 'OPPORTUNITY')::int AS opps
         FROM lead_stage_event e JOIN cand c ON c.id = e.partner_id
         WHERE e.stage IN ('SQL', 'OPPORTUNITY') AND e.occurred_at >= $9 GROUP BY e.partner_id),
       sla AS (
         SELECT o.partner_id,
                count(*) FILTER (WHERE o.status IN ('ACCEPTED', 'REJECTED', 'EXPIRED')
                                    OR (o.status = 'PENDING' AND o.accept_due_at <= $10))::int AS due,
                count(*) FILTER (WHERE o.status IN ('ACCEPTED', 'REJECTED')
                                    AND o.decided_at <= o.accept_due_at)::int AS ontime,
                count(*) FILTER (WHERE o.status = 'PENDING')::int AS open
         FROM lead_offer o JOIN cand c ON c.id = o.partner_id
         WHERE o.kind = '${OfferKind.VENDOR_TO_PARTNER}' AND (o.offered_at >= $9 OR o.status = 'PENDING')
         GROUP BY o.partner_id)
       SELECT c.id, c.name, c.rank, coalesce(conv.sqls, 0) AS sqls, coalesce(conv.opps, 0) AS opps,
              coalesce(sla.due, 0) AS due, coalesce(sla.ontime, 0) AS ontime, coalesce(sla.open, 0) AS open
       FROM cand c LEFT JOIN conv ON conv.partner_id = c.id LEFT JOIN sla ON sla.partner_id = c.id`,
      [
        PartnerStatus.ACTIVE,
        excluded,
        rule.sameCountry,
        lead.country,
        rule.partnerRegions,
        rule.partnerTierIds,
        rule.requireSpecialisation,
        lead.personaId,
        since,
        now,
      ],
    );
  }

  /** The partner's rep whose last offer is oldest (round-robin), skipping reps who passed on this lead. */
  async nextRep(em: EntityManager, partnerId: string, leadId: string): Promise<string | null> {
    // Serialises round-robin per partner so two leads at once do not both pick the same rep.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:rr:' || $1))`, [partnerId]);
    const rows: { id: string }[] = await em.query(
      `SELECT u.id FROM app_user u
       WHERE u.partner_id = $1 AND u.status = 'ACTIVE' AND u.role = $2
         AND NOT EXISTS (SELECT 1 FROM lead_offer o WHERE o.lead_id = $3 AND o.user_id = u.id
                         AND o.status IN ('REJECTED', 'EXPIRED'))
       ORDER BY (SELECT max(o.offered_at) FROM lead_offer o WHERE o.user_id = u.id) ASC NULLS FIRST,
                u.created_at, u.id
       LIMIT 1`,
      [partnerId, Role.PARTNER_SALES_REP, leadId],
    );
    return rows[0]?.id ?? null;
  }

  /** Offers a partner's own MQL to a rep (chosen, or round-robin); none left → partner queue. */
  async offerToRep(
    em: EntityManager,
    lead: Lead,
    actor: Actor,
    chosenUserId: string | null,
  ): Promise<LeadOffer | null> {
    if (!lead.partnerId) throw new Error(`Lead ${lead.id} is not with a partner`);
    const partner = await em.findOneOrFail(Partner, { where: { id: lead.partnerId } });
    const userId = chosenUserId ?? (await this.nextRep(em, partner.id, lead.id));
    if (!userId) {
      lead.assignedUserId = null;
      lead.handoff = LeadHandoff.PARTNER_QUEUE;
      await em.save(lead);
      if (lead.createdByUserId)
        await this.notifications.notify(em, [lead.createdByUserId], {
          kind: NotificationKind.LEAD_OUTCOME,
          title: `No sales rep left for ${lead.company || lead.contactName}`,
          body: 'Every active rep passed on this lead or none is active; choose who should take it.',
          link: `/leads/${lead.id}`,
        });
      return null;
    }
    return this.offer(em, lead, partner, userId, OfferKind.PARTNER_TO_REP, actor, null);
  }

  private async policyFor(em: EntityManager, partner: Partner, lead: Lead) {
    const [policy] = await em.query(
      `SELECT id, accept_hours, contact_hours, reminder_percent FROM sla_policy
       WHERE (tier_id = $1 OR tier_id IS NULL) AND (priority = $2 OR priority IS NULL)
       ORDER BY (priority IS NOT NULL) DESC, (tier_id IS NOT NULL) DESC LIMIT 1`,
      [partner.tierId, lead.priority],
    );
    return policy
      ? {
          id: policy.id as string,
          acceptHours: Number(policy.accept_hours),
          contactHours: Number(policy.contact_hours),
          reminderPercent: Number(policy.reminder_percent),
        }
      : { id: null, ...DEFAULT_SLA };
  }

  /** Creates an offer with its deadlines in the partner's business hours and queues its clocks. */
  async offer(
    em: EntityManager,
    lead: Lead,
    partner: Partner,
    userId: string | null,
    kind: OfferKind,
    actor: Actor,
    routing: RoutingExplanation | null,
  ): Promise<LeadOffer> {
    const now = this.clock.now();
    const rep =
      userId ??
      (kind === OfferKind.VENDOR_TO_PARTNER ? await this.nextRep(em, partner.id, lead.id) : null);
    const policy = await this.policyFor(em, partner, lead);
    const wt = workingTimeOf(partner);
    const offer = em.create(LeadOffer, {
      leadId: lead.id,
      kind,
      partnerId: partner.id,
      userId: rep,
      status: OfferStatus.PENDING,
      offeredAt: now,
      offeredByLabel: actor.label,
      acceptDueAt: addBusinessHours(now, policy.acceptHours, wt),
      contactDueAt: addBusinessHours(now, policy.contactHours, wt),
      slaPolicyId: policy.id,
      routing,
    });
    await em.insert(LeadOffer, offer);
    lead.partnerId = partner.id;
    lead.assignedUserId = rep;
    lead.handoff = LeadHandoff.OFFERED;
    await em.save(lead);
    await publishLiveEvent(em, {
      topic: LiveTopic.LeadOffer,
      id: lead.id,
      partnerId: partner.id,
      userIds: rep ? [rep] : [],
    });
    const reminderAt = addBusinessHours(
      now,
      (policy.acceptHours * policy.reminderPercent) / 100,
      wt,
    );
    await this.jobs.enqueue(
      em,
      OFFER_ACCEPT_REMINDER_JOB,
      { offerId: offer.id },
      {
        runAt: reminderAt,
        dedupeKey: `offer:${offer.id}:accept-reminder`,
      },
    );
    await this.jobs.enqueue(
      em,
      OFFER_ACCEPT_DEADLINE_JOB,
      { offerId: offer.id },
      {
        runAt: offer.acceptDueAt,
        dedupeKey: `offer:${offer.id}:accept-deadline`,
      },
    );
    const recipients = rep ? [rep] : await this.partnerLeads(em, partner.id);
    await this.notifications.notify(em, recipients, {
      kind: NotificationKind.LEAD_OFFERED,
      title: `New lead: ${lead.company || lead.contactName}`,
      body: `Accept or reject by ${utcLabel(offer.acceptDueAt)}.`,
      link: `/leads/${lead.id}`,
    });
    return offer;
  }

  /** A partner's admins (who answer for offers without a rep). */
  private async partnerLeads(em: EntityManager, partnerId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE partner_id = $1 AND role = $2 AND status = 'ACTIVE'`,
      [partnerId, Role.PARTNER_ADMIN],
    );
    return rows.map((r) => r.id);
  }

  /** Queues the first-contact clocks once a lead is accepted (the deadline runs from the offer). */
  async startContactClock(em: EntityManager, offer: LeadOffer, partner: Partner): Promise<void> {
    const now = this.clock.now();
    const [policy] = offer.slaPolicyId
      ? await em.query(`SELECT contact_hours, reminder_percent FROM sla_policy WHERE id = $1`, [
          offer.slaPolicyId,
        ])
      : [];
    const hours = Number(policy?.contact_hours ?? DEFAULT_SLA.contactHours);
    const percent = Number(policy?.reminder_percent ?? DEFAULT_SLA.reminderPercent);
    const reminderAt = addBusinessHours(
      offer.offeredAt,
      (hours * percent) / 100,
      workingTimeOf(partner),
    );
    if (reminderAt > now && reminderAt < offer.contactDueAt)
      await this.jobs.enqueue(
        em,
        OFFER_CONTACT_REMINDER_JOB,
        { offerId: offer.id },
        {
          runAt: reminderAt,
          dedupeKey: `offer:${offer.id}:contact-reminder`,
        },
      );
    await this.jobs.enqueue(
      em,
      OFFER_CONTACT_DEADLINE_JOB,
      { offerId: offer.id },
      {
        runAt: offer.contactDueAt,
        dedupeKey: `offer:${offer.id}:contact-deadline`,
      },
    );
  }

  private async recordSla(em: EntityManager, offer: LeadOffer, kind: SlaEventKind, dueAt: Date) {
    await em.insert(LeadSlaEvent, {
      offerId: offer.id,
      leadId: offer.leadId,
      partnerId: offer.partnerId,
      userId: offer.userId,
      kind,
      dueAt,
      occurredAt: this.clock.now(),
    });
  }

  private async remind(em: EntityManager, offerId: string, which: 'accept' | 'contact') {
    const offer = await em.findOne(LeadOffer, { where: { id: offerId } });
    if (!offer) return;
    const still =
      which === 'accept'
        ? offer.status === OfferStatus.PENDING
        : offer.status === OfferStatus.ACCEPTED && !offer.contactedAt;
    if (!still) return;
    const due = which === 'accept' ? offer.acceptDueAt : offer.contactDueAt;
    await this.recordSla(
      em,
      offer,
      which === 'accept' ? SlaEventKind.ACCEPT_REMINDER : SlaEventKind.CONTACT_REMINDER,
      due,
    );
    const lead = await em.findOneOrFail(Lead, { where: { id: offer.leadId } });
    const recipients = offer.userId ? [offer.userId] : await this.partnerLeads(em, offer.partnerId);
    await this.notifications.notify(em, recipients, {
      kind: NotificationKind.LEAD_SLA,
      title:
        which === 'accept'
          ? `Reminder: accept or reject ${lead.company || lead.contactName}`
          : `Reminder: contact ${lead.contactName}`,
      body: `Due ${utcLabel(due)}.`,
      link: `/leads/${lead.id}`,
    });
  }

  /** The accept deadline passed: record the breach, recall the lead and hand it on (once). */
  async acceptDeadline(em: EntityManager, offerId: string): Promise<void> {
    const offer0 = await em.findOne(LeadOffer, { where: { id: offerId } });
    if (!offer0) return;
    const lead = await em.findOne(Lead, {
      where: { id: offer0.leadId },
      lock: { mode: 'pessimistic_write' },
    });
    const offer = await em.findOneOrFail(LeadOffer, { where: { id: offerId } });
    if (!lead || offer.status !== OfferStatus.PENDING) return;
    const now = this.clock.now();
    offer.status = OfferStatus.EXPIRED;
    offer.acceptBreached = true;
    offer.decidedAt = now;
    offer.decidedByLabel = SYSTEM_ACTOR.label;
    await em.save(offer);
    await emitOfferEvent(em, WebhookEventType.OFFER_EXPIRED, offer, lead, now);
    await this.recordSla(em, offer, SlaEventKind.ACCEPT_BREACH, offer.acceptDueAt);
    const name = lead.company || lead.contactName;
    const partnerSide = offer.userId ? [offer.userId] : [];
    partnerSide.push(...(await this.partnerLeads(em, offer.partnerId)));
    await this.notifications.notify(em, partnerSide, {
      kind: NotificationKind.LEAD_SLA,
      title: `Lead recalled: ${name}`,
      body: 'It was not accepted in time and has been handed to someone else.',
    });
    const originSide: string[] = lead.createdByUserId ? [lead.createdByUserId] : [];
    if (offer.kind === OfferKind.VENDOR_TO_PARTNER) {
      const [p] = await em.query(`SELECT channel_manager_id FROM partner WHERE id = $1`, [
        offer.partnerId,
      ]);
      if (p?.channel_manager_id) originSide.push(p.channel_manager_id);
    }
    await this.notifications.notify(em, originSide, {
      kind: NotificationKind.LEAD_OUTCOME,
      title: `Missed deadline: ${name}`,
      body: 'The offer expired unanswered; the lead was recalled and handed on.',
      link: `/leads/${lead.id}`,
    });
    if (offer.kind === OfferKind.VENDOR_TO_PARTNER) {
      lead.partnerId = null;
      lead.assignedUserId = null;
      lead.handoff = LeadHandoff.POOL;
      await em.save(lead);
      await this.route(em, lead, SYSTEM_ACTOR);
    } else {
      await this.offerToRep(em, lead, SYSTEM_ACTOR, null);
    }
  }

  private async contactDeadline(em: EntityManager, offerId: string): Promise<void> {
    const offer = await em.findOne(LeadOffer, { where: { id: offerId } });
    if (
      !offer ||
      offer.status !== OfferStatus.ACCEPTED ||
      offer.contactedAt ||
      offer.contactBreached
    )
      return;
    offer.contactBreached = true;
    await em.save(offer);
    await this.recordSla(em, offer, SlaEventKind.CONTACT_BREACH, offer.contactDueAt);
    const lead = await em.findOneOrFail(Lead, { where: { id: offer.leadId } });
    const recipients = [
      ...(offer.userId ? [offer.userId] : []),
      ...(await this.partnerLeads(em, offer.partnerId)),
      ...(lead.createdByUserId ? [lead.createdByUserId] : []),
    ];
    await this.notifications.notify(em, recipients, {
      kind: NotificationKind.LEAD_SLA,
      title: `First contact overdue: ${lead.company || lead.contactName}`,
      body: 'The first-contact deadline passed without a recorded contact.',
      link: `/leads/${lead.id}`,
    });
  }
}
