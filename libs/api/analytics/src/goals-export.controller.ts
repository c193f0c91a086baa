import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  GOAL_SIDE_LABELS,
  GOAL_STATUS_LABELS,
  GoalSide,
  GoalStatus,
  Metric,
  METRICS,
  Permission,
} from '@tandem/shared-domain';
import { Allow, CsvExportService, Ctx, RequestContext, queryRequired } from '@tandem/api-core';
import type { CsvColumn, QueryParams } from '@tandem/api-core';
import { Goal, normalizeDecimal } from './analytics.entities';
import { partnerFilterOf } from './partner-filter-query';
import { AnalyticsService } from './analytics.service';
import { GoalsService } from './goals.service';

interface GoalCsvRow {
  partner: string;
  partnerId: string;
  metric: Metric;
  target: string;
  side: GoalSide;
  objective: string | null;
  note: string;
  actual?: string | null;
  expected?: string | null;
  progress?: number | null;
  status?: GoalStatus;
}

const COLUMNS: CsvColumn<GoalCsvRow>[] = [
  { header: 'Partner', value: (r) => r.partner },
  { header: 'Metric', value: (r) => METRICS[r.metric]?.label ?? r.metric },
  { header: 'Target', value: (r) => normalizeDecimal(r.target) },
  { header: 'Owner', value: (r) => GOAL_SIDE_LABELS[r.side] ?? r.side },
  { header: 'Objective', value: (r) => r.objective },
  { header: 'Actual', value: (r) => r.actual },
  { header: 'Expected by now', value: (r) => r.expected },
  { header: 'Progress', value: (r) => r.progress },
  { header: 'Status', value: (r) => (r.status ? GOAL_STATUS_LABELS[r.status] : null) },
  { header: 'Note', value: (r) => r.note },
];

/**
 * `GET /api/exports/goals.csv?period=FY2026-Q4`: every goal of the period for the partners in the
 * caller's scope (a partner user: their own partner), with actual, progress and status from the
 * metric layer — computed one fetched batch at a time, so the export never holds every goal.
 * Vendor staff may narrow the partners like the goal overview (tierId, region, typeId,
 * channelManagerId, partnerId, search).
 */
@Controller('api/exports')
export class GoalsExportController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly goals: GoalsService,
    private readonly csv: CsvExportService,
  ) {}

  @Get('goals.csv')
  @Allow(Permission.GoalRead)
  async goalsCsv(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const code = queryRequired(q, 'period');
    const filter = partnerFilterOf(q);
    await this.csv.send<GoalCsvRow>(ctx, res, async () => {
      const period = await this.analytics.period(ctx, code);
      const own = ctx.partnerId;
      const scope = own
        ? { where: 'p.id = $2', params: [own] }
        : this.analytics.partnerWhere(ctx, filter, 2);
      return {
        filename: `goals-${period.code}`,
        columns: COLUMNS,
        sql: `SELECT p.name AS partner, g.partner_id AS "partnerId", g.metric, g.target::text AS target,
                     g.side, o.title AS objective, g.note
              FROM goal g
              JOIN partner p ON p.id = g.partner_id
              LEFT JOIN objective o ON o.id = g.objective_id
              WHERE g.period_code = $1 AND ${scope.where}
              ORDER BY p.name, p.id, g.created_at, g.id`,
        params: [period.code, ...scope.params],
        enrich: async (rows) => {
          await this.goals.attachProgress(ctx, rows as unknown as Goal[], period);
          return rows;
        },
      };
    });
  }
}
