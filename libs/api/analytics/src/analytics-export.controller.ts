import { Controller, Get, Header, Query, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import {
  ClosedLoopGrouping,
  GOAL_SIDE_LABELS,
  GOAL_STATUS_LABELS,
  Metric,
  METRIC_LIST,
  METRICS,
  Permission,
} from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  RequestContext,
  queryOne,
  queryRequired,
  RequestTransactionInterceptor,
  ValidationError,
} from '@tandem/api-core';
import { partnerFilterOf } from './partner-filter-query';
import type { QueryParams } from '@tandem/api-core';
import { GoalsService } from './goals.service';
import { ReportsService } from './reports.service';

/**
 * CSV downloads of every analytics table, built by the same report functions as the screens, so a
 * spreadsheet shows exactly the numbers the portal does (exact decimals, rates as shares).
 */
@Controller('api/analytics')
@UseInterceptors(RequestTransactionInterceptor)
export class AnalyticsExportController {
  constructor(
    private readonly reports: ReportsService,
    private readonly goals: GoalsService,
  ) {}

  @Get('scorecard.csv')
  @Allow(Permission.AnalyticsRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async scorecard(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const trend = Number(queryOne(q, 'trend') ?? '0');
    if (!Number.isInteger(trend) || trend < 0 || trend > 12)
      throw ValidationError.field('trend', 'Ask for 0 to 12 earlier periods.');
    const card = await this.reports.scorecard(
      ctx,
      queryOne(q, 'partnerId'),
      queryRequired(q, 'period'),
      trend,
    );
    attach(res, `scorecard-${card.period.code}.csv`);
    return csv(
      [
        'Metric',
        'Value',
        'Goal',
        'Owner',
        'Progress',
        'Status',
        ...card.trend.map((t) => t.period.code),
      ],
      card.lines.map((l) => [
        METRICS[l.metric].label,
        l.value,
        l.goal?.target,
        l.goal ? GOAL_SIDE_LABELS[l.goal.side] : null,
        l.goal?.progress,
        l.goal ? GOAL_STATUS_LABELS[l.goal.status] : null,
        ...card.trend.map((t) => t.values[l.metric]),
      ]),
    );
  }

  @Get('team.csv')
  @Allow(Permission.AnalyticsRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async team(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { period, reps } = await this.reports.team(
      ctx,
      queryOne(q, 'partnerId'),
      queryRequired(q, 'period'),
    );
    attach(res, `team-${period.code}.csv`);
    return csv(
      ['Rep', ...METRIC_LIST.map((m) => METRICS[m].label)],
      reps.map((r) => [r.name, ...METRIC_LIST.map((m) => r.values[m])]),
    );
  }

  @Get('goals.csv')
  @Allow(Permission.GoalRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async goalList(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { period, goals, objectives } = await this.goals.forPartner(
      ctx,
      queryOne(q, 'partnerId'),
      queryRequired(q, 'period'),
    );
    const titles = new Map(objectives.map((o) => [o.id, o.title]));
    attach(res, `goals-${period.code}.csv`);
    return csv(
      ['Metric', 'Target', 'Owner', 'Objective', 'Actual', 'Progress', 'Status'],
      goals.map((g) => [
        METRICS[g.metric].label,
        g.target,
        GOAL_SIDE_LABELS[g.side],
        g.objectiveId ? titles.get(g.objectiveId) : null,
        g.actual,
        g.progress,
        GOAL_STATUS_LABELS[g.status],
      ]),
    );
  }

  @Get('goal-overview.csv')
  @Allow(Permission.GoalManage)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async goalOverview(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { period, rows } = await this.goals.overview(
      ctx,
      queryRequired(q, 'period'),
      partnerFilterOf(q),
    );
    attach(res, `goal-overview-${period.code}.csv`);
    return csv(
      [
        'Partner',
        'Goals',
        'At risk',
        'Missed',
        'On track',
        'Achieved',
        'Not started',
        'Average progress',
      ],
      rows.map((r) => [
        r.name,
        r.goals,
        r.atRisk,
        r.missed,
        r.onTrack,
        r.achieved,
        r.upcoming,
        r.averageProgress,
      ]),
    );
  }

  @Get('leaderboard.csv')
  @Allow(Permission.ChannelAnalyticsRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async leaderboard(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const sort = (queryOne(q, 'sort') as Metric | undefined) ?? Metric.REVENUE_WON;
    if (!METRIC_LIST.includes(sort)) throw ValidationError.field('sort', 'Sort by a metric.');
    const board = await this.reports.leaderboard(
      ctx,
      queryRequired(q, 'period'),
      partnerFilterOf(q),
      sort,
      queryOne(q, 'descending') !== 'false',
    );
    attach(res, `leaderboard-${board.period.code}.csv`);
    return csv(
      ['Rank', 'Partner', ...METRIC_LIST.map((m) => METRICS[m].label)],
      board.rows.map((r) => [r.rank, r.name, ...METRIC_LIST.map((m) => r.values[m])]),
    );
  }

  @Get('funnel.csv')
  @Allow(Permission.ChannelAnalyticsRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async funnel(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const f = await this.reports.funnel(ctx, queryRequired(q, 'period'), partnerFilterOf(q));
    attach(res, `funnel-${f.period.code}.csv`);
    return csv(
      ['Metric', 'Value'],
      METRIC_LIST.map((m) => [METRICS[m].label, f.values[m]]),
    );
  }

  @Get('closed-loop.csv')
  @Allow(Permission.ChannelAnalyticsRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async closedLoop(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const groupBy = (queryOne(q, 'groupBy') ?? ClosedLoopGrouping.SOURCE) as ClosedLoopGrouping;
    if (!Object.values(ClosedLoopGrouping).includes(groupBy))
      throw ValidationError.field('groupBy', 'Group by SOURCE, CAMPAIGN, PERSONA or KIT.');
    const { period, rows } = await this.reports.closedLoop(
      ctx,
      queryRequired(q, 'period'),
      groupBy,
      partnerFilterOf(q),
    );
    attach(res, `closed-loop-${groupBy.toLowerCase()}-${period.code}.csv`);
    const withFunds = groupBy === ClosedLoopGrouping.CAMPAIGN;
    return csv(
      [
        'Group',
        'Leads',
        'SQLs',
        'Opportunities',
        'Deals won',
        'Revenue won',
        ...(withFunds ? ['MDF funds', 'Revenue per fund unit'] : []),
      ],
      rows.map((r) => [
        r.label,
        r.leads,
        r.sqls,
        r.opportunities,
        r.dealsWon,
        r.revenueWon,
        ...(withFunds ? [r.funds, r.revenuePerFund] : []),
      ]),
    );
  }
}

function csv(header: string[], rows: unknown[][]): string {
  return stringify([
    header,
    ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v)))),
  ]);
}

function attach(res: Response, filename: string) {
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}
