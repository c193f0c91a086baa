import { Injectable } from '@nestjs/common';
import { GoalSide, Metric, METRICS } from '@tandem/shared-domain';
import { AuditService, RequestContext, ValidationError } from '@tandem/api-core';
import { AnalyticsService } from './analytics.service';
import { GoalsService } from './goals.service';
import { computeMetrics, RawCounts } from './metric-layer';
import { PeriodRange } from './periods';

/** How many observations a partner needs before its own rate counts as much as the program's. */
export const PRIOR_WEIGHT = 10;
/** The trailing window a plan learns from. */
export const PLAN_WINDOW_DAYS = 365;
/** Fewer lag samples than this and a partner's typical lag falls back to the program's. */
const MIN_LAG_SAMPLES = 3;
/** How many earlier periods of the same kind "ever produced" looks back over. */
const HISTORY_PERIODS = 12;

export interface PlanAssumption {
  key: string;
  label: string;
  /** The partner's own figure over the window (null without history). */
  partnerValue: number | null;
  /** How many observations it rests on. */
  partnerSample: number;
  programMedian: number | null;
  /** Share of the partner's own figure in the blend: sample / (sample + PRIOR_WEIGHT). */
  weight: number;
  /** The blended figure the plan uses. */
  used: number;
}

export interface PlanStep {
  metric: Metric;
  label: string;
  needed: number;
  /** When this stage must be reached for the revenue to close inside the period. */
  startBy: Date;
  side: GoalSide;
}

export interface RevenuePlan {
  partnerId: string;
  period: PeriodRange;
  revenueTarget: string;
  steps: PlanStep[];
  assumptions: PlanAssumption[];
  lagDays: { key: string; label: string; days: number; fromProgram: boolean }[];
  maxLeadsInAPeriod: number;
  exceedsHistory: boolean;
  warnings: string[];
}

interface Observed {
  x: number;
  n: number;
}

const RATES: { key: string; label: string; pick: (v: PartnerFigures) => Observed }[] = [
  {
    key: 'mqlPerLead',
    label: 'Leads that become MQLs',
    pick: (v) => ({ x: Math.min(v.mqls, v.leads), n: v.leads }),
  },
  { key: 'mqlToSql', label: 'MQL → SQL rate', pick: (v) => ({ x: v.mqlsAccepted, n: v.mqls }) },
  {
    key: 'sqlToOpportunity',
    label: 'SQL → opportunity rate',
    pick: (v) => ({ x: v.sqlsConverted, n: v.sqls }),
  },
  { key: 'winRate', label: 'Win rate', pick: (v) => ({ x: v.won, n: v.won + v.lost }) },
];

interface PartnerFigures {
  leads: number;
  mqls: number;
  mqlsAccepted: number;
  sqls: number;
  sqlsConverted: number;
  won: number;
  lost: number;
  revenue: number;
}

/**
 * Plan from revenue: works back from a revenue target through the partner's trailing conversion
 * rates and average deal size, each blended with the program median by how much history the
 * partner has (docs/metrics.md, "Plan from revenue").
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly goals: GoalsService,
    private readonly audit: AuditService,
  ) {}

  async plan(
    ctx: RequestContext,
    partnerId: string,
    periodCode: string,
    revenueTarget: string,
  ): Promise<RevenuePlan> {
    await this.goals.assertManages(ctx, partnerId);
    const period = await this.analytics.period(ctx, periodCode, 'periodCode');
    const target = revenueTarget.trim();
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(target) || Number(target) <= 0)
      throw ValidationError.field(
        'revenueTarget',
        'Enter a revenue target above zero, e.g. 250000.',
      );
    const now = this.analytics.now();
    const window = { start: new Date(now.getTime() - PLAN_WINDOW_DAYS * 86_400_000), end: now };
    const allPartners: { id: string }[] = await ctx.em.query(`SELECT id FROM partner`);
    const raw = new Map<string, RawCounts[]>();
    const { values, lags } = await this.analytics.funnel(
      ctx,
      allPartners.map((p) => p.id),
      async (em, allowed) => ({
        values: await computeMetrics(em, allowed, [window], now, 'partner', null, raw),
        lags: await typicalLags(em, allowed, window),
      }),
    );
    const figures = new Map<string, PartnerFigures>();
    for (const [pid, [v]] of values) {
      const r = raw.get(pid)?.[0] ?? { mqlsAccepted: 0, sqlsConverted: 0 };
      figures.set(pid, {
        leads: Number(v[Metric.LEADS_RECEIVED]),
        mqls: Number(v[Metric.MQLS]),
        mqlsAccepted: r.mqlsAccepted,
        sqls: Number(v[Metric.SQLS]),
        sqlsConverted: r.sqlsConverted,
        won: Number(v[Metric.DEALS_WON]),
        lost: Number(v[Metric.DEALS_LOST]),
        revenue: Number(v[Metric.REVENUE_WON]),
      });
    }
    const own = figures.get(partnerId) ?? {
      leads: 0,
      mqls: 0,
      mqlsAccepted: 0,
      sqls: 0,
      sqlsConverted: 0,
      won: 0,
      lost: 0,
      revenue: 0,
    };
    const assumptions: PlanAssumption[] = [];
    const blend = (key: string, label: string, pick: (f: PartnerFigures) => Observed) => {
      const program = median(
        [...figures.values()]
          .map(pick)
          .filter((o) => o.n > 0)
          .map((o) => o.x / o.n),
      );
      const mine = pick(own);
      if (program === null && mine.n === 0)
        throw ValidationError.field(
          'revenueTarget',
          `The program has no history for “${label}” in the last ${PLAN_WINDOW_DAYS} days, so there is nothing to plan from yet.`,
        );
      const prior = program ?? 0;
      const used = (mine.x + PRIOR_WEIGHT * prior) / (mine.n + PRIOR_WEIGHT);
      assumptions.push({
        key,
        label,
        partnerValue: mine.n > 0 ? round(mine.x / mine.n, 4) : null,
        partnerSample: mine.n,
        programMedian: program === null ? null : round(program, 4),
        weight: round(mine.n / (mine.n + PRIOR_WEIGHT), 4),
        used: round(used, 4),
      });
      if (used <= 0)
        throw ValidationError.field(
          'revenueTarget',
          `“${label}” is zero for this partner and the program, so no number of leads reaches the target.`,
        );
      return used;
    };
    const dealSize = blend('averageDealSize', 'Average deal size', (f) => ({
      x: f.revenue,
      n: f.won,
    }));
    const rates = Object.fromEntries(RATES.map((r) => [r.key, blend(r.key, r.label, r.pick)]));
    // Rates are shares; a blended share above one would plan fewer leads than MQLs.
    const dealsWon = up(Number(target) / dealSize);
    const opportunities = up(dealsWon / Math.min(rates['winRate'], 1));
    const sqls = up(opportunities / Math.min(rates['sqlToOpportunity'], 1));
    const mqls = up(sqls / Math.min(rates['mqlToSql'], 1));
    const leads = up(mqls / Math.min(rates['mqlPerLead'], 1));

    const lag = (key: string, label: string) => {
      const mine = lags.partner.get(partnerId)?.[key];
      const fromProgram = !mine || mine.samples < MIN_LAG_SAMPLES;
      const days = fromProgram ? (lags.program[key] ?? 0) : mine.days;
      return { key, label, days: round(days, 1), fromProgram };
    };
    const lagDays = [
      lag('leadToMql', 'Lead → MQL'),
      lag('mqlToSql', 'MQL → SQL'),
      lag('sqlToOpportunity', 'SQL → opportunity'),
      lag('salesCycle', 'Registration → won (sales cycle)'),
    ];
    const before = (d: Date, days: number) => new Date(d.getTime() - days * 86_400_000);
    // Won by the period's last moment (its end is exclusive), so dates read as "by 31 March".
    const wonBy = new Date(period.end.getTime() - 1);
    const oppBy = before(wonBy, lagDays[3].days);
    const sqlBy = before(oppBy, lagDays[2].days);
    const mqlBy = before(sqlBy, lagDays[1].days);
    const leadBy = before(mqlBy, lagDays[0].days);
    const step = (metric: Metric, needed: number, startBy: Date, side: GoalSide): PlanStep => ({
      metric,
      label: METRICS[metric].label,
      needed,
      startBy,
      side,
    });
    const steps = [
      step(Metric.LEADS_RECEIVED, leads, leadBy, GoalSide.MARKETING),
      step(Metric.MQLS, mqls, mqlBy, GoalSide.MARKETING),
      step(Metric.SQLS, sqls, sqlBy, GoalSide.SALES),
      step(Metric.OPPORTUNITIES, opportunities, oppBy, GoalSide.SALES),
      step(Metric.DEALS_WON, dealsWon, wonBy, GoalSide.SALES),
    ];

    // "Ever produced": the most leads in one period of the same kind, over the last twelve
    // (the running one included).
    const current = await this.analytics.currentPeriod(ctx, period.kind);
    const history = await this.analytics.trend(ctx, current, HISTORY_PERIODS - 1);
    const past = await this.analytics.partnerMetrics(ctx, [partnerId], history);
    const maxLeadsInAPeriod = Math.max(
      0,
      ...(past.get(partnerId) ?? []).map((v) => Number(v[Metric.LEADS_RECEIVED])),
    );
    const warnings: string[] = [];
    const exceedsHistory = leads > maxLeadsInAPeriod;
    if (exceedsHistory)
      warnings.push(
        `The plan needs ${leads} leads; the most this partner has received in a ${period.kind.toLowerCase()} is ${maxLeadsInAPeriod}.`,
      );
    if (leadBy < now)
      warnings.push(
        'At the typical lags, the first leads should already have arrived: the target may be late for this period.',
      );
    const thin = assumptions.filter((a) => a.weight < 0.5).map((a) => a.label.toLowerCase());
    if (thin.length)
      warnings.push(
        `Little history for ${thin.join(', ')}: the plan leans on the program median there.`,
      );
    return {
      partnerId,
      period,
      revenueTarget: target,
      steps,
      assumptions,
      lagDays,
      maxLeadsInAPeriod,
      exceedsHistory,
      warnings,
    };
  }

  /** Recomputes the plan and turns it into the partner's goals for the period. */
  async apply(ctx: RequestContext, partnerId: string, periodCode: string, revenueTarget: string) {
    const plan = await this.plan(ctx, partnerId, periodCode, revenueTarget);
    const amount = Number(plan.revenueTarget).toLocaleString('en-US', { maximumFractionDigits: 2 });
    const note = `From a revenue plan of ${amount} for ${plan.period.label}.`;
    const targets = [
      ...plan.steps.map((s) => ({ metric: s.metric, target: String(s.needed), side: s.side })),
      { metric: Metric.REVENUE_WON, target: plan.revenueTarget, side: GoalSide.JOINT },
    ];
    const goals = [];
    for (const t of targets)
      goals.push(
        (await this.goals.upsertGoal(ctx, { partnerId, periodCode: plan.period.code, note, ...t }))
          .goal,
      );
    // Progress for all of them from one metric-layer read.
    await this.goals.attachProgress(ctx, goals, plan.period);
    await this.audit.record(ctx, {
      action: 'goal.plan.apply',
      entityType: 'partner',
      entityId: partnerId,
      partnerId,
      after: { periodCode: plan.period.code, revenueTarget: plan.revenueTarget, steps: plan.steps },
    });
    return goals;
  }
}

/** Median stage-to-stage lags in days per partner and for the program, over the window. */
async function typicalLags(
  em: import('typeorm').EntityManager,
  partnerIds: string[],
  window: { start: Date; end: Date },
) {
  const rows: Record<string, string | number | null>[] = await em.query(
    `WITH r AS (
       SELECT partner_id, lead_id,
         min(occurred_at) FILTER (WHERE (subject = 'LEAD' AND step = 'LEAD') OR step = 'OFFERED') AS received_at,
         min(occurred_at) FILTER (WHERE (subject = 'LEAD' AND step = 'MQL') OR step = 'OFFERED') AS mql_at,
         min(occurred_at) FILTER (WHERE subject = 'LEAD' AND step = 'SQL') AS sql_at,
         min(occurred_at) FILTER (WHERE subject = 'LEAD' AND step = 'OPPORTUNITY') AS opp_at
       FROM funnel_event WHERE partner_id = ANY($1::uuid[]) AND subject IN ('LEAD', 'OFFER')
       GROUP BY 1, 2),
     l AS (
       SELECT partner_id, 'leadToMql' AS k, extract(epoch FROM mql_at - received_at) / 86400 AS d
         FROM r WHERE mql_at >= $2 AND mql_at < $3 AND received_at IS NOT NULL
       UNION ALL
       SELECT partner_id, 'mqlToSql', extract(epoch FROM sql_at - mql_at) / 86400
         FROM r WHERE sql_at >= $2 AND sql_at < $3 AND mql_at IS NOT NULL
       UNION ALL
       SELECT partner_id, 'sqlToOpportunity', extract(epoch FROM opp_at - sql_at) / 86400
         FROM r WHERE opp_at >= $2 AND opp_at < $3 AND sql_at IS NOT NULL
       UNION ALL
       SELECT partner_id, 'salesCycle', extract(epoch FROM occurred_at - started_at) / 86400
         FROM funnel_event WHERE partner_id = ANY($1::uuid[]) AND subject = 'DEAL' AND step = 'WON'
           AND occurred_at >= $2 AND occurred_at < $3 AND started_at IS NOT NULL)
     SELECT partner_id::text AS partner, k, GROUPING(partner_id) AS total,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(d, 0)) AS days, count(*)::int AS samples
     FROM l GROUP BY GROUPING SETS ((k), (partner_id, k))`,
    [partnerIds, window.start, window.end],
  );
  const partner = new Map<string, Record<string, { days: number; samples: number }>>();
  const program: Record<string, number> = {};
  for (const row of rows) {
    const key = String(row['k']);
    if (Number(row['total']) === 1) {
      program[key] = Number(row['days']);
      continue;
    }
    const pid = String(row['partner']);
    if (!partner.has(pid)) partner.set(pid, {});
    partner.get(pid)![key] = { days: Number(row['days']), samples: Number(row['samples']) };
  }
  return { partner, program };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds up, forgiving float noise (4.0000000001 → 4). */
function up(x: number): number {
  return Math.max(1, Math.ceil(x - 1e-9));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
