import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  CLOSED_LEAD_STAGES,
  DefinitionStatus,
  LeadHandoff,
  LeadSource,
  LeadStage,
  MANUAL_STAGE_MOVES,
  NotificationKind,
  OfferKind,
  OfferStatus,
  PersonaStatus,
  Permission,
  ReasonKind,
  Role,
  LEAD_STAGE_LABELS,
  WebhookEventType,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  assertPartnerInScope,
  pageOf,
  emitDomainEvent,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { Partner, User } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';
import { Campaign } from '@tandem/api-campaigns';
import { activeReason, FunnelDefinition, MqlVerdict, scoreLead } from '@tandem/api-definitions';
import { utcLabel } from './business-hours';
import { Actor, enterStage } from './lead-events';
import { emitOfferEvent, leadCreatedEvent } from './lead-webhooks';
import { Lead, LeadOffer, LeadStageEvent } from './lead.entities';
import {
  AssignLeadInput,
  CreateLeadInput,
  LeadFilterInput,
  LeadView,
  MoveLeadStageInput,
  RejectOfferInput,
  UpdateLeadInput,
} from './lead.inputs';
import { checkLeadFields, LeadFields, LeadFieldsRaw } from './lead-rules';
import { HandoffService } from './handoff.service';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (x) => `\\${x}`);

/** The owner key of vendor leads in the per-owner unique indexes (no partner). */
const NO_OWNER = '00000000-0000-0000-0000-000000000000';

export function actorOf(ctx: RequestContext): Actor {
  return { label: ctx.user.name, userId: ctx.user.userId };
}

@Injectable()
export class LeadsService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly handoff: HandoffService,
  ) {}

  /** Vendor staff see every lead; partner staff their partner's; a sales rep only their own. */
  scoped(ctx: RequestContext): SelectQueryBuilder<Lead> {
    const qb = ctx.em.createQueryBuilder(Lead, 'l');
    if (ctx.role === Role.CHANNEL_MANAGER)
      // Channel managers: the vendor pool and manual queue, and the leads of their partners.
      return qb.where(
        '(l.partner_id IS NULL OR l.partner_id IN (SELECT sp.id FROM partner sp WHERE sp.channel_manager_id = :me))',
        { me: ctx.user.userId },
      );
    if (ctx.isVendor) return qb.where('TRUE');
    // A vendor lead a partner handed back stays theirs only until the hand-off job moves it.
    qb.where("l.partner_id = :own AND l.handoff <> 'POOL'", { own: ctx.partnerId });
    if (ctx.role === Role.PARTNER_SALES_REP)
      qb.andWhere('l.assigned_user_id = :me', { me: ctx.user.userId });
    return qb;
  }

  async list(
    ctx: RequestContext,
    filter: LeadFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<Lead>> {
    return pageOf(this.filtered(ctx, filter), page);
  }

  /** The leads list's query, filtered and ordered but not paged (the list and the CSV export). */
  filtered(ctx: RequestContext, filter: LeadFilterInput | undefined): SelectQueryBuilder<Lead> {
    const qb = this.scoped(ctx);
    const view = filter?.view ?? LeadView.ALL;
    if (view === LeadView.INBOX) {
      qb.innerJoin(LeadOffer, 'po', "po.lead_id = l.id AND po.status = 'PENDING'")
        .orderBy('po.accept_due_at', 'ASC')
        .addOrderBy('l.id', 'ASC');
    } else {
      const handoff: Partial<Record<LeadView, LeadHandoff>> = {
        [LeadView.WORKING]: LeadHandoff.ACCEPTED,
        [LeadView.POOL]: LeadHandoff.POOL,
        [LeadView.MANUAL]: LeadHandoff.MANUAL,
        [LeadView.PARTNER_QUEUE]: LeadHandoff.PARTNER_QUEUE,
      };
      if (handoff[view]) qb.andWhere('l.handoff = :handoff', { handoff: handoff[view] });
      qb.orderBy('l.stage_changed_at', 'DESC').addOrderBy('l.id', 'ASC');
    }
    if (filter?.stages?.length) qb.andWhere('l.stage IN (:...stages)', { stages: filter.stages });
    if (filter?.sources?.length)
      qb.andWhere('l.source IN (:...sources)', { sources: filter.sources });
    if (filter?.partnerId) qb.andWhere('l.partner_id = :pid', { pid: filter.partnerId });
    if (filter?.campaignId) qb.andWhere('l.campaign_id = :cid', { cid: filter.campaignId });
    const search = filter?.search?.trim();
    if (search)
      qb.andWhere('(l.contact_name ILIKE :like OR l.email ILIKE :like OR l.company ILIKE :like)', {
        like: `%${escapeLike(search)}%`,
      });
    return qb;
  }

  async get(ctx: RequestContext, id: string): Promise<Lead> {
    const lead = await this.scoped(ctx).andWhere('l.id = :id', { id }).getOne();
    if (!lead) throw new NotFoundError('Lead');
    return lead;
  }

  /** The caller's own lead (theirs or their partner's, or the vendor's) with this external id. */
  async findByExternalId(ctx: RequestContext, externalId: string): Promise<Lead | null> {
    const id = externalId.trim();
    if (!id || id.length > 200)
      throw ValidationError.field('externalId', 'Give the external id: 1 to 200 characters.');
    // The same expression as the unique index uq_lead_external_id, so the lookup uses it.
    return this.scoped(ctx)
      .andWhere(
        `coalesce(l.origin_partner_id, '${NO_OWNER}'::uuid) = :owner AND l.external_id = :externalId`,
        { owner: this.ownerOf(ctx) ?? NO_OWNER, externalId: id },
      )
      .getOne();
  }

  /** Loads a lead the caller may see and locks it for the rest of the request. */
  private async lock(ctx: RequestContext, id: string): Promise<Lead> {
    await this.get(ctx, id);
    const lead = await ctx.em.findOne(Lead, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!lead) throw new NotFoundError('Lead');
    return lead;
  }

  /** Checks a lead's fields and that its persona and campaign exist for the caller. */
  async validated(ctx: RequestContext, raw: LeadFieldsRaw): Promise<LeadFields> {
    const errors: FieldError[] = [];
    const values = checkLeadFields(raw, errors);
    await this.checkRefs(ctx.em, values, errors);
    if (errors.length) throw new ValidationError(errors);
    return values;
  }

  async checkRefs(em: EntityManager, values: LeadFields, errors: FieldError[]): Promise<void> {
    if (values.personaId) {
      const n = await em.count(Persona, {
        where: { id: values.personaId, status: PersonaStatus.PUBLISHED },
      });
      if (!n) errors.push({ field: 'personaId', message: 'Choose a published persona.' });
    }
    if (values.campaignId) {
      const n = await em.count(Campaign, { where: { id: values.campaignId } });
      if (!n) errors.push({ field: 'campaignId', message: 'Choose a campaign you can see.' });
    }
  }

  /** Whose duplicates a new lead of this caller would clash with. */
  ownerOf(ctx: RequestContext): string | null {
    return ctx.isVendor ? null : ctx.partnerId;
  }

  async findDuplicate(em: EntityManager, owner: string | null, email: string) {
    return em
      .createQueryBuilder(Lead, 'l')
      .where(owner ? 'l.origin_partner_id = :owner' : 'l.origin_partner_id IS NULL', { owner })
      .andWhere('l.email = :email', { email })
      .getOne();
  }

  private duplicateError(existing: Lead): ConflictError {
    return new ConflictError(
      `A lead for ${existing.email} already exists (${existing.contactName}, ${LEAD_STAGE_LABELS[existing.stage]}). Open it and update it instead.`,
      [{ field: 'email', message: 'This email is already a lead.' }],
    );
  }

  /** The source a caller's new lead gets, from their role. */
  sourceFor(ctx: RequestContext): LeadSource {
    if (ctx.isVendor) return LeadSource.VENDOR_MARKETING;
    return ctx.role === Role.PARTNER_SALES_REP
      ? LeadSource.PARTNER_SALES
      : LeadSource.PARTNER_MARKETING;
  }

  async create(ctx: RequestContext, input: CreateLeadInput): Promise<Lead> {
    const owner = this.ownerOf(ctx);
    const externalId = input.externalId?.trim() || null;
    if (externalId) {
      // Idempotent on the sender's id: a retry (even a concurrent one, which waits on this lock)
      // gets the lead the first call made.
      await ctx.em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `lead-external:${owner ?? 'vendor'}:${externalId}`,
      ]);
      const replay = await this.findByExternalId(ctx, externalId);
      if (replay) return replay;
    }
    const values = await this.validated(ctx, input);
    const existing = await this.findDuplicate(ctx.em, owner, values.email);
    if (existing) throw this.duplicateError(existing);
    if (input.offerToUserId) await this.assertRep(ctx, input.offerToUserId);
    const lead = await this.insertLead(ctx.em, values, {
      source: this.sourceFor(ctx),
      owner,
      actor: actorOf(ctx),
      externalId,
    });
    await this.audit.record(ctx, {
      action: 'lead.created',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
      after: lead,
    });
    await this.afterQualify(ctx.em, lead, actorOf(ctx), input.offerToUserId ?? null, true);
    return lead;
  }

  /**
   * Inserts a lead with its first stage event and qualifies it against the published definition.
   * Concurrent creates of the same email under one owner cannot both win (unique index).
   */
  /**
   * Builds a new lead and its first stage events (Lead, then MQL when it qualifies, SQL when a
   * rep sourced it) without touching the database, so one lead and a 5,000-row import share it.
   */
  buildLead(
    values: LeadFields,
    opts: {
      source: LeadSource;
      owner: string | null;
      actor: Actor;
      definition: FunnelDefinition | null;
    },
  ): { lead: Lead; events: Partial<LeadStageEvent>[] } {
    const now = this.clock.now();
    const selfSourced = opts.source === LeadSource.PARTNER_SALES;
    const lead: Lead = Object.assign(new Lead(), {
      ...values,
      id: randomUUID(),
      source: opts.source,
      originPartnerId: opts.owner,
      partnerId: opts.owner,
      assignedUserId: selfSourced ? opts.actor.userId : null,
      stage: LeadStage.LEAD,
      stageChangedAt: now,
      handoff: opts.owner
        ? selfSourced
          ? LeadHandoff.ACCEPTED
          : LeadHandoff.PARTNER_QUEUE
        : LeadHandoff.POOL,
      createdByUserId: opts.actor.userId,
      createdByLabel: opts.actor.label,
      spam: false,
      mqlScore: null as number | null,
      mqlReasons: [] as string[],
      definitionVersion: null as number | null,
    });
    const event = (stage: LeadStage, from: LeadStage | null, actor: Actor, extra = {}) => ({
      leadId: lead.id,
      partnerId: lead.partnerId,
      userId: actor.userId,
      stage,
      fromStage: from,
      occurredAt: now,
      actorLabel: actor.label,
      comment: '',
      details: [] as string[],
      ...extra,
    });
    const events: Partial<LeadStageEvent>[] = [event(LeadStage.LEAD, null, opts.actor)];
    const verdict = verdictFor(opts.definition, lead);
    lead.mqlScore = verdict.score;
    lead.mqlReasons = verdict.reasons;
    lead.definitionVersion = opts.definition?.number ?? null;
    if (verdict.isMql) {
      events.push(
        event(LeadStage.MQL, LeadStage.LEAD, SYSTEM_QUALIFIER(opts.actor), {
          details: verdict.reasons,
          comment: `Met the MQL criteria of definition v${opts.definition?.number}.`,
        }),
      );
      lead.stage = LeadStage.MQL;
    }
    if (selfSourced) {
      events.push(
        event(LeadStage.SQL, lead.stage, opts.actor, { comment: 'Self-sourced by the sales rep.' }),
      );
      lead.stage = LeadStage.SQL;
    }
    return { lead, events };
  }

  /**
   * Inserts a lead with its first stage events, qualified against the published definition.
   * Concurrent creates of the same email under one owner cannot both win (unique index).
   */
  async insertLead(
    em: EntityManager,
    values: LeadFields,
    opts: { source: LeadSource; owner: string | null; actor: Actor; externalId?: string | null },
  ): Promise<Lead> {
    const definition = await this.publishedDefinition(em);
    const { lead, events } = this.buildLead(values, { ...opts, definition });
    lead.externalId = opts.externalId ?? null;
    // ON CONFLICT DO NOTHING waits for a concurrent insert of the same email and then skips,
    // so the loser gets the clear duplicate message instead of an aborted transaction.
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Lead)
      .values(lead)
      .orIgnore()
      .returning('id')
      .updateEntity(false)
      .execute();
    if (!inserted.raw.length) {
      const existing = await this.findDuplicate(em, opts.owner, values.email);
      if (existing) throw this.duplicateError(existing);
      if (opts.externalId)
        throw new ConflictError(
          `A lead with external id "${opts.externalId}" already exists and is no longer visible to you.`,
          [{ field: 'externalId', message: 'This external id is already taken.' }],
        );
      throw new ConflictError('This lead could not be saved; try again.');
    }
    await em
      .createQueryBuilder()
      .insert()
      .into(LeadStageEvent)
      .values(events)
      .updateEntity(false)
      .execute();
    const created = await em.findOneOrFail(Lead, { where: { id: lead.id } });
    await emitDomainEvent(em, leadCreatedEvent(created, this.clock.now()));
    return created;
  }

  /** Scores a lead under the published MQL criteria; a LEAD that meets them becomes an MQL. */
  publishedDefinition(em: EntityManager): Promise<FunnelDefinition | null> {
    return em.findOne(FunnelDefinition, {
      where: { status: DefinitionStatus.PUBLISHED },
      order: { number: 'DESC' },
    });
  }

  async qualify(
    em: EntityManager,
    lead: Lead,
    actor: Actor,
    known?: FunnelDefinition | null,
  ): Promise<void> {
    const definition = known === undefined ? await this.publishedDefinition(em) : known;
    const verdict = verdictFor(definition, lead);
    lead.mqlScore = verdict.score;
    lead.mqlReasons = verdict.reasons;
    lead.definitionVersion = definition?.number ?? null;
    if (!definition) return;
    if (verdict.isMql && lead.stage === LeadStage.LEAD) {
      await enterStage(em, lead, LeadStage.MQL, this.clock.now(), SYSTEM_QUALIFIER(actor), {
        details: verdict.reasons,
        comment: `Met the MQL criteria of definition v${definition.number}.`,
      });
    }
  }

  /** After a lead may have become an MQL: hand it on now (forms) or through a job (imports). */
  async afterQualify(
    em: EntityManager,
    lead: Lead,
    actor: Actor,
    chosenRep: string | null,
    inline: boolean,
  ): Promise<void> {
    if (lead.stage !== LeadStage.MQL) return;
    const needs =
      (lead.originPartnerId === null && lead.handoff === LeadHandoff.POOL) ||
      (lead.source === LeadSource.PARTNER_MARKETING && lead.handoff === LeadHandoff.PARTNER_QUEUE);
    if (!needs) return;
    if (!inline) return this.handoff.queueHandOff(em, lead.id);
    if (lead.originPartnerId === null) await this.handoff.route(em, lead, actor);
    else await this.handoff.offerToRep(em, lead, actor, chosenRep);
  }

  private async assertRep(ctx: RequestContext, userId: string): Promise<void> {
    const rep = await ctx.em.findOne(User, { where: { id: userId } });
    if (
      !rep ||
      rep.partnerId !== ctx.partnerId ||
      rep.role !== Role.PARTNER_SALES_REP ||
      rep.status !== 'ACTIVE'
    )
      throw ValidationError.field('userId', 'Choose an active sales rep of your organisation.');
  }

  async update(ctx: RequestContext, input: UpdateLeadInput): Promise<Lead> {
    const lead = await this.lock(ctx, input.id);
    if (ctx.isVendor ? lead.originPartnerId !== null : lead.originPartnerId !== ctx.partnerId)
      throw new ForbiddenError('Only the organisation that sourced a lead edits its details.');
    if (lead.version !== input.version)
      throw new ConflictError('Someone else changed this lead; reload to see their changes.');
    const values = await this.validated(ctx, input);
    if (values.email !== lead.email) {
      const existing = await this.findDuplicate(ctx.em, lead.originPartnerId, values.email);
      if (existing && existing.id !== lead.id) throw this.duplicateError(existing);
    }
    const before = { ...lead };
    Object.assign(lead, values);
    await this.qualify(ctx.em, lead, actorOf(ctx));
    const saved = await ctx.em.save(lead);
    await this.audit.record(ctx, {
      action: 'lead.updated',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
      before,
      after: saved,
    });
    await this.afterQualify(ctx.em, lead, actorOf(ctx), null, true);
    return saved;
  }

  /** The pending offer of a lead the caller may answer: its rep, or the partner's admin. */
  private async pendingOffer(ctx: RequestContext, lead: Lead): Promise<LeadOffer> {
    const offer = await ctx.em.findOne(LeadOffer, {
      where: { leadId: lead.id, status: OfferStatus.PENDING },
    });
    if (!offer || offer.partnerId !== ctx.partnerId)
      throw new ConflictError('This lead is not waiting for your answer any more.');
    if (ctx.role === Role.PARTNER_SALES_REP && offer.userId !== ctx.user.userId)
      throw new ForbiddenError('This lead is offered to another rep.');
    return offer;
  }

  async accept(ctx: RequestContext, leadId: string): Promise<Lead> {
    const lead = await this.lock(ctx, leadId);
    const offer = await this.pendingOffer(ctx, lead);
    const now = this.clock.now();
    offer.status = OfferStatus.ACCEPTED;
    offer.decidedAt = now;
    offer.decidedByLabel = ctx.user.name;
    if (ctx.role === Role.PARTNER_SALES_REP || !offer.userId) offer.userId = ctx.user.userId;
    await ctx.em.save(offer);
    lead.assignedUserId = offer.userId;
    lead.handoff = LeadHandoff.ACCEPTED;
    if (lead.stage === LeadStage.MQL || lead.stage === LeadStage.LEAD)
      await enterStage(ctx.em, lead, LeadStage.SQL, now, actorOf(ctx), {
        comment: 'Accepted by sales.',
      });
    const saved = await ctx.em.save(lead);
    const partner = await ctx.em.findOneOrFail(Partner, { where: { id: offer.partnerId } });
    await this.handoff.startContactClock(ctx.em, offer, partner);
    await emitOfferEvent(ctx.em, WebhookEventType.OFFER_ACCEPTED, offer, saved, now);
    await this.audit.record(ctx, {
      action: 'lead.offer-accepted',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
      after: { offerId: offer.id },
    });
    await this.tellOriginator(ctx.em, lead, {
      title: `Accepted: ${lead.company || lead.contactName}`,
      body: `${ctx.user.name} accepted the lead${offer.acceptDueAt < now ? ' (after the deadline)' : ''}.`,
    });
    return saved;
  }

  private async tellOriginator(em: EntityManager, lead: Lead, n: { title: string; body: string }) {
    if (!lead.createdByUserId) return;
    await this.notifications.notify(em, [lead.createdByUserId], {
      kind: NotificationKind.LEAD_OUTCOME,
      ...n,
      link: `/leads/${lead.id}`,
    });
  }

  async reject(ctx: RequestContext, input: RejectOfferInput): Promise<boolean> {
    const lead = await this.lock(ctx, input.leadId);
    const offer = await this.pendingOffer(ctx, lead);
    const reason = await activeReason(ctx.em, input.reasonCodeId, ReasonKind.REJECTION);
    const comment = input.comment.trim();
    if (comment.length < 3)
      throw ValidationError.field('comment', 'Say in a few words why (3 characters or more).');
    const now = this.clock.now();
    await ctx.em.update(
      LeadOffer,
      { id: offer.id },
      {
        status: OfferStatus.REJECTED,
        decidedAt: now,
        decidedByLabel: ctx.user.name,
        reasonCodeId: reason.id,
        comment,
        contactReached: input.contactReached,
        spam: input.spam,
      },
    );
    const actor = actorOf(ctx);
    const changes: Partial<Lead> = {};
    if (input.spam) {
      await enterStage(ctx.em, lead, LeadStage.DISQUALIFIED, now, actor, {
        reasonCodeId: reason.id,
        comment: `Rejected as spam: ${comment}`,
      });
      Object.assign(changes, {
        stage: lead.stage,
        stageChangedAt: lead.stageChangedAt,
        spam: true,
        handoff: LeadHandoff.CLOSED,
      });
    }
    if (offer.kind === OfferKind.VENDOR_TO_PARTNER) {
      // Back to the vendor pool. The hand-off job (running as the system) takes the lead away
      // from this partner and routes it without them; the partner's views hide it at once.
      changes.assignedUserId = null;
      if (!input.spam) changes.handoff = LeadHandoff.POOL;
    } else {
      changes.assignedUserId = null;
      if (!input.spam) changes.handoff = LeadHandoff.PARTNER_QUEUE;
    }
    await ctx.em
      .createQueryBuilder()
      .update(Lead)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id: lead.id })
      .updateEntity(false)
      .execute();
    const rejected = {
      ...offer,
      status: OfferStatus.REJECTED,
      decidedAt: now,
      reasonCodeId: reason.id,
      comment,
      contactReached: input.contactReached,
      spam: input.spam,
    };
    await emitOfferEvent(ctx.em, WebhookEventType.OFFER_REJECTED, rejected, lead, now);
    await this.audit.record(ctx, {
      action: 'lead.offer-rejected',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: offer.partnerId,
      after: { offerId: offer.id, reason: reason.code, comment, spam: input.spam },
    });
    await this.tellOriginator(ctx.em, lead, {
      title: `Rejected: ${lead.company || lead.contactName}`,
      body: `${reason.label}: ${comment}${input.spam ? ' (marked as spam)' : ''}. Contact reached: ${input.contactReached ? 'yes' : 'no'}.`,
    });
    if (!input.spam && offer.kind === OfferKind.VENDOR_TO_PARTNER)
      await this.handoff.queueHandOff(ctx.em, lead.id);
    return true;
  }

  /** Records the first contact with an accepted lead (stops the first-contact clock). */
  async markContacted(ctx: RequestContext, leadId: string): Promise<Lead> {
    const lead = await this.lock(ctx, leadId);
    this.assertWorker(ctx, lead);
    const offer = await ctx.em.findOne(LeadOffer, {
      where: { leadId: lead.id, status: OfferStatus.ACCEPTED, partnerId: ctx.partnerId ?? '' },
      order: { decidedAt: 'DESC' },
    });
    if (!offer) throw new ConflictError('Accept the lead before recording contact.');
    if (!offer.contactedAt) {
      offer.contactedAt = this.clock.now();
      await ctx.em.save(offer);
      await this.audit.record(ctx, {
        action: 'lead.contacted',
        entityType: 'Lead',
        entityId: lead.id,
        partnerId: lead.partnerId,
      });
    }
    return lead;
  }

  private assertWorker(ctx: RequestContext, lead: Lead): void {
    if (lead.handoff !== LeadHandoff.ACCEPTED && !CLOSED_LEAD_STAGES.includes(lead.stage))
      throw new ConflictError('Accept the lead first.');
    if (ctx.role === Role.PARTNER_SALES_REP && lead.assignedUserId !== ctx.user.userId)
      throw new ForbiddenError('Only the rep who works this lead can do that.');
  }

  /** Moves a lead along the funnel by hand (convert, win, lose, disqualify, recycle). */
  async moveStage(ctx: RequestContext, input: MoveLeadStageInput): Promise<Lead> {
    const lead = await this.lock(ctx, input.leadId);
    const vendorPool = ctx.isVendor && lead.originPartnerId === null && lead.partnerId === null;
    if (!vendorPool) {
      if (ctx.isVendor)
        throw new ForbiddenError('The partner that holds this lead moves its stages.');
      if (!ctx.can(Permission.LeadWork))
        throw new ForbiddenError('Sales reps and partner admins move the stages of their leads.');
      this.assertWorker(ctx, lead);
    }
    const allowed = MANUAL_STAGE_MOVES[lead.stage] ?? [];
    if (!allowed.includes(input.stage))
      throw ValidationError.field(
        'stage',
        `A lead in ${LEAD_STAGE_LABELS[lead.stage]} can move to ${allowed.map((s) => LEAD_STAGE_LABELS[s]).join(', ') || 'nothing by hand'}.`,
      );
    let reasonCodeId: string | null = null;
    const needs =
      input.stage === LeadStage.DISQUALIFIED
        ? ReasonKind.DISQUALIFICATION
        : input.stage === LeadStage.LOST
          ? ReasonKind.LOSS
          : null;
    if (needs) reasonCodeId = (await activeReason(ctx.em, input.reasonCodeId, needs)).id;
    const before = { stage: lead.stage };
    await enterStage(ctx.em, lead, input.stage, this.clock.now(), actorOf(ctx), {
      reasonCodeId,
      comment: input.comment.trim(),
    });
    if (CLOSED_LEAD_STAGES.includes(input.stage)) lead.handoff = LeadHandoff.CLOSED;
    if (input.stage === LeadStage.RECYCLED)
      lead.handoff = lead.partnerId ? LeadHandoff.ACCEPTED : LeadHandoff.POOL;
    const saved = await ctx.em.save(lead);
    await this.audit.record(ctx, {
      action: 'lead.stage-changed',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
      before,
      after: { stage: input.stage, reasonCodeId },
    });
    if (lead.createdByUserId && lead.createdByUserId !== ctx.user.userId)
      await this.tellOriginator(ctx.em, lead, {
        title: `${LEAD_STAGE_LABELS[input.stage]}: ${lead.company || lead.contactName}`,
        body: input.comment.trim(),
      });
    return saved;
  }

  /**
   * Reassigns in one step, keeping the history: vendor staff move a vendor lead to a partner (and
   * optionally a rep); partner staff move a partner lead to another of their reps.
   */
  async assign(ctx: RequestContext, input: AssignLeadInput): Promise<Lead> {
    const lead = await this.lock(ctx, input.leadId);
    if (CLOSED_LEAD_STAGES.includes(lead.stage))
      throw new ConflictError('This lead is closed; recycle it before handing it on.');
    const actor = actorOf(ctx);
    const pending = await ctx.em.findOne(LeadOffer, {
      where: { leadId: lead.id, status: OfferStatus.PENDING },
    });
    if (ctx.isVendor) {
      if (lead.originPartnerId !== null)
        throw new ForbiddenError('Partner-sourced leads are assigned by the partner.');
      if (!input.partnerId) throw ValidationError.field('partnerId', 'Choose a partner.');
      await assertPartnerInScope(ctx, input.partnerId);
      const partner = await ctx.em.findOne(Partner, { where: { id: input.partnerId } });
      if (!partner || partner.status !== 'ACTIVE')
        throw ValidationError.field('partnerId', 'Choose an active partner.');
      if (input.userId) {
        const rep = await ctx.em.findOne(User, { where: { id: input.userId } });
        if (!rep || rep.partnerId !== partner.id || rep.status !== 'ACTIVE')
          throw ValidationError.field('userId', 'Choose an active rep of that partner.');
      }
      if (pending) await this.withdraw(ctx.em, pending, actor);
      if (lead.handoff === LeadHandoff.ACCEPTED && lead.partnerId !== partner.id) {
        await ctx.em.update(
          LeadOffer,
          { leadId: lead.id, status: OfferStatus.ACCEPTED },
          { status: OfferStatus.WITHDRAWN },
        );
      }
      lead.handoff = LeadHandoff.POOL;
      await this.handoff.offer(
        ctx.em,
        lead,
        partner,
        input.userId ?? null,
        OfferKind.VENDOR_TO_PARTNER,
        actor,
        {
          ruleId: null,
          ruleName: 'Assigned by hand',
          filters: [],
          excludedPartnerIds: [],
          candidates: [],
          summary: `${ctx.user.name} assigned the lead to ${partner.name}${input.note.trim() ? `: ${input.note.trim()}` : '.'}`,
        },
      );
    } else {
      if (!input.userId) throw ValidationError.field('userId', 'Choose a sales rep.');
      await this.assertRep(ctx, input.userId);
      if (pending) {
        // Same offer and clock, another rep.
        await ctx.em.update(LeadOffer, { id: pending.id }, { userId: input.userId });
        lead.assignedUserId = input.userId;
        await ctx.em.save(lead);
        await this.notifications.notify(ctx.em, [input.userId], {
          kind: NotificationKind.LEAD_OFFERED,
          title: `Lead assigned to you: ${lead.company || lead.contactName}`,
          body: `Accept or reject by ${utcLabel(pending.acceptDueAt)}.`,
          link: `/leads/${lead.id}`,
        });
      } else if (lead.handoff === LeadHandoff.ACCEPTED) {
        await ctx.em.update(
          LeadOffer,
          { leadId: lead.id, status: OfferStatus.ACCEPTED },
          { userId: input.userId },
        );
        lead.assignedUserId = input.userId;
        await ctx.em.save(lead);
        await this.notifications.notify(ctx.em, [input.userId], {
          kind: NotificationKind.LEAD_OFFERED,
          title: `Lead handed to you: ${lead.company || lead.contactName}`,
          link: `/leads/${lead.id}`,
        });
      } else {
        await this.handoff.offerToRep(ctx.em, lead, actor, input.userId);
      }
    }
    await this.audit.record(ctx, {
      action: 'lead.assigned',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
      after: { partnerId: input.partnerId ?? lead.partnerId, userId: input.userId ?? null },
    });
    return this.get(ctx, lead.id);
  }

  /** Vendor staff: route a pool or manual-queue vendor lead now (also before it is an MQL). */
  async routeNow(ctx: RequestContext, leadId: string): Promise<Lead> {
    const lead = await this.lock(ctx, leadId);
    if (!ctx.isVendor || lead.originPartnerId !== null)
      throw new ForbiddenError('Only vendor leads are routed; partners assign their own.');
    if (lead.handoff !== LeadHandoff.POOL && lead.handoff !== LeadHandoff.MANUAL)
      throw new ConflictError('This lead is already with a partner; reassign it instead.');
    if (CLOSED_LEAD_STAGES.includes(lead.stage))
      throw new ConflictError('This lead is closed; recycle it before routing it.');
    lead.handoff = LeadHandoff.POOL;
    await this.handoff.route(ctx.em, lead, actorOf(ctx));
    await this.audit.record(ctx, {
      action: 'lead.routed',
      entityType: 'Lead',
      entityId: lead.id,
      partnerId: lead.partnerId,
    });
    return this.get(ctx, lead.id);
  }

  private async withdraw(em: EntityManager, offer: LeadOffer, actor: Actor): Promise<void> {
    await em.update(
      LeadOffer,
      { id: offer.id },
      { status: OfferStatus.WITHDRAWN, decidedAt: this.clock.now(), decidedByLabel: actor.label },
    );
  }

  /** Offers of a lead the caller may see (a partner: only its own offers), newest first. */
  offersOf(ctx: RequestContext, leadId: string): Promise<LeadOffer[]> {
    return ctx.em.find(LeadOffer, {
      where: ctx.partnerId ? { leadId, partnerId: ctx.partnerId } : { leadId },
      order: { offeredAt: 'DESC' },
    });
  }

  offerLoader(ctx: RequestContext) {
    return ctx.loader('lead.currentOffer', () => {
      return new DataLoader<string, LeadOffer | null>(async (ids) => {
        const rows = await ctx.em.find(LeadOffer, {
          where: { leadId: In([...ids]), status: In([OfferStatus.PENDING, OfferStatus.ACCEPTED]) },
          order: { offeredAt: 'DESC' },
        });
        const byLead = new Map<string, LeadOffer>();
        for (const r of rows) {
          if (ctx.partnerId && r.partnerId !== ctx.partnerId) continue;
          if (!byLead.has(r.leadId)) byLead.set(r.leadId, r);
        }
        return ids.map((id) => byLead.get(id) ?? null);
      });
    });
  }
}

/** Qualification is automatic: the event names the system, on behalf of whoever saved the lead. */
function SYSTEM_QUALIFIER(actor: Actor): Actor {
  return { label: `Tandem (MQL criteria), on save by ${actor.label}`, userId: actor.userId };
}

/** The MQL verdict for a lead under a definition (none published: never an MQL, and why). */
export function verdictFor(definition: FunnelDefinition | null, lead: LeadFields): MqlVerdict {
  if (!definition)
    return {
      isMql: false,
      score: 0,
      missingFields: [],
      reasons: ['No funnel definition is published yet.'],
    };
  return scoreLead(definition.mql, {
    fields: {
      email: lead.email,
      phone: lead.phone,
      title: lead.title,
      company: lead.company,
      domain: lead.domain,
      country: lead.country,
      companySize: lead.companySize,
      persona: lead.personaId,
      consent: lead.consent,
    },
    personaId: lead.personaId,
    country: lead.country,
    companySize: lead.companySize,
    title: lead.title,
    campaignResponses: lead.campaignResponses + (lead.campaignId ? 1 : 0),
    contentDownloads: lead.contentDownloads,
  });
}
