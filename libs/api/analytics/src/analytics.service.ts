import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ClosedLoopGrouping,
  LEAD_SOURCE_LABELS,
  LeadSource,
  Metric,
  METRIC_LIST,
  PeriodKind,
  Role,
} from '@tandem/shared-domain';
import {
  assertPartnerInScope,
  AuditService,
  Clock,
  ConflictError,
  DbService,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { AnalyticsSettings } from './analytics.entities';
import {
  computeMetrics,
  emptyValues,
  MetricValues,
  rejectionsByReason,
  Span,
  withFunnelScope,
} from './metric-layer';
import {
  FiscalCalendar,
  parsePeriod,
  periodContaining,
  PeriodRange,
  periodsUpTo,
  nextPeriod,
} from './periods';

export interface PartnerFilter {
  tierIds?: string[];
  regions?: string[];
  typeIds?: string[];
  channelManagerId?: string;
  partnerIds?: string[];
  search?: string;
}

export interface PartnerRow {
  id: string;
  name: string;
  tierId: string;
  typeId: string;
  region: string;
  channelManagerId: string | null;
}

export interface ClosedLoopRow {
  key: string | null;
  label: string;
  leads: number;
  sqls: number;
  opportunities: number;
  dealsWon: number;
  revenueWon: string;
  /** By campaign: the market development funds behind it (null otherwise). */
  funds: string | null;
  revenuePerFund: number | null;
}

/** The metric layer as the API serves it: periods, scope and the reports built on one definition. */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly db: DbService,
  ) {}

  /** The funnel events of partners the caller may see, read with one scope for every caller. */
  funnel<T>(
    ctx: RequestContext,
    partnerIds: string[],
    fn: (em: EntityManager, allowed: string[]) => Promise<T>,
  ): Promise<T> {
    return withFunnelScope(ctx, this.db, partnerIds, fn);
  }

  now(): Date {
    return this.clock.now();
  }

  async calendar(ctx: RequestContext): Promise<FiscalCalendar> {
    return ctx.memo('analytics:calendar', () => readCalendar(ctx.em));
  }

  async settings(ctx: RequestContext): Promise<AnalyticsSettings> {
    const row = await ctx.em.findOne(AnalyticsSettings, { where: {} });
    if (!row) throw new NotFoundError('Analytics settings');
    return row;
  }

  async updateSettings(
    ctx: RequestContext,
    fiscalYearStartMonth: number,
    expectedVersion?: number,
  ) {
    const row = await this.settings(ctx);
    if (expectedVersion !== undefined && expectedVersion !== row.version)
      throw new ConflictError('Someone else changed the calendar; reload and try again.');
    if (row.fiscalYearStartMonth !== fiscalYearStartMonth) {
      const [{ n }] = await ctx.em.query(
        `SELECT count(*)::int AS n FROM goal WHERE period_code LIKE 'FY%'`,
      );
      if (n > 0)
        throw ValidationError.field(
          'fiscalYearStartMonth',
          `${n} quarterly or yearly goals use the current fiscal calendar; delete them before moving the fiscal year start.`,
        );
    }
    const before = { ...row };
    row.fiscalYearStartMonth = fiscalYearStartMonth;
    const saved = await ctx.em.save(row);
    await this.audit.record(ctx, {
      action: 'analytics.settings.update',
      entityType: 'analytics_settings',
      entityId: row.id,
      before,
      after: saved,
    });
    return saved;
  }

  async period(ctx: RequestContext, code: string, field = 'period'): Promise<PeriodRange> {
    const cal = await this.calendar(ctx);
    const period = parsePeriod(code, cal);
    if (!period)
      throw ValidationError.field(
        field,
        `“${code}” is not a period. Use FY2026 (year), FY2026-Q1 (quarter) or 2026-03 (month).`,
      );
    return period;
  }

  async currentPeriod(ctx: RequestContext, kind: PeriodKind): Promise<PeriodRange> {
    return periodContaining(this.now(), kind, await this.calendar(ctx));
  }

  /** Recent periods of a kind, newest first, including `ahead` future ones for planning. */
  async periods(ctx: RequestContext, kind: PeriodKind, past: number, ahead: number) {
    const cal = await this.calendar(ctx);
    const current = periodContaining(this.now(), kind, cal);
    const list = periodsUpTo(current, Math.min(Math.max(past, 0), 36), cal);
    let next = current;
    for (let i = 0; i < Math.min(Math.max(ahead, 0), 8); i++) {
      next = nextPeriod(next, cal);
      list.push(next);
    }
    return list.reverse();
  }

  async trend(ctx: RequestContext, period: PeriodRange, count: number): Promise<PeriodRange[]> {
    return periodsUpTo(period, Math.min(Math.max(count, 0), 12), await this.calendar(ctx));
  }

  /**
   * The partner whose figures the caller asks for: a partner user's own partner (asking for another
   * partner answers NOT_FOUND), or a partner in the vendor caller's scope.
   */
  async scopedPartner(ctx: RequestContext, partnerId: string | null | undefined): Promise<string> {
    const pid = partnerId ?? ctx.partnerId;
    if (!pid) throw ValidationError.field('partnerId', 'Choose a partner.');
    await assertPartnerInScope(ctx, pid);
    const found: unknown[] = await ctx.em.query(`SELECT 1 FROM partner WHERE id = $1`, [pid]);
    if (found.length === 0) throw new NotFoundError('Partner');
    return pid;
  }

  /** Partners in the caller's scope (channel managers: their own) matching a filter, by name. */
  async partners(ctx: RequestContext, filter: PartnerFilter = {}): Promise<PartnerRow[]> {
    const { where, params } = this.partnerWhere(ctx, filter, 1);
    return ctx.em.query(
      `SELECT p.id, p.name, p.tier_id AS "tierId", p.type_id AS "typeId", p.region,
              p.channel_manager_id AS "channelManagerId"
       FROM partner p
       WHERE ${where}
       ORDER BY p.name, p.id`,
      params,
    );
  }

  /**
   * The condition on `partner p` behind partners(), with parameters numbered from `first`, for
   * queries that join partners to other rows (the goals export).
   */
  partnerWhere(
    ctx: RequestContext,
    filter: PartnerFilter,
    first: number,
  ): { where: string; params: unknown[] } {
    const managerOnly = ctx.role === Role.CHANNEL_MANAGER ? ctx.user.userId : null;
    const n = (i: number) => `$${first + i}`;
    return {
      where: `(${n(0)}::uuid IS NULL OR p.channel_manager_id = ${n(0)})
         AND (${n(1)}::uuid[] IS NULL OR p.tier_id = ANY(${n(1)}))
         AND (${n(2)}::text[] IS NULL OR p.region = ANY(${n(2)}))
         AND (${n(3)}::uuid[] IS NULL OR p.type_id = ANY(${n(3)}))
         AND (${n(4)}::uuid IS NULL OR p.channel_manager_id = ${n(4)})
         AND (${n(5)}::uuid[] IS NULL OR p.id = ANY(${n(5)}))
         AND (${n(6)}::text IS NULL OR p.name ILIKE '%' || ${n(6)} || '%')`,
      params: [
        managerOnly,
        nonEmpty(filter.tierIds),
        nonEmpty(filter.regions),
        nonEmpty(filter.typeIds),
        filter.channelManagerId ?? null,
        nonEmpty(filter.partnerIds),
        filter.search?.trim() ? escapeLike(filter.search.trim()) : null,
      ],
    };
  }

  /** Metric values for each partner and span (partners without events get empty values). */
  async partnerMetrics(
    ctx: RequestContext,
    partnerIds: string[],
    spans: Span[],
  ): Promise<Map<string, MetricValues[]>> {
    const now = this.now();
    const map = await this.funnel(ctx, partnerIds, (em, allowed) =>
      computeMetrics(em, allowed, spans, now, 'partner'),
    );
    for (const id of partnerIds)
      if (!map.has(id))
        map.set(
          id,
          spans.map(() => emptyValues()),
        );
    return map;
  }

  /** One set of values for a whole selection of partners (the channel funnel). */
  async selectionMetrics(ctx: RequestContext, partnerIds: string[], span: Span) {
    const now = this.now();
    const map = await this.funnel(ctx, partnerIds, (em, allowed) =>
      computeMetrics(em, allowed, [span], now, 'all'),
    );
    return map.get('all')?.[0] ?? emptyValues();
  }

  /**
   * Figures per rep of a partner. A sales rep sees only their own row; partner admins and marketers
   * and vendor users see every rep.
   */
  async repMetrics(ctx: RequestContext, partnerId: string, span: Span) {
    const onlyMe = ctx.role === Role.PARTNER_SALES_REP ? ctx.user.userId : null;
    const now = this.now();
    const map = await this.funnel(ctx, [partnerId], (em, allowed) =>
      computeMetrics(em, allowed, [span], now, 'user', onlyMe),
    );
    const users: { id: string; name: string }[] = await ctx.em.query(
      `SELECT id, name FROM app_user
       WHERE (partner_id = $1 AND role = $2 AND ($3::uuid IS NULL OR id = $3)) OR id = ANY($4::uuid[])
       ORDER BY name, id`,
      [partnerId, Role.PARTNER_SALES_REP, onlyMe, [...map.keys()]],
    );
    return users
      .filter((u) => onlyMe === null || u.id === onlyMe)
      .map((u) => ({ userId: u.id, name: u.name, values: map.get(u.id)?.[0] ?? emptyValues() }));
  }

  async rejections(ctx: RequestContext, partnerId: string, span: Span) {
    const onlyMe = ctx.role === Role.PARTNER_SALES_REP ? ctx.user.userId : null;
    return this.funnel(ctx, [partnerId], async (em, allowed) =>
      allowed.length ? rejectionsByReason(em, partnerId, span, onlyMe) : [],
    );
  }

  /**
   * The closed loop: the leads that entered the selection in the period (created, or first offered
   * to one of the selected partners) and what they have become since — SQLs, opportunities and the
   * revenue won on registrations made from them — grouped by source, campaign, persona or kit.
   * Vendor-wide callers also see vendor-pool leads that never reached a partner.
   */
  async closedLoop(
    ctx: RequestContext,
    partnerIds: string[],
    includePool: boolean,
    span: Span,
    grouping: ClosedLoopGrouping,
  ): Promise<ClosedLoopRow[]> {
    const key = {
      [ClosedLoopGrouping.SOURCE]: 'r.source',
      [ClosedLoopGrouping.CAMPAIGN]: 'r.campaign_id::text',
      [ClosedLoopGrouping.PERSONA]: 'r.persona_id::text',
      [ClosedLoopGrouping.KIT]: 'c.kit_id::text',
    }[grouping];
    const rows: (Omit<ClosedLoopRow, 'label' | 'funds' | 'revenuePerFund'> & {
      key: string | null;
    })[] = await this.funnel(ctx, partnerIds, (em, allowed) =>
      em.query(
        `WITH ev AS (
             SELECT * FROM funnel_event
             WHERE lead_id IS NOT NULL AND (partner_id = ANY($1::uuid[]) OR ($2 AND partner_id IS NULL))),
           r AS (
             SELECT lead_id,
               min(occurred_at) FILTER (WHERE subject IN ('LEAD', 'OFFER')) AS entered_at,
               bool_or(subject = 'LEAD' AND step = 'SQL') AS reached_sql,
               bool_or(subject = 'LEAD' AND step = 'OPPORTUNITY') AS reached_opportunity,
               count(DISTINCT deal_id) FILTER (WHERE subject = 'DEAL' AND step = 'WON') AS won,
               coalesce(sum(amount) FILTER (WHERE subject = 'DEAL' AND step = 'WON'), 0) AS revenue,
               (array_agg(source))[1] AS source,
               (array_agg(campaign_id))[1] AS campaign_id,
               (array_agg(persona_id) FILTER (WHERE subject <> 'DEAL'))[1] AS persona_id
             FROM ev GROUP BY lead_id)
           SELECT ${key} AS key, count(*)::int AS leads,
             count(*) FILTER (WHERE r.reached_sql)::int AS sqls,
             count(*) FILTER (WHERE r.reached_opportunity)::int AS opportunities,
             sum(r.won)::int AS "dealsWon", round(sum(r.revenue), 2)::text AS "revenueWon"
           FROM r LEFT JOIN campaign c ON c.id = r.campaign_id
           WHERE r.entered_at >= $3 AND r.entered_at < $4
           GROUP BY 1 ORDER BY sum(r.revenue) DESC, count(*) DESC, 1`,
        [allowed, includePool, span.start, span.end],
      ),
    );
    const ids = rows.map((r) => r.key).filter((k): k is string => !!k);
    const names = new Map<string, string>();
    if (ids.length && grouping !== ClosedLoopGrouping.SOURCE) {
      const sql = {
        [ClosedLoopGrouping.CAMPAIGN]: `SELECT id::text, name FROM campaign WHERE id::text = ANY($1)`,
        [ClosedLoopGrouping.PERSONA]: `SELECT id::text, name FROM persona WHERE id::text = ANY($1)`,
        [ClosedLoopGrouping.KIT]: `SELECT id::text, name FROM content_kit WHERE id::text = ANY($1)`,
      }[grouping];
      for (const r of (await ctx.em.query(sql, [ids])) as { id: string; name: string }[])
        names.set(r.id, r.name);
    }
    const none = {
      [ClosedLoopGrouping.SOURCE]: 'Unknown source',
      [ClosedLoopGrouping.CAMPAIGN]: 'No campaign',
      [ClosedLoopGrouping.PERSONA]: 'No persona',
      [ClosedLoopGrouping.KIT]: 'No kit',
    }[grouping];
    // By campaign, the market development funds behind it: approved requests of the selected
    // partners whose activity starts in the period, at their claimed amount once claimed.
    const funds = new Map<string, string>();
    if (grouping === ClosedLoopGrouping.CAMPAIGN) {
      const rows: { key: string; funds: string }[] = await ctx.em.query(
        `SELECT r.campaign_id::text AS key,
                sum(coalesce(c.amount, r.approved_amount))::numeric(16,2)::text AS funds
         FROM mdf_request r
         LEFT JOIN mdf_claim c ON c.request_id = r.id AND c.status IN ('APPROVED', 'PAID')
         WHERE r.status IN ('APPROVED', 'CLOSED') AND r.campaign_id IS NOT NULL
           AND r.partner_id = ANY($1::uuid[]) AND r.starts_on >= $2::date AND r.starts_on < $3::date
         GROUP BY 1`,
        [partnerIds, span.start.toISOString().slice(0, 10), span.end.toISOString().slice(0, 10)],
      );
      for (const r of rows) funds.set(r.key, r.funds);
    }
    return rows.map((r) => {
      const f = grouping === ClosedLoopGrouping.CAMPAIGN ? (funds.get(r.key ?? '') ?? null) : null;
      return {
        ...r,
        label:
          r.key === null
            ? none
            : grouping === ClosedLoopGrouping.SOURCE
              ? (LEAD_SOURCE_LABELS[r.key as LeadSource] ?? r.key)
              : (names.get(r.key) ?? 'Removed'),
        funds: f,
        revenuePerFund:
          f && Number(f) > 0 ? Math.round((Number(r.revenueWon) / Number(f)) * 100) / 100 : null,
      };
    });
  }

  /** Sorts rows by a metric (nulls last), ties by name. */
  sortByMetric<T extends { name: string; values: MetricValues }>(
    rows: T[],
    metric: Metric,
    descending: boolean,
  ): T[] {
    if (!METRIC_LIST.includes(metric)) return rows;
    return [...rows].sort((a, b) => {
      const x = a.values[metric];
      const y = b.values[metric];
      if (x === null || y === null)
        return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
      const d = Number(x) - Number(y);
      return d === 0 ? a.name.localeCompare(b.name) : descending ? -d : d;
    });
  }
}

/** The reporting calendar: the fiscal year start and the vendor time zone. */
export async function readCalendar(em: EntityManager): Promise<FiscalCalendar> {
  const [row] = await em.query(
    `SELECT a.fiscal_year_start_month AS "fiscalYearStartMonth",
            coalesce((SELECT vendor_time_zone FROM deal_settings LIMIT 1), 'UTC') AS "timeZone"
     FROM analytics_settings a LIMIT 1`,
  );
  return row ?? { fiscalYearStartMonth: 1, timeZone: 'UTC' };
}

function nonEmpty<T>(list: T[] | undefined): T[] | null {
  return list && list.length ? list : null;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
