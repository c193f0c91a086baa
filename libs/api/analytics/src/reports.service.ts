import { Injectable } from '@nestjs/common';
import { ClosedLoopGrouping, Metric, METRIC_LIST, METRICS, Role } from '@tandem/shared-domain';
import { RequestContext } from '@tandem/api-core';
import { Goal } from './analytics.entities';
import { AnalyticsService, PartnerFilter } from './analytics.service';
import { GoalsService } from './goals.service';

const FUNNEL: Metric[] = [
  Metric.LEADS_RECEIVED,
  Metric.MQLS,
  Metric.SQLS,
  Metric.OPPORTUNITIES,
  Metric.DEALS_WON,
];

/** The reports every screen and every CSV export is built from (the same numbers in both). */
@Injectable()
export class ReportsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly goals: GoalsService,
  ) {}

  async scorecard(
    ctx: RequestContext,
    partnerId: string | null | undefined,
    periodCode: string,
    trendCount = 4,
  ) {
    const {
      partnerId: pid,
      period,
      goals,
      objectives,
    } = await this.goals.forPartner(ctx, partnerId, periodCode);
    const trendPeriods = await this.analytics.trend(ctx, period, trendCount);
    const values = (await this.analytics.partnerMetrics(ctx, [pid], trendPeriods)).get(pid)!;
    const current = values[values.length - 1];
    const byMetric = new Map<Metric, Goal>(goals.map((g) => [g.metric, g]));
    return {
      partnerId: pid,
      period,
      lines: METRIC_LIST.map((metric) => ({
        metric,
        value: current[metric],
        goal: byMetric.get(metric) ?? null,
      })),
      rejectedByReason: await this.analytics.rejections(ctx, pid, period),
      trend: trendPeriods.slice(0, -1).map((p, i) => ({ period: p, values: values[i] })),
      objectives,
    };
  }

  async team(ctx: RequestContext, partnerId: string | null | undefined, periodCode: string) {
    const pid = await this.analytics.scopedPartner(ctx, partnerId);
    const period = await this.analytics.period(ctx, periodCode);
    return { period, reps: await this.analytics.repMetrics(ctx, pid, period) };
  }

  async leaderboard(
    ctx: RequestContext,
    periodCode: string,
    filter: PartnerFilter,
    sort: Metric,
    descending: boolean,
  ) {
    const period = await this.analytics.period(ctx, periodCode);
    const partners = await this.analytics.partners(ctx, filter);
    const values = await this.analytics.partnerMetrics(
      ctx,
      partners.map((p) => p.id),
      [period],
    );
    const rows = this.analytics.sortByMetric(
      partners.map((p) => ({ ...p, values: values.get(p.id)![0] })),
      sort,
      descending,
    );
    return { period, rows: rows.map((r, i) => ({ ...r, rank: i + 1 })) };
  }

  async funnel(ctx: RequestContext, periodCode: string, filter: PartnerFilter) {
    const period = await this.analytics.period(ctx, periodCode);
    const partners = await this.analytics.partners(ctx, filter);
    const values = await this.analytics.selectionMetrics(
      ctx,
      partners.map((p) => p.id),
      period,
    );
    return {
      period,
      partners: partners.length,
      values,
      stages: FUNNEL.map((metric) => ({
        metric,
        label: METRICS[metric].label,
        count: Number(values[metric] ?? 0),
      })),
    };
  }

  async closedLoop(
    ctx: RequestContext,
    periodCode: string,
    grouping: ClosedLoopGrouping,
    filter: PartnerFilter,
  ) {
    const period = await this.analytics.period(ctx, periodCode);
    const partners = await this.analytics.partners(ctx, filter);
    // The vendor pool belongs to the whole channel: only an unfiltered vendor-wide view shows it.
    const wholeChannel =
      ctx.role !== Role.CHANNEL_MANAGER &&
      !filter.tierIds?.length &&
      !filter.regions?.length &&
      !filter.typeIds?.length &&
      !filter.channelManagerId &&
      !filter.partnerIds?.length &&
      !filter.search?.trim();
    const rows = await this.analytics.closedLoop(
      ctx,
      partners.map((p) => p.id),
      wholeChannel,
      period,
      grouping,
    );
    return { period, rows };
  }
}
