import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  ACTIVE_DEAL_STATUSES,
  DealDecisionKind,
  DealStatus,
  DEAL_REMINDER_DAYS,
  DEAL_STATUS_LABELS,
  DealEngagementRule,
  ExtensionPolicy,
  ExtensionStatus,
  LeadHandoff,
  LeadStage,
  NotificationKind,
  PersonaStatus,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  JobRunner,
  LiveTopic,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  assertPartnerInScope,
  pageOf,
  publishLiveEvent,
  scopeToPartners,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { checkTimeZone, normalizeCountry, Partner, Tier } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';
import { activeReason } from '@tandem/api-definitions';
import { addBusinessHours, enterStage, Lead, utcLabel } from '@tandem/api-leads';
import { normalizeCompanyName, registrableDomain } from './account-keys';
import {
  DealDecision,
  DealEvent,
  DealExtension,
  DealLine,
  DealRegistration,
  DealSettings,
  Product,
} from './deal.entities';
import {
  CloseDealInput,
  DealFilterInput,
  DealInput,
  DealSettingsInput,
  DealView,
  DecideDealInput,
  ExtensionDecisionInput,
} from './deal.inputs';
import { centsToString, toCents } from './money';
import { emitRegistrationEvent } from './deal-webhooks';

export const DEAL_DECISION_DUE_JOB = 'deal.decision-due';
export const DEAL_REMINDER_JOB = 'deal.protection-reminder';
export const DEAL_EXPIRY_JOB = 'deal.protection-expiry';

const DAY = 86_400_000;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (x) => `\\${x}`);
const dateLabel = (d: Date) => d.toISOString().slice(0, 10);

interface Actor {
  label: string;
  userId: string | null;
}
const SYSTEM: Actor = { label: 'Tandem (automatic)', userId: null };

/**
 * Deal registration: drafts, submission with conflict detection, decisions with a decision record,
 * protection windows with reminders and expiry as durable jobs, extensions, won/lost.
 */
@Injectable()
export class DealsService implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DEAL_DECISION_DUE_JOB, (p, em) => this.decisionDue(em, String(p['dealId'])));
    this.jobs.register(DEAL_REMINDER_JOB, (p, em) =>
      this.reminder(em, String(p['dealId']), String(p['expiresAt'])),
    );
    this.jobs.register(DEAL_EXPIRY_JOB, (p, em) =>
      this.expire(em, String(p['dealId']), String(p['expiresAt'])),
    );
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Vendor admins: every registration; channel managers: their partners'; partner admins: their
   * partner's; sales reps: their own. */
  scoped(ctx: RequestContext): SelectQueryBuilder<DealRegistration> {
    const qb = ctx.em.createQueryBuilder(DealRegistration, 'd');
    // Drafts are the registering partner's own business.
    qb.where(ctx.isVendor ? "d.status <> 'DRAFT'" : 'TRUE');
    scopeToPartners(ctx, qb, 'd.partner_id');
    if (ctx.partnerId && ctx.role !== Role.PARTNER_ADMIN)
      qb.andWhere('d.registered_by_user_id = :me', { me: ctx.user.userId });
    return qb;
  }

  async list(
    ctx: RequestContext,
    filter: DealFilterInput | undefined,
    page: Page,
  ): Promise<PaginatedResult<DealRegistration>> {
    return pageOf(this.filtered(ctx, filter), page);
  }

  /** The registrations list's query, filtered and ordered but not paged (list and CSV export). */
  filtered(
    ctx: RequestContext,
    filter: DealFilterInput | undefined,
  ): SelectQueryBuilder<DealRegistration> {
    const qb = this.scoped(ctx);
    if (filter?.view === DealView.QUEUE) {
      qb.andWhere('d.status = :submitted', { submitted: DealStatus.SUBMITTED })
        .orderBy('d.decision_due_at', 'ASC')
        .addOrderBy('d.id', 'ASC');
    } else {
      qb.orderBy('d.updated_at', 'DESC').addOrderBy('d.id', 'ASC');
    }
    if (filter?.statuses?.length)
      qb.andWhere('d.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.partnerId) qb.andWhere('d.partner_id = :pid', { pid: filter.partnerId });
    if (filter?.conflictsOnly) qb.andWhere('d.has_conflicts');
    const search = filter?.search?.trim();
    if (search) {
      const n = /^(?:dr-?)?0*(\d{1,9})$/i.exec(search);
      qb.andWhere(
        `(d.company_name ILIKE :like OR d.domain ILIKE :like${n ? ' OR d.number = :num' : ''})`,
        { like: `%${escapeLike(search)}%`, num: n ? Number(n[1]) : null },
      );
    }
    return qb;
  }

  async get(ctx: RequestContext, id: string): Promise<DealRegistration> {
    const deal = await this.scoped(ctx).andWhere('d.id = :id', { id }).getOne();
    if (!deal) throw new NotFoundError('Deal registration');
    return deal;
  }

  private async lock(ctx: RequestContext, id: string): Promise<DealRegistration> {
    await this.get(ctx, id);
    return ctx.em.findOneOrFail(DealRegistration, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Program settings: the one row the migration created with the defaults. */
  async settings(em: EntityManager): Promise<DealSettings> {
    const [row] = await em.find(DealSettings, { take: 1 });
    if (!row) throw new Error('deal_settings has no row; run the migrations');
    return row;
  }

  async saveSettings(ctx: RequestContext, input: DealSettingsInput): Promise<DealSettings> {
    const current = await this.settings(ctx.em);
    if (current.version !== input.version)
      throw new ConflictError('Someone else changed the settings; reload to see their changes.');
    const errors: FieldError[] = [];
    const vendorTimeZone = checkTimeZone(input.vendorTimeZone, errors);
    for (const e of errors) e.field = 'vendorTimeZone';
    const tierIds = (input.tierProtection ?? []).map((t) => t.tierId);
    if (new Set(tierIds).size !== tierIds.length)
      errors.push({
        field: 'tierProtection',
        message: 'Give each tier at most one protection period.',
      });
    const known = tierIds.length ? await ctx.em.count(Tier, { where: { id: In(tierIds) } }) : 0;
    if (known !== new Set(tierIds).size)
      errors.push({ field: 'tierProtection', message: 'Choose tiers from the list.' });
    if (errors.length) throw new ValidationError(errors);
    const before = { ...current };
    Object.assign(current, {
      protectionDays: input.protectionDays,
      // Omitted: the per-tier periods stay as they are (a form that does not show them keeps them).
      tierProtectionDays: input.tierProtection
        ? Object.fromEntries(input.tierProtection.map((t) => [t.tierId, t.days]))
        : current.tierProtectionDays,
      extensionPolicy: input.extensionPolicy,
      extensionDays: input.extensionDays,
      decisionHours: input.decisionHours,
      vendorTimeZone,
      engagementRule: input.engagementRule,
      nameSimilarity: input.nameSimilarity,
    });
    const saved = await ctx.em.save(current);
    await this.audit.record(ctx, {
      action: 'deal-settings.updated',
      entityType: 'DealSettings',
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  }

  /**
   * "Is this account already engaged?": yes when any active registration or the vendor's own
   * account list has the domain (or, with a name and country, a similar name). Never says who.
   */
  async engaged(
    ctx: RequestContext,
    website: string,
    companyName: string | undefined,
    country: string | undefined,
  ): Promise<boolean> {
    const domain = registrableDomain(website);
    const name = companyName?.trim() ? normalizeCompanyName(companyName) : null;
    const cc = country?.trim().toUpperCase() || null;
    if (!domain && !(name && cc)) return false;
    const settings = await this.settings(ctx.em);
    const [row] = await ctx.em.query(`SELECT tandem_account_engaged($1, $2, $3, $4) AS engaged`, [
      domain,
      name,
      cc,
      settings.nameSimilarity,
    ]);
    return Boolean(row?.engaged);
  }

  // ---- registering -----------------------------------------------------------------------

  private async validated(ctx: RequestContext, input: DealInput) {
    const errors: FieldError[] = [];
    const companyName = input.companyName.trim();
    const normalizedName = normalizeCompanyName(companyName);
    if (!normalizedName)
      errors.push({ field: 'companyName', message: 'Enter the customer’s company name.' });
    const website = input.website.trim();
    const domain = registrableDomain(website);
    if (!domain)
      errors.push({ field: 'website', message: 'Enter the customer’s website, e.g. acme.com.' });
    const country = normalizeCountry(input.country, errors);
    const email = input.contactEmail.trim().toLowerCase();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email))
      errors.push({ field: 'contactEmail', message: `“${email}” is not an email address.` });
    const productIds = [...new Set(input.lines.map((l) => l.productId))];
    const products = productIds.length
      ? await ctx.em.find(Product, { where: { id: In(productIds), active: true } })
      : [];
    input.lines.forEach((l, i) => {
      if (!products.some((p) => p.id === l.productId))
        errors.push({ field: `lines.${i}.productId`, message: 'Choose an active product.' });
    });
    if (input.personaId) {
      const n = await ctx.em.count(Persona, {
        where: { id: input.personaId, status: PersonaStatus.PUBLISHED },
      });
      if (!n) errors.push({ field: 'personaId', message: 'Choose a published persona.' });
    }
    if (input.leadId) {
      const lead = await ctx.em.findOne(Lead, { where: { id: input.leadId } });
      if (!lead || lead.partnerId !== ctx.partnerId)
        errors.push({ field: 'leadId', message: 'Choose one of your organisation’s leads.' });
    }
    if (errors.length) throw new ValidationError(errors);
    const amount = input.lines.reduce((sum, l) => sum + toCents(l.amount), 0n);
    return {
      values: {
        companyName,
        normalizedName,
        website,
        domain,
        country,
        contactName: input.contactName.trim(),
        contactEmail: email,
        contactRole: input.contactRole.trim(),
        currency: input.currency,
        amount: centsToString(amount),
        expectedCloseOn: input.expectedCloseOn ?? null,
        personaId: input.personaId ?? null,
        leadId: input.leadId ?? null,
        lastMeetingOn: input.lastMeetingOn ?? null,
        notes: input.notes.trim(),
      },
      lines: input.lines.map((l, position) => ({
        productId: l.productId,
        quantity: l.quantity,
        amount: centsToString(toCents(l.amount)),
        position,
      })),
    };
  }

  /** Creates or updates a draft. */
  async saveDraft(
    ctx: RequestContext,
    input: DealInput,
    idempotencyKey?: string | null,
  ): Promise<DealRegistration> {
    const partnerId = ctx.partnerId;
    if (!partnerId) throw new ForbiddenError('Partners register deals.');
    const { values, lines } = await this.validated(ctx, input);
    let deal: DealRegistration;
    if (input.id) {
      deal = await this.lock(ctx, input.id);
      if (deal.status !== DealStatus.DRAFT)
        throw new ConflictError('Only drafts can be edited; this registration was submitted.');
      if (input.version !== undefined && input.version !== deal.version)
        throw new ConflictError('Someone else changed this draft; reload to see their changes.');
      Object.assign(deal, values);
      deal = await ctx.em.save(deal);
      await ctx.em.delete(DealLine, { dealId: deal.id });
    } else {
      const inserted = await ctx.em
        .createQueryBuilder()
        .insert()
        .into(DealRegistration)
        .values({
          ...values,
          partnerId,
          registeredByUserId: ctx.user.userId,
          registeredByLabel: ctx.user.name,
          status: DealStatus.DRAFT,
          idempotencyKey: idempotencyKey ?? null,
        })
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) {
        // Same idempotency key again: the first request's registration is the answer.
        const existing = await ctx.em.findOne(DealRegistration, {
          where: { partnerId, idempotencyKey: idempotencyKey ?? '' },
        });
        if (!existing) throw new ConflictError('This registration could not be saved; try again.');
        return existing;
      }
      deal = await ctx.em.findOneOrFail(DealRegistration, { where: { id } });
      await this.event(ctx.em, deal, null, DealStatus.DRAFT, this.actor(ctx), 'Draft created.');
    }
    if (lines.length)
      await ctx.em.insert(
        DealLine,
        lines.map((l) => ({ ...l, dealId: deal.id, partnerId })),
      );
    await this.audit.record(ctx, {
      action: input.id ? 'deal.draft-updated' : 'deal.draft-created',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId,
      after: { ...deal, lines },
    });
    return deal;
  }

  /** Registers in one pass: saves and submits (idempotent on the key). */
  async register(
    ctx: RequestContext,
    input: DealInput,
    idempotencyKey: string | null,
  ): Promise<DealRegistration> {
    const deal = await this.saveDraft(ctx, input, idempotencyKey);
    if (deal.status !== DealStatus.DRAFT) return deal;
    return this.submit(ctx, deal.id);
  }

  private actor(ctx: RequestContext): Actor {
    return { label: ctx.user.name, userId: ctx.user.userId };
  }

  private async event(
    em: EntityManager,
    deal: DealRegistration,
    from: DealStatus | null,
    to: DealStatus,
    actor: Actor,
    comment: string,
    reasonCodeId: string | null = null,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(DealEvent)
      .values({
        dealId: deal.id,
        partnerId: deal.partnerId,
        fromStatus: from,
        toStatus: to,
        at: this.clock.now(),
        actorLabel: actor.label,
        reasonCodeId,
        comment,
      })
      .updateEntity(false)
      .execute();
    await emitRegistrationEvent(em, deal.id, from, to, this.clock.now());
  }

  /**
   * Submits a draft. Registrations for one customer key are serialised with advisory locks on the
   * domain and the normalised name, so when several partners submit at once exactly one is first
   * and every later one is marked with its conflicts.
   */
  async submit(ctx: RequestContext, id: string): Promise<DealRegistration> {
    const deal = await this.lock(ctx, id);
    if (deal.status !== DealStatus.DRAFT)
      throw new ConflictError('This registration was already submitted.');
    const lineCount = await ctx.em.count(DealLine, { where: { dealId: deal.id } });
    if (!lineCount)
      throw ValidationError.field('lines', 'Add at least one product line before submitting.');
    const keys = [
      deal.domain ? `d:${deal.domain}` : null,
      `n:${deal.country}:${deal.normalizedName}`,
    ]
      .filter((k): k is string => k !== null)
      .sort();
    for (const key of keys)
      await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:deal:' || $1))`, [key]);
    const settings = await this.settings(ctx.em);
    const now = this.clock.now();
    await ctx.em.update(
      DealRegistration,
      { id: deal.id },
      { submittedAt: now, status: DealStatus.SUBMITTED },
    );
    const [{ n }] = await ctx.em.query(`SELECT tandem_record_deal_conflicts($1, $2) AS n`, [
      deal.id,
      settings.nameSimilarity,
    ]);
    const decisionDueAt = addBusinessHours(now, settings.decisionHours, {
      timeZone: settings.vendorTimeZone,
      workingDays: [1, 2, 3, 4, 5],
      startHour: 9,
      endHour: 17,
    });
    await ctx.em.update(
      DealRegistration,
      { id: deal.id },
      { hasConflicts: Number(n) > 0, decisionDueAt },
    );
    await this.event(ctx.em, deal, DealStatus.DRAFT, DealStatus.SUBMITTED, this.actor(ctx), '');
    await this.jobs.enqueue(
      ctx.em,
      DEAL_DECISION_DUE_JOB,
      { dealId: deal.id },
      {
        runAt: decisionDueAt,
        dedupeKey: `deal:${deal.id}:decision-due`,
      },
    );
    if (deal.leadId) {
      const lead = await ctx.em.findOne(Lead, { where: { id: deal.leadId } });
      if (lead && lead.stage === LeadStage.SQL) {
        await enterStage(ctx.em, lead, LeadStage.OPPORTUNITY, now, this.actor(ctx), {
          comment: `Deal registration DR-${pad(deal.number)} submitted.`,
        });
        await ctx.em.save(lead);
      }
    }
    await this.audit.record(ctx, {
      action: 'deal.submitted',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { conflicts: Number(n), decisionDueAt },
    });
    await this.notifications.notifyAudience(
      ctx.em,
      `SELECT channel_manager_id AS id FROM partner WHERE id = $1 AND channel_manager_id IS NOT NULL`,
      [deal.partnerId],
      {
        kind: NotificationKind.DEAL_SUBMITTED,
        title: `Deal registration to decide: ${deal.companyName}`,
        body: `DR-${pad(deal.number)} by ${deal.registeredByLabel}; decide by ${utcLabel(decisionDueAt)}.${Number(n) ? ' It has conflicts.' : ''}`,
        link: `/deals/${deal.id}`,
      },
    );
    return ctx.em.findOneOrFail(DealRegistration, { where: { id: deal.id } });
  }

  // ---- deciding --------------------------------------------------------------------------

  /** Conflicts of a registration with the other side's facts (vendor eyes only). */
  async conflictsOf(ctx: RequestContext, dealId: string) {
    const rows: Record<string, unknown>[] = await ctx.em.query(
      `SELECT c.id, c.kind, c.similarity, c.other_predates AS "otherPredates",
              o.id AS "otherDealId", o.number AS "otherNumber", o.company_name AS "otherCompany",
              o.domain AS "otherDomain", o.status AS "otherStatus", o.submitted_at AS "otherSubmittedAt",
              o.last_meeting_on::text AS "otherLastMeetingOn", o.notes AS "otherNotes", o.amount AS "otherAmount",
              o.currency AS "otherCurrency", p.name AS "otherPartnerName",
              a.company_name AS "accountName", a.domain AS "accountDomain", a.kind AS "accountKind"
       FROM deal_conflict c
       LEFT JOIN deal_registration o ON o.id = c.other_deal_id
       LEFT JOIN partner p ON p.id = o.partner_id
       LEFT JOIN account_list_entry a ON a.id = c.account_id
       WHERE c.deal_id = $1
       ORDER BY o.submitted_at NULLS FIRST, c.id`,
      [dealId],
    );
    return rows;
  }

  async decide(ctx: RequestContext, input: DecideDealInput): Promise<DealRegistration> {
    const deal = await this.lock(ctx, input.dealId);
    await assertPartnerInScope(ctx, deal.partnerId);
    if (deal.status !== DealStatus.SUBMITTED)
      throw new ConflictError(
        `This registration is ${DEAL_STATUS_LABELS[deal.status].toLowerCase()}, not waiting for a decision.`,
      );
    const settings = await this.settings(ctx.em);
    const conflicts = await this.conflictsOf(ctx, deal.id);
    const earlierActive = conflicts.filter(
      (c) =>
        c['otherDealId'] &&
        c['otherPredates'] &&
        ACTIVE_DEAL_STATUSES.includes(c['otherStatus'] as DealStatus),
    );
    const accounts = conflicts.filter((c) => c['accountName']);
    const comment = input.comment.trim();
    const now = this.clock.now();
    let reasonCodeId: string | null = null;
    let summary: string;
    if (input.decision === DealDecisionKind.APPROVED) {
      if (settings.engagementRule === DealEngagementRule.FIRST_TO_REGISTER && earlierActive.length)
        throw new ConflictError(
          `First to register: DR-${pad(Number(earlierActive[0]?.['otherNumber']))} for this customer was submitted earlier and is still active. Reject this one or mark it a duplicate.`,
        );
      const days =
        settings.tierProtectionDays[await this.tierOf(ctx.em, deal.partnerId)] ??
        settings.protectionDays;
      deal.approvedAt = now;
      deal.expiresAt = new Date(now.getTime() + days * DAY);
      summary = `Approved. Protected for ${days} days, until ${dateLabel(deal.expiresAt)}.${comment ? ` ${comment}` : ''}`;
    } else {
      const reason = await activeReason(ctx.em, input.reasonCodeId, ReasonKind.DEAL_REJECTION);
      if (comment.length < 3)
        throw ValidationError.field('comment', 'Say in a few words why (3 characters or more).');
      reasonCodeId = reason.id;
      const facts: string[] = [];
      if (earlierActive.length)
        facts.push('Another registration for this customer predates yours.');
      if (accounts.some((a) => a['accountKind'] === 'CUSTOMER'))
        facts.push('This account is on the vendor’s list of existing customers.');
      if (accounts.some((a) => a['accountKind'] === 'DIRECT_OPPORTUNITY'))
        facts.push('The vendor is already working this account directly.');
      summary = `${reason.label}. ${facts.join(' ')} ${comment}`.replace(/\s+/g, ' ').trim();
    }
    const to =
      input.decision === DealDecisionKind.APPROVED
        ? DealStatus.APPROVED
        : input.decision === DealDecisionKind.DUPLICATE
          ? DealStatus.DUPLICATE
          : DealStatus.REJECTED;
    deal.status = to;
    deal.decidedAt = now;
    deal.reasonCodeId = reasonCodeId;
    deal.statusComment = summary;
    const saved = await ctx.em.save(deal);
    await publishLiveEvent(ctx.em, {
      topic: LiveTopic.DealDecision,
      id: deal.id,
      partnerId: deal.partnerId,
    });
    await ctx.em.insert(DealDecision, {
      dealId: deal.id,
      partnerId: deal.partnerId,
      decision: input.decision,
      rule: settings.engagementRule,
      evidence: conflicts as never,
      redactedSummary: summary,
      decidedByLabel: ctx.user.name,
      decidedByUserId: ctx.user.userId,
      decidedAt: now,
    });
    await this.event(
      ctx.em,
      deal,
      DealStatus.SUBMITTED,
      to,
      this.actor(ctx),
      summary,
      reasonCodeId,
    );
    if (to === DealStatus.APPROVED && deal.expiresAt) await this.scheduleProtection(ctx.em, deal);
    await this.audit.record(ctx, {
      action: `deal.${to.toLowerCase()}`,
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: {
        decision: input.decision,
        rule: settings.engagementRule,
        conflicts: conflicts.length,
      },
    });
    await this.tellPartner(ctx.em, deal, `${DEAL_STATUS_LABELS[to]}: ${deal.companyName}`, summary);
    return saved;
  }

  private async tierOf(em: EntityManager, partnerId: string): Promise<string> {
    const p = await em.findOne(Partner, { where: { id: partnerId } });
    return p?.tierId ?? '';
  }

  private async tellPartner(
    em: EntityManager,
    deal: DealRegistration,
    title: string,
    body: string,
  ) {
    const admins: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE partner_id = $1 AND role = $2 AND status = 'ACTIVE'`,
      [deal.partnerId, Role.PARTNER_ADMIN],
    );
    await this.notifications.notify(
      em,
      [...(deal.registeredByUserId ? [deal.registeredByUserId] : []), ...admins.map((a) => a.id)],
      { kind: NotificationKind.DEAL_DECIDED, title, body, link: `/deals/${deal.id}` },
    );
  }

  /** Reminders 14 and 3 days before the protection ends, and the expiry itself. */
  private async scheduleProtection(em: EntityManager, deal: DealRegistration): Promise<void> {
    const expiresAt = deal.expiresAt;
    if (!expiresAt) return;
    const key = expiresAt.toISOString();
    for (const days of DEAL_REMINDER_DAYS) {
      const runAt = new Date(expiresAt.getTime() - days * DAY);
      if (runAt > this.clock.now())
        await this.jobs.enqueue(
          em,
          DEAL_REMINDER_JOB,
          { dealId: deal.id, expiresAt: key },
          {
            runAt,
            dedupeKey: `deal:${deal.id}:reminder:${days}:${key}`,
          },
        );
    }
    await this.jobs.enqueue(
      em,
      DEAL_EXPIRY_JOB,
      { dealId: deal.id, expiresAt: key },
      {
        runAt: expiresAt,
        dedupeKey: `deal:${deal.id}:expiry:${key}`,
      },
    );
  }

  private async decisionDue(em: EntityManager, dealId: string): Promise<void> {
    const deal = await em.findOne(DealRegistration, { where: { id: dealId } });
    if (!deal || deal.status !== DealStatus.SUBMITTED || deal.decisionOverdue) return;
    await em.update(DealRegistration, { id: deal.id }, { decisionOverdue: true });
    await this.notifications.notifyAudience(
      em,
      `SELECT channel_manager_id AS id FROM partner WHERE id = $1 AND channel_manager_id IS NOT NULL
       UNION SELECT id FROM app_user WHERE role = '${Role.VENDOR_ADMIN}' AND status = 'ACTIVE'`,
      [deal.partnerId],
      {
        kind: NotificationKind.DEAL_SUBMITTED,
        title: `Decision overdue: ${deal.companyName}`,
        body: `DR-${pad(deal.number)} has waited past its decision deadline.`,
        link: `/deals/${deal.id}`,
      },
    );
  }

  private async reminder(em: EntityManager, dealId: string, expiresAt: string): Promise<void> {
    const deal = await em.findOne(DealRegistration, { where: { id: dealId } });
    if (!deal || deal.status !== DealStatus.APPROVED || deal.expiresAt?.toISOString() !== expiresAt)
      return;
    const days = Math.round((deal.expiresAt.getTime() - this.clock.now().getTime()) / DAY);
    await this.tellPartner(
      em,
      deal,
      `Protection ends in ${days} days: ${deal.companyName}`,
      `DR-${pad(deal.number)} is protected until ${dateLabel(deal.expiresAt)}. Close it or ask for an extension.`,
    );
  }

  private async expire(em: EntityManager, dealId: string, expiresAt: string): Promise<void> {
    const deal = await em.findOne(DealRegistration, {
      where: { id: dealId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!deal || deal.status !== DealStatus.APPROVED || deal.expiresAt?.toISOString() !== expiresAt)
      return;
    deal.status = DealStatus.EXPIRED;
    deal.closedAt = this.clock.now();
    deal.statusComment = 'The protection window ended without a close.';
    await em.save(deal);
    await em.update(
      DealExtension,
      { dealId: deal.id, status: ExtensionStatus.PENDING },
      { status: ExtensionStatus.DECLINED, comment: 'The registration expired.' },
    );
    await this.event(em, deal, DealStatus.APPROVED, DealStatus.EXPIRED, SYSTEM, deal.statusComment);
    await this.audit.recordSystem(em, {
      action: 'deal.expired',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { expiresAt },
    });
    await this.tellPartner(em, deal, `Protection expired: ${deal.companyName}`, deal.statusComment);
  }

  // ---- after approval --------------------------------------------------------------------

  async withdraw(ctx: RequestContext, dealId: string, reason: string): Promise<DealRegistration> {
    const deal = await this.lock(ctx, dealId);
    if (!ACTIVE_DEAL_STATUSES.includes(deal.status))
      throw new ConflictError('Only submitted or approved registrations can be withdrawn.');
    const why = reason.trim();
    if (why.length < 3)
      throw ValidationError.field('reason', 'Say in a few words why (3 characters or more).');
    const from = deal.status;
    deal.status = DealStatus.WITHDRAWN;
    deal.closedAt = this.clock.now();
    deal.statusComment = why;
    const saved = await ctx.em.save(deal);
    await this.event(ctx.em, deal, from, DealStatus.WITHDRAWN, this.actor(ctx), why);
    await this.audit.record(ctx, {
      action: 'deal.withdrawn',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { reason: why },
    });
    return saved;
  }

  async close(ctx: RequestContext, input: CloseDealInput): Promise<DealRegistration> {
    const deal = await this.lock(ctx, input.dealId);
    if (deal.status !== DealStatus.APPROVED)
      throw new ConflictError('Only approved registrations can be closed as won or lost.');
    const now = this.clock.now();
    let comment = input.comment.trim();
    let reasonCodeId: string | null = null;
    if (input.won) {
      const errors: FieldError[] = [];
      if (!input.finalAmount)
        errors.push({ field: 'finalAmount', message: 'Enter the final amount.' });
      if (!input.closedOn) errors.push({ field: 'closedOn', message: 'Enter the close date.' });
      if (errors.length) throw new ValidationError(errors);
      deal.status = DealStatus.WON;
      deal.finalAmount = centsToString(toCents(input.finalAmount ?? '0'));
      deal.closedOn = input.closedOn ?? null;
      comment = comment || `Won: ${deal.finalAmount} ${deal.currency}.`;
    } else {
      const reason = await activeReason(ctx.em, input.reasonCodeId, ReasonKind.LOSS);
      reasonCodeId = reason.id;
      deal.status = DealStatus.LOST;
      deal.competitor = input.competitor.trim();
      deal.closedOn = input.closedOn ?? dateLabel(now);
      comment = `${reason.label}${deal.competitor ? ` (to ${deal.competitor})` : ''}${comment ? `: ${comment}` : '.'}`;
    }
    deal.closedAt = now;
    deal.reasonCodeId = reasonCodeId;
    deal.statusComment = comment;
    const saved = await ctx.em.save(deal);
    await this.event(
      ctx.em,
      deal,
      DealStatus.APPROVED,
      deal.status,
      this.actor(ctx),
      comment,
      reasonCodeId,
    );
    if (deal.leadId) {
      const lead = await ctx.em.findOne(Lead, { where: { id: deal.leadId } });
      if (lead && lead.stage === LeadStage.OPPORTUNITY) {
        await enterStage(
          ctx.em,
          lead,
          input.won ? LeadStage.WON : LeadStage.LOST,
          now,
          this.actor(ctx),
          {
            reasonCodeId,
            comment: `Deal registration DR-${pad(deal.number)}: ${comment}`,
          },
        );
        lead.handoff = LeadHandoff.CLOSED;
        await ctx.em.save(lead);
      }
    }
    await this.audit.record(ctx, {
      action: input.won ? 'deal.won' : 'deal.lost',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { finalAmount: deal.finalAmount, reasonCodeId, competitor: deal.competitor },
    });
    return saved;
  }

  async requestExtension(
    ctx: RequestContext,
    dealId: string,
    reason: string,
  ): Promise<DealExtension> {
    const deal = await this.lock(ctx, dealId);
    if (deal.status !== DealStatus.APPROVED)
      throw new ConflictError('Only approved registrations can be extended.');
    const settings = await this.settings(ctx.em);
    if (settings.extensionPolicy === ExtensionPolicy.NONE)
      throw new ConflictError('The program does not extend protection windows.');
    if (settings.extensionPolicy === ExtensionPolicy.ONCE && deal.extensionsGranted >= 1)
      throw new ConflictError(
        'This registration was already extended once; the program allows one extension.',
      );
    const why = reason.trim();
    if (why.length < 3)
      throw ValidationError.field('reason', 'Say in a few words why (3 characters or more).');
    const pending = await ctx.em.count(DealExtension, {
      where: { dealId: deal.id, status: ExtensionStatus.PENDING },
    });
    if (pending) throw new ConflictError('An extension request is already waiting for a decision.');
    const extension = ctx.em.create(DealExtension, {
      dealId: deal.id,
      partnerId: deal.partnerId,
      days: settings.extensionDays,
      reason: why,
      requestedByLabel: ctx.user.name,
      requestedAt: this.clock.now(),
    });
    await ctx.em.insert(DealExtension, extension);
    await this.audit.record(ctx, {
      action: 'deal.extension-requested',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { days: extension.days, reason: why },
    });
    await this.notifications.notifyAudience(
      ctx.em,
      `SELECT channel_manager_id AS id FROM partner WHERE id = $1 AND channel_manager_id IS NOT NULL`,
      [deal.partnerId],
      {
        kind: NotificationKind.DEAL_SUBMITTED,
        title: `Extension requested: ${deal.companyName}`,
        body: `${ctx.user.name} asks for ${extension.days} more days: ${why}`,
        link: `/deals/${deal.id}`,
      },
    );
    return extension;
  }

  async decideExtension(
    ctx: RequestContext,
    input: ExtensionDecisionInput,
  ): Promise<DealExtension> {
    const extension = await ctx.em.findOne(DealExtension, { where: { id: input.extensionId } });
    if (!extension) throw new NotFoundError('Extension request');
    const deal = await this.lock(ctx, extension.dealId);
    await assertPartnerInScope(ctx, deal.partnerId);
    if (extension.status !== ExtensionStatus.PENDING)
      throw new ConflictError('This extension request was already decided.');
    if (deal.status !== DealStatus.APPROVED || !deal.expiresAt)
      throw new ConflictError('The registration is no longer approved.');
    const now = this.clock.now();
    extension.status = input.approve ? ExtensionStatus.APPROVED : ExtensionStatus.DECLINED;
    extension.decidedAt = now;
    extension.decidedByLabel = ctx.user.name;
    extension.comment = input.comment.trim();
    await ctx.em.save(extension);
    let body = `Declined${extension.comment ? `: ${extension.comment}` : '.'}`;
    if (input.approve) {
      deal.expiresAt = new Date(deal.expiresAt.getTime() + extension.days * DAY);
      deal.extensionsGranted += 1;
      await ctx.em.save(deal);
      await this.scheduleProtection(ctx.em, deal);
      body = `Protection extended by ${extension.days} days, until ${dateLabel(deal.expiresAt)}.${extension.comment ? ` ${extension.comment}` : ''}`;
      await this.event(
        ctx.em,
        deal,
        DealStatus.APPROVED,
        DealStatus.APPROVED,
        this.actor(ctx),
        body,
      );
    }
    await this.audit.record(ctx, {
      action: input.approve ? 'deal.extension-approved' : 'deal.extension-declined',
      entityType: 'DealRegistration',
      entityId: deal.id,
      partnerId: deal.partnerId,
      after: { extensionId: extension.id, expiresAt: deal.expiresAt },
    });
    await this.tellPartner(
      ctx.em,
      deal,
      `Extension ${input.approve ? 'approved' : 'declined'}: ${deal.companyName}`,
      body,
    );
    return extension;
  }

  // ---- relations -------------------------------------------------------------------------

  linesOf(ctx: RequestContext, dealIds: readonly string[]) {
    return ctx.em.find(DealLine, {
      where: { dealId: In([...dealIds]) },
      order: { position: 'ASC' },
    });
  }

  eventsOf(ctx: RequestContext, dealId: string) {
    return ctx.em
      .createQueryBuilder(DealEvent, 'e')
      .where('e.deal_id = :dealId', { dealId })
      .orderBy('e.seq', 'ASC')
      .getMany();
  }

  decisionsOf(ctx: RequestContext, dealId: string) {
    return ctx.em.find(DealDecision, { where: { dealId }, order: { decidedAt: 'DESC' } });
  }

  extensionsOf(ctx: RequestContext, dealId: string) {
    return ctx.em.find(DealExtension, { where: { dealId }, order: { requestedAt: 'DESC' } });
  }
}

export function pad(n: number): string {
  return String(n).padStart(6, '0');
}
