import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  IncentiveEligibility,
  IncentivePlanStatus,
  IncentivePoolKind,
  Metric,
  METRICS,
  MetricUnit,
  PartnerStatus,
  PayoutStatus,
  Role,
} from '@tandem/shared-domain';
import {
  assertPartnerInScope,
  AuditService,
  Clock,
  ConflictError,
  DbService,
  JobRunner,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import {
  AnalyticsService,
  computeMetrics,
  parsePeriod,
  PeriodRange,
  readCalendar,
} from '@tandem/api-analytics';
import { centsToString, toCents } from '@tandem/api-deals';
import { IncentiveMeasure, IncentivePayout, IncentivePlan } from './incentive.entities';
import { attainment, MeasureResult, payout, PayoutFigures, splitCents } from './incentive-math';

export const INCENTIVE_CLOSE_JOB = 'incentive.close';
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

export interface PlanInput {
  id?: string | null;
  name: string;
  periodCode: string;
  eligibility: IncentiveEligibility;
  tierIds?: string[] | null;
  partnerIds?: string[] | null;
  measures: IncentiveMeasure[];
  revenueMetric?: Metric | null;
  poolKind: IncentivePoolKind;
  poolPercent?: string | null;
  poolAmount?: string | null;
  thresholdPercent: number;
  capPercent: number;
  marketingSharePercent: number;
  expectedVersion?: number | null;
}

export interface Earnings extends PayoutFigures {
  planId: string;
  partnerId: string;
  measures: MeasureResult[];
  /** Live while the plan runs; frozen once its period closed. */
  frozen: boolean;
  payout: IncentivePayout | null;
}

/**
 * Shared incentive plans: accruals from the same metric layer as the scorecards, frozen when the
 * period closes (a durable job at the period's end), then reviewed payout by payout.
 */
@Injectable()
export class IncentivesService implements OnModuleInit {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly db: DbService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(INCENTIVE_CLOSE_JOB, async (p, em) => {
      await this.freeze(em, String(p['planId']), 'Tandem (period closed)');
    });
  }

  /** Plans the caller may see: vendor users every plan; partners the running or closed plans they are in. */
  async plans(
    ctx: RequestContext,
    periodCode?: string | null,
    id?: string,
  ): Promise<IncentivePlan[]> {
    const qb = ctx.em.createQueryBuilder(IncentivePlan, 'p').orderBy('p.created_at', 'DESC');
    if (periodCode) qb.andWhere('p.period_code = :code', { code: periodCode });
    if (id) qb.andWhere('p.id = :id', { id });
    if (ctx.partnerId) {
      qb.andWhere('p.status <> :draft', { draft: IncentivePlanStatus.DRAFT }).andWhere(
        `(p.eligibility = 'ALL'
          OR (p.eligibility = 'TIERS' AND (SELECT tier_id FROM partner WHERE id = :pid) = ANY(p.tier_ids))
          OR (p.eligibility = 'PARTNERS' AND :pid = ANY(p.partner_ids)))`,
        { pid: ctx.partnerId },
      );
    }
    return qb.getMany();
  }

  async plan(ctx: RequestContext, id: string): Promise<IncentivePlan> {
    const [found] = await this.plans(ctx, null, id);
    if (!found) throw new NotFoundError('Incentive plan');
    return found;
  }

  async savePlan(ctx: RequestContext, input: PlanInput): Promise<IncentivePlan> {
    const name = input.name.trim();
    if (!name) throw ValidationError.field('name', 'Give the plan a name.');
    const period = await this.analytics.period(ctx, input.periodCode, 'periodCode');
    if (input.measures.length === 0)
      throw ValidationError.field('measures', 'Choose at least one goal metric the plan pays on.');
    const metrics = input.measures.map((m) => m.metric);
    if (new Set(metrics).size !== metrics.length)
      throw ValidationError.field('measures', 'Each metric can be in the plan once.');
    input.measures.forEach((m, i) => {
      if (!(m.weight > 0 && m.weight <= 100))
        throw ValidationError.field(`measures.${i}.weight`, 'Give each metric a weight above 0.');
    });
    const revenueMetric = input.revenueMetric ?? Metric.REVENUE_WON;
    if (METRICS[revenueMetric].unit !== MetricUnit.MONEY || !METRICS[revenueMetric].cumulative)
      throw ValidationError.field('revenueMetric', 'A pool is a share of a revenue metric.');
    if (input.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE) {
      if (!input.poolPercent || !PERCENT.test(input.poolPercent) || Number(input.poolPercent) > 100)
        throw ValidationError.field('poolPercent', 'Enter a percentage of revenue, e.g. 5 or 2.5.');
    } else if (!input.poolAmount || !MONEY.test(input.poolAmount))
      throw ValidationError.field('poolAmount', 'Enter the pool per partner, e.g. 2500.');
    if (!(input.thresholdPercent >= 0 && input.thresholdPercent <= 100))
      throw ValidationError.field('thresholdPercent', 'The threshold is between 0% and 100%.');
    if (!(input.capPercent >= 100 && input.capPercent <= 500))
      throw ValidationError.field('capPercent', 'The cap is between 100% and 500%.');
    if (!(input.marketingSharePercent >= 0 && input.marketingSharePercent <= 100))
      throw ValidationError.field('marketingSharePercent', 'Marketing’s share is 0% to 100%.');
    const tierIds = input.eligibility === IncentiveEligibility.TIERS ? (input.tierIds ?? []) : [];
    const partnerIds =
      input.eligibility === IncentiveEligibility.PARTNERS ? (input.partnerIds ?? []) : [];
    if (input.eligibility === IncentiveEligibility.TIERS && tierIds.length === 0)
      throw ValidationError.field('tierIds', 'Choose the tiers the plan is for.');
    if (input.eligibility === IncentiveEligibility.PARTNERS && partnerIds.length === 0)
      throw ValidationError.field('partnerIds', 'Choose the partners the plan is for.');

    let plan: IncentivePlan;
    if (input.id) {
      const found = await ctx.em.findOne(IncentivePlan, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Incentive plan');
      if (input.expectedVersion != null && found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this plan; reload and try again.');
      if (found.status !== IncentivePlanStatus.DRAFT)
        throw new ConflictError('Only a draft plan can be changed; partners already see this one.');
      plan = found;
    } else {
      plan = ctx.em.create(IncentivePlan, {});
    }
    const clash = await ctx.em.query(
      `SELECT 1 FROM incentive_plan WHERE name = $1 AND period_code = $2 AND id <> $3`,
      [name, period.code, plan.id ?? '00000000-0000-0000-0000-000000000000'],
    );
    if (clash.length)
      throw ValidationError.field('name', 'Another plan for this period has this name.');
    const before = plan.id ? { ...plan } : null;
    Object.assign(plan, {
      name,
      periodCode: period.code,
      eligibility: input.eligibility,
      tierIds,
      partnerIds,
      measures: input.measures.map((m) => ({ metric: m.metric, weight: m.weight })),
      revenueMetric,
      poolKind: input.poolKind,
      poolPercent:
        input.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE ? input.poolPercent : null,
      poolAmount: input.poolKind === IncentivePoolKind.FIXED ? input.poolAmount : null,
      thresholdPercent: input.thresholdPercent,
      capPercent: input.capPercent,
      marketingSharePercent: input.marketingSharePercent,
      updatedByLabel: ctx.user.name,
    });
    const saved = await ctx.em.save(plan);
    await this.audit.record(ctx, {
      action: before ? 'incentive-plan.update' : 'incentive-plan.create',
      entityType: 'incentive_plan',
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  }

  /** DRAFT → ACTIVE: partners see it and their live earnings; it closes itself at the period end. */
  async activate(ctx: RequestContext, id: string): Promise<IncentivePlan> {
    const plan = await this.locked(ctx.em, id);
    if (plan.status !== IncentivePlanStatus.DRAFT)
      throw new ConflictError('This plan is already active or closed.');
    const period = await this.analytics.period(ctx, plan.periodCode);
    if (period.end <= this.clock.now())
      throw ValidationError.field('periodCode', 'This period has already ended.');
    plan.status = IncentivePlanStatus.ACTIVE;
    const saved = await ctx.em.save(plan);
    await this.jobs.enqueue(
      ctx.em,
      INCENTIVE_CLOSE_JOB,
      { planId: plan.id },
      { runAt: period.end, dedupeKey: `${INCENTIVE_CLOSE_JOB}:${plan.id}` },
    );
    await this.audit.record(ctx, {
      action: 'incentive-plan.activate',
      entityType: 'incentive_plan',
      entityId: plan.id,
      after: saved,
    });
    return saved;
  }

  async deletePlan(ctx: RequestContext, id: string): Promise<boolean> {
    const plan = await this.locked(ctx.em, id);
    if (plan.status !== IncentivePlanStatus.DRAFT)
      throw new ConflictError('Only a draft plan can be deleted.');
    await ctx.em.delete(IncentivePlan, { id });
    await this.audit.record(ctx, {
      action: 'incentive-plan.delete',
      entityType: 'incentive_plan',
      entityId: id,
      before: plan,
    });
    return true;
  }

  /** Closes a plan whose period has ended now (the job does it at the period end anyway). */
  async close(ctx: RequestContext, id: string): Promise<IncentivePlan> {
    // No lock here: the freeze runs in a system transaction of its own, which locks the plan and
    // re-checks its status (a lock held by this request would make it wait for ever).
    const plan = await ctx.em.findOne(IncentivePlan, { where: { id } });
    if (!plan) throw new NotFoundError('Incentive plan');
    const period = await this.analytics.period(ctx, plan.periodCode);
    if (plan.status !== IncentivePlanStatus.ACTIVE)
      throw new ConflictError('Only an active plan can be closed.');
    if (period.end > this.clock.now())
      throw new ConflictError(
        `The period runs until ${new Date(period.end.getTime() - 1).toISOString().slice(0, 10)}; close it after that.`,
      );
    await this.db.besideRequest((em) => this.freeze(em, id, ctx.user.name));
    await this.audit.record(ctx, {
      action: 'incentive-plan.close',
      entityType: 'incentive_plan',
      entityId: id,
    });
    return ctx.em.findOneOrFail(IncentivePlan, { where: { id } });
  }

  /**
   * Freezes every eligible partner's payout from the figures at the period's close; idempotent (a
   * closed plan is left alone), so the job and a person closing at once do it exactly once.
   */
  async freeze(em: EntityManager, planId: string, actor: string): Promise<void> {
    const [plan] = await em.find(IncentivePlan, {
      where: { id: planId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!plan || plan.status !== IncentivePlanStatus.ACTIVE) return;
    const period = parsePeriod(plan.periodCode, await readCalendar(em));
    if (!period) return;
    const partners = await this.eligible(em, plan, null);
    const now = this.clock.now();
    const figures = await this.compute(em, plan, partners, period, now);
    if (figures.length) {
      await em
        .createQueryBuilder()
        .insert()
        .into(IncentivePayout)
        .values(
          figures.map((f) => ({
            planId: plan.id,
            partnerId: f.partnerId,
            revenue: f.revenue,
            attainment: f.attainment,
            pool: f.pool,
            earned: f.earned,
            marketing: f.marketing,
            sales: f.sales,
            measures: f.measures,
            frozenAt: now,
          })),
        )
        .orIgnore()
        .execute();
    }
    plan.status = IncentivePlanStatus.CLOSED;
    plan.closedAt = now;
    await em.save(plan);
    await this.audit.recordSystem(
      em,
      {
        action: 'incentive-plan.frozen',
        entityType: 'incentive_plan',
        entityId: plan.id,
        after: { partners: figures.length },
      },
      actor,
    );
  }

  /**
   * Earnings for one partner (partners: their own) or every eligible partner in scope: live from the
   * metric layer while the plan runs, the frozen payout once it closed.
   */
  async earnings(
    ctx: RequestContext,
    planId: string,
    partnerId: string | null | undefined,
  ): Promise<Earnings[]> {
    const plan = await this.plan(ctx, planId);
    const only = partnerId ?? ctx.partnerId ?? null;
    if (only) await assertPartnerInScope(ctx, only);
    const managerOnly = ctx.role === Role.CHANNEL_MANAGER ? ctx.user.userId : null;
    if (plan.status === IncentivePlanStatus.CLOSED) {
      const payouts = await ctx.em.find(IncentivePayout, {
        where: { planId, ...(only ? { partnerId: only } : {}) },
        relations: { partner: true },
        order: { partner: { name: 'ASC' }, partnerId: 'ASC' },
      });
      const visible = managerOnly
        ? await this.managed(
            ctx,
            payouts.map((p) => p.partnerId),
          )
        : new Set(payouts.map((p) => p.partnerId));
      return payouts
        .filter((p) => visible.has(p.partnerId))
        .map((p) => ({
          ...payout(this.rule(plan), p.revenue, p.attainment),
          earned: p.earned,
          marketing: p.marketing,
          sales: p.sales,
          planId,
          partnerId: p.partnerId,
          measures: p.measures,
          frozen: true,
          payout: p,
        }));
    }
    const period = await this.analytics.period(ctx, plan.periodCode);
    const partners = (await this.eligible(ctx.em, plan, only)).filter(Boolean);
    const inScope = managerOnly ? await this.managed(ctx, partners) : new Set(partners);
    const ids = partners.filter((p) => inScope.has(p));
    const now = this.clock.now();
    const figures = await this.analytics.funnel(ctx, ids, (em, allowed) =>
      this.compute(em, plan, allowed, period, now),
    );
    // In the eligible partners' order (by name).
    const order = new Map(ids.map((id, i) => [id, i]));
    return figures
      .sort((x, y) => (order.get(x.partnerId) ?? 0) - (order.get(y.partnerId) ?? 0))
      .map((f) => ({ ...f, frozen: false, payout: null }));
  }

  /** Approves a payout as frozen or adjusted (an adjustment needs a reason); audited. */
  async approve(
    ctx: RequestContext,
    id: string,
    amount: string | null | undefined,
    reason: string | null | undefined,
    expectedVersion?: number | null,
  ): Promise<IncentivePayout> {
    const p = await this.lockedPayout(ctx, id, expectedVersion);
    if (p.status === PayoutStatus.APPROVED)
      throw new ConflictError('This payout is already approved (and may have gone to finance).');
    const approved = amount?.trim() || p.earned;
    if (!MONEY.test(approved))
      throw ValidationError.field('amount', 'Enter the amount to pay, e.g. 1250.50.');
    const adjusted = toCents(approved) !== toCents(p.earned);
    const why = (reason ?? '').trim();
    if (adjusted && !why)
      throw ValidationError.field('reason', 'Say why the amount differs from what the plan pays.');
    const plan = await ctx.em.findOneOrFail(IncentivePlan, { where: { id: p.planId } });
    const cents = toCents(approved);
    const { marketing, sales } = splitCents(cents, plan.marketingSharePercent);
    const before = { ...p };
    Object.assign(p, {
      status: PayoutStatus.APPROVED,
      approvedAmount: centsToString(cents),
      approvedMarketing: centsToString(marketing),
      approvedSales: centsToString(sales),
      reason: why,
      decidedByLabel: ctx.user.name,
      decidedAt: this.clock.now(),
    });
    const saved = await ctx.em.save(p);
    await this.audit.record(ctx, {
      action: adjusted ? 'incentive-payout.adjust' : 'incentive-payout.approve',
      entityType: 'incentive_payout',
      entityId: id,
      partnerId: p.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  async hold(
    ctx: RequestContext,
    id: string,
    reason: string,
    expectedVersion?: number | null,
  ): Promise<IncentivePayout> {
    const p = await this.lockedPayout(ctx, id, expectedVersion);
    if (p.status !== PayoutStatus.PENDING)
      throw new ConflictError('Only a payout waiting for review can be held.');
    const why = reason.trim();
    if (!why) throw ValidationError.field('reason', 'Say why the payout is held.');
    const before = { ...p };
    Object.assign(p, {
      status: PayoutStatus.HELD,
      approvedAmount: null,
      approvedMarketing: null,
      approvedSales: null,
      reason: why,
      decidedByLabel: ctx.user.name,
      decidedAt: this.clock.now(),
    });
    const saved = await ctx.em.save(p);
    await this.audit.record(ctx, {
      action: 'incentive-payout.hold',
      entityType: 'incentive_payout',
      entityId: id,
      partnerId: p.partnerId,
      before,
      after: saved,
    });
    return saved;
  }

  /** Approved payouts of a plan (for the finance export), partners by name. */
  async approvedPayouts(ctx: RequestContext, planId: string) {
    const plan = await this.plan(ctx, planId);
    const rows: {
      partner: string;
      amount: string;
      marketing: string;
      sales: string;
      earned: string;
      reason: string;
      decidedBy: string;
      decidedAt: Date;
    }[] = await ctx.em.query(
      `SELECT pa.name AS partner, p.approved_amount::text AS amount, p.approved_marketing::text AS marketing,
              p.approved_sales::text AS sales, p.earned::text AS earned, p.reason,
              p.decided_by_label AS "decidedBy", p.decided_at AS "decidedAt"
       FROM incentive_payout p JOIN partner pa ON pa.id = p.partner_id
       WHERE p.plan_id = $1 AND p.status = 'APPROVED'
         AND ($2::uuid IS NULL OR pa.channel_manager_id = $2)
       ORDER BY pa.name, pa.id`,
      [planId, ctx.role === Role.CHANNEL_MANAGER ? ctx.user.userId : null],
    );
    return { plan, rows };
  }

  private rule(plan: IncentivePlan) {
    return {
      poolKind: plan.poolKind,
      poolPercent: plan.poolPercent,
      poolAmount: plan.poolAmount,
      thresholdPercent: plan.thresholdPercent,
      capPercent: plan.capPercent,
      marketingSharePercent: plan.marketingSharePercent,
    };
  }

  /** Figures for partners from the metric layer and their goals for the plan's period. */
  private async compute(
    em: EntityManager,
    plan: IncentivePlan,
    partnerIds: string[],
    period: PeriodRange,
    now: Date,
  ) {
    if (partnerIds.length === 0) return [];
    const values = await computeMetrics(em, partnerIds, [period], now, 'partner');
    const goals: { partnerId: string; metric: Metric; target: string }[] = await em.query(
      `SELECT partner_id AS "partnerId", metric, target::text AS target FROM goal
       WHERE period_code = $1 AND partner_id = ANY($2::uuid[]) AND metric = ANY($3::text[])`,
      [plan.periodCode, partnerIds, plan.measures.map((m) => m.metric)],
    );
    return partnerIds.map((partnerId) => {
      const v = values.get(partnerId)?.[0];
      const actuals = new Map<Metric, string | null>(
        plan.measures.map((m) => [m.metric, v ? v[m.metric] : null]),
      );
      const targets = new Map(
        goals.filter((g) => g.partnerId === partnerId).map((g) => [g.metric, g.target]),
      );
      const a = attainment(plan.measures, targets, actuals, period, now);
      const revenue = (v?.[plan.revenueMetric] as string | undefined) ?? '0.00';
      return {
        planId: plan.id,
        partnerId,
        measures: a.results,
        ...payout(this.rule(plan), revenue, a.attainment),
      };
    });
  }

  /** Eligible partners (not suspended), or just `only` when it is eligible. */
  private async eligible(
    em: EntityManager,
    plan: IncentivePlan,
    only: string | null,
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM partner
       WHERE status <> $1 AND ($2::uuid IS NULL OR id = $2)
         AND ($3 = 'ALL' OR ($3 = 'TIERS' AND tier_id = ANY($4::uuid[]))
              OR ($3 = 'PARTNERS' AND id = ANY($5::uuid[])))
       ORDER BY name, id`,
      [PartnerStatus.SUSPENDED, only, plan.eligibility, plan.tierIds, plan.partnerIds],
    );
    return rows.map((r) => r.id);
  }

  private async managed(ctx: RequestContext, partnerIds: string[]): Promise<Set<string>> {
    if (partnerIds.length === 0) return new Set();
    const rows: { id: string }[] = await ctx.em.query(
      `SELECT id FROM partner WHERE id = ANY($1::uuid[]) AND channel_manager_id = $2`,
      [partnerIds, ctx.user.userId],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async locked(em: EntityManager, id: string): Promise<IncentivePlan> {
    const plan = await em.findOne(IncentivePlan, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!plan) throw new NotFoundError('Incentive plan');
    return plan;
  }

  private async lockedPayout(
    ctx: RequestContext,
    id: string,
    expectedVersion?: number | null,
  ): Promise<IncentivePayout> {
    const p = await ctx.em.findOne(IncentivePayout, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!p) throw new NotFoundError('Payout');
    await assertPartnerInScope(ctx, p.partnerId);
    if (expectedVersion != null && p.version !== expectedVersion)
      throw new ConflictError('Someone else reviewed this payout; reload and try again.');
    return p;
  }
}
