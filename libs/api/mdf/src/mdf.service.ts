import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  MdfActivityType,
  MdfClaimStatus,
  MdfDecision,
  MdfRequestStatus,
  PartnerStatus,
  Role,
} from '@tandem/shared-domain';
import {
  assertPartnerInScope,
  AuditService,
  Clock,
  ConflictError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { AnalyticsService } from '@tandem/api-analytics';
import { centsToString, toCents } from '@tandem/api-deals';
import { MdfAllocation, MdfBudget, MdfClaim, MdfClaimFile, MdfRequest } from './mdf.entities';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Budget figures that always add up: allocated = reserved + claimed + paid + remaining. */
export interface MdfFigures {
  allocated: string;
  reserved: string;
  claimed: string;
  paid: string;
  remaining: string;
}

export interface AllocationFigures extends MdfFigures {
  allocationId: string;
  budgetId: string;
  partnerId: string;
  partnerName: string;
}

export interface BudgetFigures extends MdfFigures {
  total: string;
  /** What the vendor has not yet allocated (vendor-wide callers only; others see 0). */
  unallocated: string;
}

export interface RequestInput {
  id?: string | null;
  budgetId: string;
  activityType: MdfActivityType;
  title: string;
  description?: string | null;
  startsOn: string;
  endsOn: string;
  plannedCost: string;
  requestedAmount: string;
  expectedLeads: number;
  personaId?: string | null;
  campaignId?: string | null;
  expectedVersion?: number | null;
}

export interface MdfReturn {
  leads: number;
  sqls: number;
  pipeline: string;
  revenueWon: string;
  /** Per unit of funds (the claimed amount once claimed, else the approved amount). */
  leadsPerThousand: number | null;
  revenuePerUnit: number | null;
}

/**
 * Market development funds: budgets allocated to partners, requests that reserve funds when
 * approved, claims against proof that can never exceed what was approved. Every figure is derived
 * from the rows in SQL (never a stored counter), and approvals lock the allocation so concurrent
 * approvals cannot over-commit it.
 */
@Injectable()
export class MdfService {
  constructor(
    private readonly audit: AuditService,
    private readonly analytics: AnalyticsService,
    private readonly clock: Clock,
  ) {}

  // ---- budgets and allocations ----

  async budgets(ctx: RequestContext, periodCode?: string | null): Promise<MdfBudget[]> {
    const qb = ctx.em
      .createQueryBuilder(MdfBudget, 'b')
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.period_code', 'DESC')
      .addOrderBy('b.name', 'ASC');
    if (periodCode) qb.andWhere('b.period_code = :code', { code: periodCode });
    if (ctx.partnerId)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM mdf_allocation a WHERE a.budget_id = b.id AND a.partner_id = :pid)',
        { pid: ctx.partnerId },
      );
    const manager = this.managerOf(ctx);
    if (manager)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM mdf_allocation a JOIN partner p ON p.id = a.partner_id
                 WHERE a.budget_id = b.id AND p.channel_manager_id = :manager)`,
        { manager },
      );
    return qb.getMany();
  }

  async saveBudget(
    ctx: RequestContext,
    input: {
      id?: string | null;
      name: string;
      periodCode: string;
      total: string;
      expectedVersion?: number | null;
    },
  ): Promise<MdfBudget> {
    const name = input.name.trim();
    if (!name) throw ValidationError.field('name', 'Give the budget a name.');
    const period = await this.analytics.period(ctx, input.periodCode, 'periodCode');
    if (!MONEY.test(input.total))
      throw ValidationError.field('total', 'Enter the budget as an amount, e.g. 250000.');
    let budget: MdfBudget;
    if (input.id) {
      const found = await ctx.em.findOne(MdfBudget, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Budget');
      if (input.expectedVersion != null && found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this budget; reload and try again.');
      const [{ allocated }] = await ctx.em.query(
        `SELECT coalesce(sum(amount), 0)::text AS allocated FROM mdf_allocation WHERE budget_id = $1`,
        [found.id],
      );
      if (toCents(input.total) < toCents(allocated))
        throw ValidationError.field(
          'total',
          `${allocated} is already allocated to partners; the total cannot be less.`,
        );
      budget = found;
    } else {
      budget = ctx.em.create(MdfBudget, {});
    }
    const clash = await ctx.em.query(
      `SELECT 1 FROM mdf_budget WHERE name = $1 AND period_code = $2 AND id <> $3`,
      [name, period.code, budget.id ?? '00000000-0000-0000-0000-000000000000'],
    );
    if (clash.length)
      throw ValidationError.field('name', 'Another budget of this period has this name.');
    const before = budget.id ? { ...budget } : null;
    Object.assign(budget, {
      name,
      periodCode: period.code,
      total: centsToString(toCents(input.total)),
      updatedByLabel: ctx.user.name,
    });
    const saved = await ctx.em.save(budget);
    await this.audit.record(ctx, {
      action: before ? 'mdf-budget.update' : 'mdf-budget.create',
      entityType: 'mdf_budget',
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  }

  /**
   * Sets partners' allocations (by hand, or every partner of some tiers): never below what a
   * partner has already reserved, claimed or been paid, and never more than the budget in total.
   */
  async allocate(
    ctx: RequestContext,
    budgetId: string,
    entries: { partnerId?: string | null; tierId?: string | null; amount: string }[],
  ): Promise<MdfAllocation[]> {
    const budget = await ctx.em.findOne(MdfBudget, {
      where: { id: budgetId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!budget) throw new NotFoundError('Budget');
    const targets = new Map<string, string>();
    for (const [i, e] of entries.entries()) {
      if (!MONEY.test(e.amount))
        throw ValidationError.field(`entries.${i}.amount`, 'Enter an amount, e.g. 10000.');
      if (e.partnerId) targets.set(e.partnerId, e.amount);
      else if (e.tierId) {
        const rows: { id: string }[] = await ctx.em.query(
          `SELECT id FROM partner WHERE tier_id = $1 AND status <> $2`,
          [e.tierId, PartnerStatus.SUSPENDED],
        );
        for (const r of rows) if (!targets.has(r.id)) targets.set(r.id, e.amount);
      } else throw ValidationError.field(`entries.${i}`, 'Choose a partner or a tier.');
    }
    const ids = [...targets.keys()];
    if (ids.length === 0) throw ValidationError.field('entries', 'No partner to allocate to.');
    const found: { id: string }[] = await ctx.em.query(
      `SELECT id FROM partner WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    if (found.length !== ids.length)
      throw ValidationError.field('entries', 'A partner was not found.');
    // What each partner has used already, and what the others hold.
    const used = await this.figuresByPartner(ctx.em, budgetId);
    for (const [pid, amount] of targets) {
      const f = used.get(pid);
      const committed = f ? toCents(f.reserved) + toCents(f.claimed) + toCents(f.paid) : 0n;
      if (toCents(amount) < committed)
        throw ValidationError.field(
          'entries',
          `A partner has already used ${centsToString(committed)}; its allocation cannot be less.`,
        );
    }
    const [{ others }] = await ctx.em.query(
      `SELECT coalesce(sum(amount), 0)::text AS others FROM mdf_allocation
       WHERE budget_id = $1 AND NOT (partner_id = ANY($2::uuid[]))`,
      [budgetId, ids],
    );
    const total = [...targets.values()].reduce((s, a) => s + toCents(a), toCents(others));
    if (total > toCents(budget.total))
      throw ValidationError.field(
        'entries',
        `That allocates ${centsToString(total)} of a ${budget.total} budget.`,
      );
    await ctx.em.query(
      `INSERT INTO mdf_allocation (budget_id, partner_id, amount)
       SELECT $1, t.partner_id, t.amount FROM unnest($2::uuid[], $3::numeric[]) AS t(partner_id, amount)
       ON CONFLICT (budget_id, partner_id) DO UPDATE
         SET amount = EXCLUDED.amount, updated_at = now(), version = mdf_allocation.version + 1`,
      [budgetId, [...targets.keys()], [...targets.values()]],
    );
    await this.audit.record(ctx, {
      action: 'mdf-budget.allocate',
      entityType: 'mdf_budget',
      entityId: budgetId,
      after: Object.fromEntries(targets),
    });
    return ctx.em.find(MdfAllocation, { where: { budgetId }, order: { partnerId: 'ASC' } });
  }

  /** Figures per partner allocation of a budget, in one statement (channel managers: theirs). */
  async allocations(ctx: RequestContext, budgetId: string): Promise<AllocationFigures[]> {
    return this.figuresRows(ctx.em, budgetId, ctx.partnerId, this.managerOf(ctx));
  }

  /** Each budget's figures summed over the allocations the caller may see, in one statement. */
  async budgetFigures(
    ctx: RequestContext,
    budgets: MdfBudget[],
  ): Promise<Map<string, BudgetFigures>> {
    const rows = await this.figuresRows(
      ctx.em,
      budgets.map((b) => b.id),
      ctx.partnerId,
      this.managerOf(ctx),
    );
    const wide = !ctx.partnerId && !this.managerOf(ctx);
    return new Map(
      budgets.map((b) => {
        const mine = rows.filter((r) => r.budgetId === b.id);
        const sum = (k: keyof MdfFigures) => mine.reduce((s, r) => s + toCents(r[k]), 0n);
        const allocated = sum('allocated');
        return [
          b.id,
          {
            total: b.total,
            allocated: centsToString(allocated),
            reserved: centsToString(sum('reserved')),
            claimed: centsToString(sum('claimed')),
            paid: centsToString(sum('paid')),
            remaining: centsToString(sum('remaining')),
            unallocated: wide ? centsToString(toCents(b.total) - allocated) : '0.00',
          },
        ];
      }),
    );
  }

  // ---- requests ----

  async requests(
    ctx: RequestContext,
    filter: {
      budgetId?: string | null;
      status?: MdfRequestStatus | null;
      partnerId?: string | null;
    },
  ): Promise<MdfRequest[]> {
    const qb = ctx.em
      .createQueryBuilder(MdfRequest, 'r')
      .orderBy('r.created_at', 'DESC')
      .limit(200);
    if (filter.budgetId) qb.andWhere('r.budget_id = :b', { b: filter.budgetId });
    if (filter.status) qb.andWhere('r.status = :s', { s: filter.status });
    const only = ctx.partnerId ?? filter.partnerId ?? null;
    if (only) qb.andWhere('r.partner_id = :p', { p: only });
    const manager = this.managerOf(ctx);
    if (manager)
      qb.andWhere('r.partner_id IN (SELECT id FROM partner WHERE channel_manager_id = :m)', {
        m: manager,
      });
    return qb.getMany();
  }

  async request(ctx: RequestContext, id: string): Promise<MdfRequest> {
    const r = await ctx.em.findOne(MdfRequest, { where: { id } });
    if (!r) throw new NotFoundError('Request');
    await assertPartnerInScope(ctx, r.partnerId);
    return r;
  }

  /** A partner marketer asks for funds (or edits a returned request and sends it again). */
  async saveRequest(ctx: RequestContext, input: RequestInput): Promise<MdfRequest> {
    const partnerId = ctx.partnerId;
    if (!partnerId) throw ValidationError.field('budgetId', 'Only a partner can request funds.');
    const allocation = await ctx.em.findOne(MdfAllocation, {
      where: { budgetId: input.budgetId, partnerId },
    });
    // A budget without an allocation for the caller's partner is not one it can see.
    if (!allocation) throw new NotFoundError('Budget');
    const title = input.title.trim();
    if (!title) throw ValidationError.field('title', 'Name the activity.');
    if (!DATE.test(input.startsOn) || !DATE.test(input.endsOn))
      throw ValidationError.field('startsOn', 'Give the dates as YYYY-MM-DD.');
    if (input.endsOn < input.startsOn)
      throw ValidationError.field('endsOn', 'The activity ends after it starts.');
    if (!MONEY.test(input.plannedCost))
      throw ValidationError.field('plannedCost', 'Enter the planned cost, e.g. 12000.');
    if (!MONEY.test(input.requestedAmount) || toCents(input.requestedAmount) <= 0n)
      throw ValidationError.field('requestedAmount', 'Enter the amount you ask for, e.g. 6000.');
    if (toCents(input.requestedAmount) > toCents(input.plannedCost))
      throw ValidationError.field(
        'requestedAmount',
        'Ask for at most the planned cost of the activity.',
      );
    if (!(Number.isInteger(input.expectedLeads) && input.expectedLeads >= 0))
      throw ValidationError.field('expectedLeads', 'Enter a whole number of leads.');
    if (input.personaId) {
      const ok: unknown[] = await ctx.em.query(`SELECT 1 FROM persona WHERE id = $1`, [
        input.personaId,
      ]);
      if (!ok.length) throw ValidationError.field('personaId', 'Choose one of the personas.');
    }
    if (input.campaignId) {
      const ok: unknown[] = await ctx.em.query(`SELECT 1 FROM campaign WHERE id = $1`, [
        input.campaignId,
      ]);
      if (!ok.length) throw ValidationError.field('campaignId', 'Choose one of your campaigns.');
    }
    let request: MdfRequest;
    if (input.id) {
      const found = await ctx.em.findOne(MdfRequest, {
        where: { id: input.id, partnerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Request');
      if (input.expectedVersion != null && found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this request; reload and try again.');
      if (found.status !== MdfRequestStatus.RETURNED)
        throw new ConflictError('Only a request returned for changes can be edited.');
      request = found;
    } else {
      request = ctx.em.create(MdfRequest, { partnerId, requestedByLabel: ctx.user.name });
    }
    const before = input.id ? { ...request } : null;
    Object.assign(request, {
      allocationId: allocation.id,
      budgetId: input.budgetId,
      activityType: input.activityType,
      title,
      description: (input.description ?? '').trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      plannedCost: centsToString(toCents(input.plannedCost)),
      requestedAmount: centsToString(toCents(input.requestedAmount)),
      expectedLeads: input.expectedLeads,
      personaId: input.personaId ?? null,
      campaignId: input.campaignId ?? null,
      status: MdfRequestStatus.SUBMITTED,
      // Sent (again): no decision yet; the earlier return stays in the audit log.
      decisionReason: '',
      decidedByLabel: null,
      decidedAt: null,
    });
    const saved = await ctx.em.save(request);
    await this.audit.record(ctx, {
      action: before ? 'mdf-request.resubmit' : 'mdf-request.submit',
      entityType: 'mdf_request',
      entityId: saved.id,
      partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /**
   * Approve (reserving the amount — at most what was asked and what remains of the allocation;
   * the allocation row is locked so parallel approvals queue and never over-commit), reject or
   * return for changes (both with a reason the partner sees).
   */
  async decideRequest(
    ctx: RequestContext,
    id: string,
    decision: MdfDecision,
    amount: string | null | undefined,
    reason: string | null | undefined,
    expectedVersion?: number | null,
  ): Promise<MdfRequest> {
    const found = await ctx.em.findOne(MdfRequest, { where: { id } });
    if (!found) throw new NotFoundError('Request');
    await assertPartnerInScope(ctx, found.partnerId);
    // Lock the allocation first, then the request: every approval takes the locks in this order.
    await ctx.em.query(`SELECT 1 FROM mdf_allocation WHERE id = $1 FOR UPDATE`, [
      found.allocationId,
    ]);
    const request = await ctx.em.findOneOrFail(MdfRequest, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (expectedVersion != null && request.version !== expectedVersion)
      throw new ConflictError('Someone else decided this request; reload and try again.');
    if (request.status !== MdfRequestStatus.SUBMITTED)
      throw new ConflictError('This request is not waiting for a decision.');
    const why = (reason ?? '').trim();
    const before = { ...request };
    if (decision === MdfDecision.APPROVE) {
      const approved = amount?.trim() || request.requestedAmount;
      if (!MONEY.test(approved) || toCents(approved) <= 0n)
        throw ValidationError.field('amount', 'Enter the amount to approve, e.g. 5000.');
      if (toCents(approved) > toCents(request.requestedAmount))
        throw ValidationError.field(
          'amount',
          `Approve at most the ${request.requestedAmount} asked for.`,
        );
      const figures = (
        await this.figuresRows(ctx.em, request.budgetId, request.partnerId, null)
      )[0];
      const remaining = figures ? toCents(figures.remaining) : 0n;
      if (toCents(approved) > remaining)
        throw new ConflictError(
          `Only ${centsToString(remaining)} of this partner's allocation remains.`,
        );
      request.approvedAmount = centsToString(toCents(approved));
      request.status = MdfRequestStatus.APPROVED;
    } else {
      if (!why)
        throw ValidationError.field(
          'reason',
          decision === MdfDecision.REJECT
            ? 'Tell the partner why the request is rejected.'
            : 'Tell the partner what to change.',
        );
      request.status =
        decision === MdfDecision.REJECT ? MdfRequestStatus.REJECTED : MdfRequestStatus.RETURNED;
    }
    Object.assign(request, {
      decisionReason: why,
      decidedByLabel: ctx.user.name,
      decidedAt: this.clock.now(),
    });
    const saved = await ctx.em.save(request);
    await this.audit.record(ctx, {
      action: `mdf-request.${decision.toLowerCase()}`,
      entityType: 'mdf_request',
      entityId: id,
      partnerId: request.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  // ---- claims ----

  async claims(ctx: RequestContext, requestId: string): Promise<MdfClaim[]> {
    await this.request(ctx, requestId);
    return ctx.em.find(MdfClaim, { where: { requestId }, order: { createdAt: 'DESC' } });
  }

  async claimFiles(ctx: RequestContext, claimIds: string[]): Promise<MdfClaimFile[]> {
    if (claimIds.length === 0) return [];
    return ctx.em
      .createQueryBuilder(MdfClaimFile, 'f')
      .where('f.claim_id IN (:...ids)', { ids: claimIds })
      .orderBy('f.uploaded_at', 'ASC')
      .getMany();
  }

  /** Claims an approved request (or edits a returned claim): never more than approved or spent. */
  async saveClaim(
    ctx: RequestContext,
    input: {
      requestId: string;
      actualCost: string;
      amount: string;
      claimId?: string | null;
      expectedVersion?: number | null;
    },
  ): Promise<MdfClaim> {
    const request = await ctx.em.findOne(MdfRequest, {
      where: { id: input.requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request || request.partnerId !== ctx.partnerId) throw new NotFoundError('Request');
    if (request.status !== MdfRequestStatus.APPROVED)
      throw new ConflictError('Only an approved request can be claimed.');
    if (!MONEY.test(input.actualCost))
      throw ValidationError.field('actualCost', 'Enter what the activity cost, e.g. 9800.');
    if (!MONEY.test(input.amount) || toCents(input.amount) <= 0n)
      throw ValidationError.field('amount', 'Enter the amount you claim, e.g. 4900.');
    if (toCents(input.amount) > toCents(request.approvedAmount ?? '0'))
      throw ValidationError.field(
        'amount',
        `Claim at most the ${request.approvedAmount} approved for this activity.`,
      );
    if (toCents(input.amount) > toCents(input.actualCost))
      throw ValidationError.field('amount', 'Claim at most what the activity actually cost.');
    let claim: MdfClaim;
    const open = await ctx.em.findOne(MdfClaim, {
      where: { requestId: request.id, status: MdfClaimStatus.RETURNED },
    });
    const waiting = await ctx.em.findOne(MdfClaim, {
      where: { requestId: request.id, status: MdfClaimStatus.SUBMITTED },
    });
    if (waiting)
      throw new ConflictError('A claim for this activity is already waiting for review.');
    if (open) {
      if (input.expectedVersion != null && open.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this claim; reload and try again.');
      claim = open;
    } else {
      claim = ctx.em.create(MdfClaim, {
        requestId: request.id,
        partnerId: request.partnerId,
        submittedByLabel: ctx.user.name,
      });
    }
    const before = open ? { ...open } : null;
    Object.assign(claim, {
      actualCost: centsToString(toCents(input.actualCost)),
      amount: centsToString(toCents(input.amount)),
      status: MdfClaimStatus.SUBMITTED,
    });
    const saved = await ctx.em.save(claim);
    await this.audit.record(ctx, {
      action: before ? 'mdf-claim.resubmit' : 'mdf-claim.submit',
      entityType: 'mdf_claim',
      entityId: saved.id,
      partnerId: request.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /** Records an uploaded proof file of the caller's own open claim. */
  async addClaimFile(
    ctx: RequestContext,
    claimId: string,
    file: { id: string; fileName: string; contentType: string; sizeBytes: number },
  ): Promise<MdfClaimFile> {
    const claim = await ctx.em.findOne(MdfClaim, { where: { id: claimId } });
    if (!claim || claim.partnerId !== ctx.partnerId) throw new NotFoundError('Claim');
    if (claim.status !== MdfClaimStatus.SUBMITTED && claim.status !== MdfClaimStatus.RETURNED)
      throw new ConflictError('Proof can be added while the claim is open.');
    const row = ctx.em.create(MdfClaimFile, {
      id: file.id,
      claimId,
      partnerId: claim.partnerId,
      storageKey: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
    });
    const saved = await ctx.em.save(row);
    await this.audit.record(ctx, {
      action: 'mdf-claim.proof',
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: claim.partnerId,
      after: { fileName: file.fileName, sizeBytes: file.sizeBytes },
    });
    return saved;
  }

  async claimFile(ctx: RequestContext, id: string): Promise<MdfClaimFile> {
    const file = await ctx.em.findOne(MdfClaimFile, { where: { id } });
    if (!file) throw new NotFoundError('File');
    await assertPartnerInScope(ctx, file.partnerId);
    return file;
  }

  /** Approve (needs proof; closes the request, releasing what was not claimed), reject, return. */
  async decideClaim(
    ctx: RequestContext,
    id: string,
    decision: MdfDecision,
    reason: string | null | undefined,
    expectedVersion?: number | null,
  ): Promise<MdfClaim> {
    const claim = await this.lockedClaim(ctx, id, expectedVersion);
    if (claim.status !== MdfClaimStatus.SUBMITTED)
      throw new ConflictError('This claim is not waiting for review.');
    const why = (reason ?? '').trim();
    const before = { ...claim };
    if (decision === MdfDecision.APPROVE) {
      const [{ n }] = await ctx.em.query(
        `SELECT count(*)::int AS n FROM mdf_claim_file WHERE claim_id = $1`,
        [id],
      );
      if (n === 0) throw ValidationError.field('proof', 'The claim has no proof attached yet.');
      claim.status = MdfClaimStatus.APPROVED;
      await ctx.em.update(MdfRequest, { id: claim.requestId }, { status: MdfRequestStatus.CLOSED });
    } else {
      if (!why) throw ValidationError.field('reason', 'Tell the partner why.');
      claim.status =
        decision === MdfDecision.REJECT ? MdfClaimStatus.REJECTED : MdfClaimStatus.RETURNED;
    }
    Object.assign(claim, {
      reason: why,
      decidedByLabel: ctx.user.name,
      decidedAt: this.clock.now(),
    });
    const saved = await ctx.em.save(claim);
    await this.audit.record(ctx, {
      action: `mdf-claim.${decision.toLowerCase()}`,
      entityType: 'mdf_claim',
      entityId: id,
      partnerId: claim.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  async markPaid(
    ctx: RequestContext,
    id: string,
    expectedVersion?: number | null,
  ): Promise<MdfClaim> {
    const claim = await this.lockedClaim(ctx, id, expectedVersion);
    if (claim.status !== MdfClaimStatus.APPROVED)
      throw new ConflictError('Only an approved claim can be marked paid.');
    const before = { ...claim };
    claim.status = MdfClaimStatus.PAID;
    claim.paidAt = this.clock.now();
    const saved = await ctx.em.save(claim);
    await this.audit.record(ctx, {
      action: 'mdf-claim.paid',
      entityType: 'mdf_claim',
      entityId: id,
      partnerId: claim.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /**
   * The return on funded activities: leads of the request's campaign the partner received from the
   * start of the activity to 90 days after its end, the SQLs among them, the pipeline (registrations
   * made from them that were not refused or withdrawn) and the revenue won, per unit of funds.
   */
  async returns(ctx: RequestContext, requests: MdfRequest[]): Promise<Map<string, MdfReturn>> {
    const out = new Map<string, MdfReturn>();
    const withCampaign = requests.filter((r) => r.campaignId);
    if (withCampaign.length === 0) return out;
    const claimed: { requestId: string; amount: string }[] = await ctx.em.query(
      `SELECT request_id AS "requestId", amount::text AS amount FROM mdf_claim
       WHERE request_id = ANY($1::uuid[]) AND status IN ('APPROVED', 'PAID')`,
      [withCampaign.map((r) => r.id)],
    );
    const rows: Record<string, string>[] = await this.analytics.funnel(
      ctx,
      [...new Set(withCampaign.map((r) => r.partnerId))],
      (em, allowed) =>
        em.query(
          `WITH r AS (SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::date[])
                        AS r(id, partner_id, campaign_id, starts_on, ends_on)),
           l AS (
             SELECT r.id AS request_id, e.lead_id,
               bool_or(e.subject = 'LEAD' AND e.step = 'SQL') AS sql,
               min(e.occurred_at) FILTER (WHERE e.subject IN ('LEAD', 'OFFER')) AS entered_at
             FROM r JOIN funnel_event e ON e.partner_id = r.partner_id AND e.campaign_id = r.campaign_id
             WHERE e.partner_id = ANY($1::uuid[]) AND e.subject IN ('LEAD', 'OFFER')
             GROUP BY r.id, e.lead_id),
           w AS (
             SELECT l.request_id, l.lead_id, l.sql FROM l JOIN r ON r.id = l.request_id
             WHERE l.entered_at >= r.starts_on AND l.entered_at < r.ends_on + 91)
           SELECT w.request_id AS "requestId", count(DISTINCT w.lead_id)::text AS leads,
             count(DISTINCT w.lead_id) FILTER (WHERE w.sql)::text AS sqls,
             coalesce((SELECT sum(d.amount) FROM deal_registration d
                       WHERE d.lead_id IN (SELECT lead_id FROM w w2 WHERE w2.request_id = w.request_id)
                         AND d.status NOT IN ('DRAFT', 'REJECTED', 'DUPLICATE', 'WITHDRAWN')), 0)::text AS pipeline,
             coalesce((SELECT sum(d.final_amount) FROM deal_registration d
                       WHERE d.lead_id IN (SELECT lead_id FROM w w2 WHERE w2.request_id = w.request_id)
                         AND d.status = 'WON'), 0)::text AS revenue
           FROM w GROUP BY w.request_id`,
          [
            allowed,
            withCampaign.map((r) => r.id),
            withCampaign.map((r) => r.partnerId),
            withCampaign.map((r) => r.campaignId),
            withCampaign.map((r) => r.startsOn),
            withCampaign.map((r) => r.endsOn),
          ],
        ),
    );
    for (const r of withCampaign) {
      const row = rows.find((x) => x['requestId'] === r.id);
      const funds = toCents(
        claimed.find((c) => c.requestId === r.id)?.amount ?? r.approvedAmount ?? '0',
      );
      const leads = Number(row?.['leads'] ?? 0);
      const revenue = toCents(normalize(row?.['revenue'] ?? '0'));
      out.set(r.id, {
        leads,
        sqls: Number(row?.['sqls'] ?? 0),
        pipeline: centsToString(toCents(normalize(row?.['pipeline'] ?? '0'))),
        revenueWon: centsToString(revenue),
        leadsPerThousand:
          funds > 0n ? Math.round((leads * 100_000 * 100) / Number(funds)) / 100 : null,
        revenuePerUnit:
          funds > 0n ? Math.round((Number(revenue) / Number(funds)) * 100) / 100 : null,
      });
    }
    return out;
  }

  // ---- helpers ----

  private managerOf(ctx: RequestContext): string | null {
    return ctx.role === Role.CHANNEL_MANAGER ? ctx.user.userId : null;
  }

  private async lockedClaim(ctx: RequestContext, id: string, expectedVersion?: number | null) {
    const claim = await ctx.em.findOne(MdfClaim, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!claim) throw new NotFoundError('Claim');
    await assertPartnerInScope(ctx, claim.partnerId);
    if (expectedVersion != null && claim.version !== expectedVersion)
      throw new ConflictError('Someone else changed this claim; reload and try again.');
    return claim;
  }

  private async figuresByPartner(em: EntityManager, budgetId: string) {
    const rows = await this.figuresRows(em, budgetId, null, null);
    return new Map(rows.map((r) => [r.partnerId, r]));
  }

  /** allocated, reserved (approved requests not yet claimed), claimed (approved claims), paid. */
  private async figuresRows(
    em: EntityManager,
    budgetId: string | string[],
    partnerId: string | null,
    managerId: string | null,
  ): Promise<AllocationFigures[]> {
    return em.query(
      `SELECT a.id AS "allocationId", a.budget_id AS "budgetId", a.partner_id AS "partnerId",
              p.name AS "partnerName",
              a.amount::text AS allocated,
              coalesce(rq.reserved, 0)::numeric(14,2)::text AS reserved,
              coalesce(cl.claimed, 0)::numeric(14,2)::text AS claimed,
              coalesce(cl.paid, 0)::numeric(14,2)::text AS paid,
              (a.amount - coalesce(rq.reserved, 0) - coalesce(cl.claimed, 0) - coalesce(cl.paid, 0))::numeric(14,2)::text AS remaining
       FROM mdf_allocation a JOIN partner p ON p.id = a.partner_id
       LEFT JOIN LATERAL (SELECT sum(approved_amount) AS reserved FROM mdf_request r
                          WHERE r.allocation_id = a.id AND r.status = 'APPROVED') rq ON true
       LEFT JOIN LATERAL (SELECT sum(c.amount) FILTER (WHERE c.status = 'APPROVED') AS claimed,
                                 sum(c.amount) FILTER (WHERE c.status = 'PAID') AS paid
                          FROM mdf_claim c JOIN mdf_request r ON r.id = c.request_id
                          WHERE r.allocation_id = a.id) cl ON true
       WHERE a.budget_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR a.partner_id = $2)
         AND ($3::uuid IS NULL OR p.channel_manager_id = $3)
       ORDER BY p.name, p.id`,
      [Array.isArray(budgetId) ? budgetId : [budgetId], partnerId, managerId],
    );
  }
}

function normalize(v: string): string {
  const [whole, fraction = ''] = v.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}
