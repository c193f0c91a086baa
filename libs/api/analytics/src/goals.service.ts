import { Injectable } from '@nestjs/common';
import {
  GoalSide,
  GoalStatus,
  MAX_KEY_RESULTS,
  Metric,
  METRICS,
  MetricUnit,
  PartnerStatus,
  PeriodKind,
  Role,
} from '@tandem/shared-domain';
import {
  assertPartnerInScope,
  AuditService,
  ConflictError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { Goal, GoalTemplate, normalizeDecimal, Objective } from './analytics.entities';
import { In } from 'typeorm';
import { AnalyticsService, PartnerFilter } from './analytics.service';
import { judgeGoal, objectiveProgress } from './goal-progress';
import { PeriodRange } from './periods';
import { emitGoalsChanged } from './goal-webhooks';

export interface GoalTargetInput {
  metric: Metric;
  target: string;
  side?: GoalSide | null;
}

export interface SetGoalInput extends GoalTargetInput {
  partnerId: string;
  periodCode: string;
  note?: string | null;
  expectedVersion?: number | null;
}

export interface ObjectiveInput {
  id?: string | null;
  partnerId: string;
  periodCode: string;
  title: string;
  side: GoalSide;
  keyResults: GoalTargetInput[];
  expectedVersion?: number | null;
}

export interface TemplateInput {
  id?: string | null;
  name: string;
  tierId: string;
  periodKind: PeriodKind;
  items: GoalTargetInput[];
  expectedVersion?: number | null;
}

export interface TemplateApplication {
  partners: number;
  created: number;
  updated: number;
  skipped: number;
}

const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;

/** Goals, objectives (OKRs) and tier templates, with progress from the metric layer. */
@Injectable()
export class GoalsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly audit: AuditService,
  ) {}

  /** A partner's goals and objectives for a period, with progress. */
  async forPartner(ctx: RequestContext, partnerId: string | null | undefined, periodCode: string) {
    const pid = await this.analytics.scopedPartner(ctx, partnerId);
    const period = await this.analytics.period(ctx, periodCode);
    const goals = await ctx.em.find(Goal, {
      where: { partnerId: pid, periodCode: period.code },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const objectives = await ctx.em.find(Objective, {
      where: { partnerId: pid, periodCode: period.code },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    await this.attachProgress(ctx, goals, period);
    for (const o of objectives) {
      o.keyResults = goals.filter((g) => g.objectiveId === o.id);
      o.progress = objectiveProgress(o.keyResults.map((g) => g.progress));
    }
    return { partnerId: pid, period, goals, objectives };
  }

  /**
   * Where every partner in the caller's scope stands on its goals for a period: goals by status and
   * their average progress (each capped at 100%), partners with goals at risk first.
   */
  async overview(ctx: RequestContext, periodCode: string, filter: PartnerFilter) {
    const period = await this.analytics.period(ctx, periodCode);
    const partners = await this.analytics.partners(ctx, filter);
    const ids = partners.map((p) => p.id);
    const goals = ids.length
      ? await ctx.em.find(Goal, { where: { periodCode: period.code, partnerId: In(ids) } })
      : [];
    await this.attachProgress(ctx, goals, period);
    const rows = partners.map((p) => {
      const mine = goals.filter((g) => g.partnerId === p.id);
      const count = (status: GoalStatus) => mine.filter((g) => g.status === status).length;
      return {
        partnerId: p.id,
        name: p.name,
        goals: mine.length,
        atRisk: count(GoalStatus.AT_RISK),
        onTrack: count(GoalStatus.ON_TRACK),
        achieved: count(GoalStatus.ACHIEVED),
        missed: count(GoalStatus.MISSED),
        upcoming: count(GoalStatus.UPCOMING),
        averageProgress: objectiveProgress(mine.map((g) => g.progress)),
      };
    });
    rows.sort(
      (a, b) =>
        b.atRisk + b.missed - (a.atRisk + a.missed) ||
        Number(b.goals > 0) - Number(a.goals > 0) ||
        a.name.localeCompare(b.name),
    );
    return { period, rows };
  }

  /** Fills actual, expected pace, progress and status from the metric layer (one query). */
  async attachProgress(ctx: RequestContext, goals: Goal[], period: PeriodRange): Promise<void> {
    if (goals.length === 0) return;
    const partnerIds = [...new Set(goals.map((g) => g.partnerId))];
    const values = await this.analytics.partnerMetrics(ctx, partnerIds, [period]);
    const now = this.analytics.now();
    for (const goal of goals) {
      const actual = values.get(goal.partnerId)?.[0]?.[goal.metric] ?? null;
      Object.assign(goal, { actual }, judgeGoal(goal.metric, goal.target, actual, period, now));
    }
  }

  async setGoal(ctx: RequestContext, input: SetGoalInput): Promise<Goal> {
    const { goal, period } = await this.upsertGoal(ctx, input);
    await this.attachProgress(ctx, [goal], period);
    return goal;
  }

  /** Creates or changes a goal (audited) without computing its progress. */
  async upsertGoal(
    ctx: RequestContext,
    input: SetGoalInput,
  ): Promise<{ goal: Goal; period: PeriodRange }> {
    await this.assertManages(ctx, input.partnerId);
    const period = await this.analytics.period(ctx, input.periodCode, 'periodCode');
    const target = validTarget(input.metric, input.target, 'target');
    const existing = await ctx.em.findOne(Goal, {
      where: { partnerId: input.partnerId, periodCode: period.code, metric: input.metric },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && input.expectedVersion != null && existing.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed this goal; reload and try again.');
    if (!existing && input.expectedVersion != null)
      throw new ConflictError('This goal was removed meanwhile; reload and try again.');
    const note = (input.note ?? existing?.note ?? '').trim();
    if (note.length > 500)
      throw ValidationError.field('note', 'Keep the note under 500 characters.');
    const [{ id }] = await ctx.em.query(
      `INSERT INTO goal (partner_id, period_code, metric, target, side, note, updated_by_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (partner_id, period_code, metric) DO UPDATE
         SET target = EXCLUDED.target, side = EXCLUDED.side, note = EXCLUDED.note,
             updated_by_label = EXCLUDED.updated_by_label, adjusted = goal.template_id IS NOT NULL,
             updated_at = now(), version = goal.version + 1
       RETURNING id`,
      [
        input.partnerId,
        period.code,
        input.metric,
        target,
        input.side ?? existing?.side ?? METRICS[input.metric].defaultSide,
        note,
        label(ctx),
      ],
    );
    const saved = await ctx.em.findOneOrFail(Goal, { where: { id } });
    await emitGoalsChanged(ctx.em, { ids: [id] }, this.analytics.now());
    await this.audit.record(ctx, {
      action: existing ? 'goal.update' : 'goal.create',
      entityType: 'goal',
      entityId: id,
      partnerId: input.partnerId,
      before: existing,
      after: saved,
    });
    return { goal: saved, period };
  }

  async deleteGoal(ctx: RequestContext, id: string): Promise<boolean> {
    const goal = await ctx.em.findOne(Goal, { where: { id } });
    if (!goal) throw new NotFoundError('Goal');
    await this.assertManages(ctx, goal.partnerId);
    await ctx.em.delete(Goal, { id });
    await emitGoalsChanged(ctx.em, { deleted: [goal] }, this.analytics.now());
    await this.audit.record(ctx, {
      action: 'goal.delete',
      entityType: 'goal',
      entityId: id,
      partnerId: goal.partnerId,
      before: goal,
    });
    return true;
  }

  /** Creates or replaces an objective and its key results (1–4 goals of a quarter). */
  async saveObjective(ctx: RequestContext, input: ObjectiveInput): Promise<Objective> {
    await this.assertManages(ctx, input.partnerId);
    const period = await this.analytics.period(ctx, input.periodCode, 'periodCode');
    if (period.kind !== PeriodKind.QUARTER)
      throw ValidationError.field(
        'periodCode',
        'Objectives are set for a quarter, e.g. FY2026-Q1.',
      );
    const title = input.title.trim();
    if (!title) throw ValidationError.field('title', 'Give the objective a title.');
    if (input.keyResults.length < 1 || input.keyResults.length > MAX_KEY_RESULTS)
      throw ValidationError.field(
        'keyResults',
        `An objective has between one and ${MAX_KEY_RESULTS} key results.`,
      );
    const metrics = input.keyResults.map((k) => k.metric);
    if (new Set(metrics).size !== metrics.length)
      throw ValidationError.field('keyResults', 'Each key result needs a different metric.');
    input.keyResults.forEach((k, i) => validTarget(k.metric, k.target, `keyResults.${i}.target`));

    let objective: Objective;
    if (input.id) {
      const found = await ctx.em.findOne(Objective, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || found.partnerId !== input.partnerId) throw new NotFoundError('Objective');
      if (input.expectedVersion != null && found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this objective; reload and try again.');
      if (found.periodCode !== period.code)
        throw ValidationError.field('periodCode', 'An objective stays in its quarter.');
      objective = found;
    } else {
      objective = ctx.em.create(Objective, { partnerId: input.partnerId, periodCode: period.code });
    }
    const taken: { metric: string }[] = await ctx.em.query(
      `SELECT metric FROM goal WHERE partner_id = $1 AND period_code = $2 AND metric = ANY($3)
         AND objective_id IS NOT NULL AND objective_id IS DISTINCT FROM $4`,
      [input.partnerId, period.code, metrics, objective.id ?? null],
    );
    if (taken.length)
      throw ValidationError.field(
        'keyResults',
        `${METRICS[taken[0].metric as Metric].label} is already a key result of another objective this quarter.`,
      );
    Object.assign(objective, { title, side: input.side, updatedByLabel: label(ctx) });
    const saved = await ctx.em.save(objective);
    await ctx.em.query(`DELETE FROM goal WHERE objective_id = $1 AND NOT (metric = ANY($2))`, [
      saved.id,
      metrics,
    ]);
    const keyResultIds: string[] = [];
    for (const k of input.keyResults) {
      const [{ id: goalId }] = await ctx.em.query(
        `INSERT INTO goal (partner_id, period_code, metric, target, side, objective_id, updated_by_label)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (partner_id, period_code, metric) DO UPDATE
           SET target = EXCLUDED.target, side = EXCLUDED.side, objective_id = EXCLUDED.objective_id,
               adjusted = goal.template_id IS NOT NULL, updated_by_label = EXCLUDED.updated_by_label,
               updated_at = now(), version = goal.version + 1
         RETURNING id`,
        [
          input.partnerId,
          period.code,
          k.metric,
          normalizeDecimal(k.target),
          k.side ?? input.side,
          saved.id,
          label(ctx),
        ],
      );
      keyResultIds.push(goalId);
    }
    await emitGoalsChanged(ctx.em, { ids: keyResultIds }, this.analytics.now());
    await this.audit.record(ctx, {
      action: input.id ? 'objective.update' : 'objective.create',
      entityType: 'objective',
      entityId: saved.id,
      partnerId: input.partnerId,
      after: { ...saved, keyResults: input.keyResults },
    });
    const { objectives } = await this.forPartner(ctx, input.partnerId, period.code);
    return objectives.find((o) => o.id === saved.id)!;
  }

  async deleteObjective(ctx: RequestContext, id: string): Promise<boolean> {
    const objective = await ctx.em.findOne(Objective, { where: { id } });
    if (!objective) throw new NotFoundError('Objective');
    await this.assertManages(ctx, objective.partnerId);
    await ctx.em.delete(Objective, { id });
    await this.audit.record(ctx, {
      action: 'objective.delete',
      entityType: 'objective',
      entityId: id,
      partnerId: objective.partnerId,
      before: objective,
    });
    return true;
  }

  templates(ctx: RequestContext): Promise<GoalTemplate[]> {
    return ctx.em.find(GoalTemplate, { order: { name: 'ASC' } });
  }

  async saveTemplate(ctx: RequestContext, input: TemplateInput): Promise<GoalTemplate> {
    const name = input.name.trim();
    if (!name) throw ValidationError.field('name', 'Give the template a name.');
    if (input.items.length === 0)
      throw ValidationError.field('items', 'Add at least one goal to the template.');
    const metrics = input.items.map((i) => i.metric);
    if (new Set(metrics).size !== metrics.length)
      throw ValidationError.field('items', 'Each goal in a template needs a different metric.');
    const items = input.items.map((i, n) => ({
      metric: i.metric,
      target: validTarget(i.metric, i.target, `items.${n}.target`),
      side: i.side ?? METRICS[i.metric].defaultSide,
    }));
    const tier: unknown[] = await ctx.em.query(`SELECT 1 FROM tier WHERE id = $1`, [input.tierId]);
    if (tier.length === 0) throw ValidationError.field('tierId', 'Choose a tier.');
    let template: GoalTemplate;
    if (input.id) {
      const found = await ctx.em.findOne(GoalTemplate, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Goal template');
      if (input.expectedVersion != null && found.version !== input.expectedVersion)
        throw new ConflictError('Someone else changed this template; reload and try again.');
      template = found;
    } else {
      template = ctx.em.create(GoalTemplate, {});
    }
    const clash = await ctx.em.query(`SELECT id FROM goal_template WHERE name = $1 AND id <> $2`, [
      name,
      template.id ?? '00000000-0000-0000-0000-000000000000',
    ]);
    if (clash.length) throw ValidationError.field('name', 'Another template has this name.');
    Object.assign(template, { name, tierId: input.tierId, periodKind: input.periodKind, items });
    const saved = await ctx.em.save(template);
    await this.audit.record(ctx, {
      action: input.id ? 'goal-template.update' : 'goal-template.create',
      entityType: 'goal_template',
      entityId: saved.id,
      after: saved,
    });
    return saved;
  }

  async deleteTemplate(ctx: RequestContext, id: string): Promise<boolean> {
    const template = await ctx.em.findOne(GoalTemplate, { where: { id } });
    if (!template) throw new NotFoundError('Goal template');
    await ctx.em.delete(GoalTemplate, { id });
    await this.audit.record(ctx, {
      action: 'goal-template.delete',
      entityType: 'goal_template',
      entityId: id,
      before: template,
    });
    return true;
  }

  /**
   * Sets the template's goals for every partner of its tier (a channel manager: their partners of
   * the tier) for a period, in one statement. Goals adjusted by hand for a partner since the
   * template set them are kept unless `overwriteAdjusted`.
   */
  async applyTemplate(
    ctx: RequestContext,
    templateId: string,
    periodCode: string,
    overwriteAdjusted: boolean,
  ): Promise<TemplateApplication> {
    const template = await ctx.em.findOne(GoalTemplate, { where: { id: templateId } });
    if (!template) throw new NotFoundError('Goal template');
    const period = await this.analytics.period(ctx, periodCode, 'periodCode');
    if (period.kind !== template.periodKind)
      throw ValidationError.field(
        'periodCode',
        `This template is for ${template.periodKind.toLowerCase()}s; choose a ${template.periodKind.toLowerCase()}.`,
      );
    const managerOnly = ctx.role === Role.CHANNEL_MANAGER ? ctx.user.userId : null;
    const [{ partners }] = await ctx.em.query(
      `SELECT count(*)::int AS partners FROM partner
       WHERE tier_id = $1 AND status <> $2 AND ($3::uuid IS NULL OR channel_manager_id = $3)`,
      [template.tierId, PartnerStatus.SUSPENDED, managerOnly],
    );
    const rows: { id: string; inserted: boolean }[] = await ctx.em.query(
      `INSERT INTO goal (partner_id, period_code, metric, target, side, template_id, updated_by_label)
       SELECT p.id, $4, i.metric, i.target, i.side, $5, $6
       FROM partner p CROSS JOIN jsonb_to_recordset($7::jsonb) AS i(metric text, target numeric, side text)
       WHERE p.tier_id = $1 AND p.status <> $2 AND ($3::uuid IS NULL OR p.channel_manager_id = $3)
       ON CONFLICT (partner_id, period_code, metric) DO UPDATE
         SET target = EXCLUDED.target, side = EXCLUDED.side, template_id = EXCLUDED.template_id,
             adjusted = false, updated_by_label = EXCLUDED.updated_by_label, updated_at = now(),
             version = goal.version + 1
         WHERE NOT goal.adjusted OR $8
       RETURNING id, (xmax = 0) AS inserted`,
      [
        template.tierId,
        PartnerStatus.SUSPENDED,
        managerOnly,
        period.code,
        template.id,
        label(ctx),
        JSON.stringify(template.items),
        overwriteAdjusted,
      ],
    );
    await emitGoalsChanged(ctx.em, { ids: rows.map((r) => r.id) }, this.analytics.now());
    const created = rows.filter((r) => r.inserted).length;
    const result = {
      partners,
      created,
      updated: rows.length - created,
      skipped: partners * template.items.length - rows.length,
    };
    await this.audit.record(ctx, {
      action: 'goal-template.apply',
      entityType: 'goal_template',
      entityId: template.id,
      after: { periodCode: period.code, overwriteAdjusted, ...result },
    });
    return result;
  }

  /** Vendor admins set goals for any partner, channel managers for their own partners. */
  async assertManages(ctx: RequestContext, partnerId: string): Promise<void> {
    await assertPartnerInScope(ctx, partnerId);
    const found: unknown[] = await ctx.em.query(`SELECT 1 FROM partner WHERE id = $1`, [partnerId]);
    if (found.length === 0) throw new NotFoundError('Partner');
  }
}

/** Checks a target against its metric's unit; returns it normalised. */
export function validTarget(metric: Metric, target: string, field: string): string {
  const t = target.trim();
  const unit = METRICS[metric].unit;
  if (!DECIMAL.test(t))
    throw ValidationError.field(field, 'Enter the target as a plain number, e.g. 25 or 0.35.');
  const n = Number(t);
  if (unit === MetricUnit.COUNT && !Number.isInteger(n))
    throw ValidationError.field(field, `${METRICS[metric].label} is counted in whole numbers.`);
  if (unit === MetricUnit.RATE && n > 1)
    throw ValidationError.field(
      field,
      `${METRICS[metric].label} is a share between 0 and 1 (0.35 = 35%).`,
    );
  if (unit === MetricUnit.MONEY && !/^\d+(\.\d{1,2})?$/.test(t))
    throw ValidationError.field(field, 'Amounts have at most two decimals.');
  if ((unit === MetricUnit.HOURS || unit === MetricUnit.DAYS) && n <= 0)
    throw ValidationError.field(field, 'Enter a time above zero.');
  return normalizeDecimal(t);
}

function label(ctx: RequestContext): string {
  return ctx.user.name;
}
