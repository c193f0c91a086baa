import { Controller, Get, Header, Query, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { Permission } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  RequestContext,
  RequestTransactionInterceptor,
  ValidationError,
} from '@tandem/api-core';
import { IncentivesService } from './incentives.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Approved payouts of a closed plan as CSV, for the finance system. */
@Controller('api/incentives')
@UseInterceptors(RequestTransactionInterceptor)
export class IncentivesExportController {
  constructor(private readonly incentives: IncentivesService) {}

  @Get('payouts.csv')
  @Allow(Permission.IncentiveReview)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async payouts(
    @Ctx() ctx: RequestContext,
    @Query('planId') planId: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (!planId || !UUID.test(planId))
      throw ValidationError.field('planId', 'Add the plan id to the address.');
    const { plan, rows } = await this.incentives.approvedPayouts(ctx, planId);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="payouts-${plan.periodCode}-${plan.id.slice(0, 8)}.csv"`,
    );
    return stringify([
      [
        'Plan',
        'Period',
        'Partner',
        'Amount',
        'Marketing',
        'Sales',
        'Plan pays',
        'Reason',
        'Approved by',
        'Approved at',
      ],
      ...rows.map((r) => [
        plan.name,
        plan.periodCode,
        r.partner,
        r.amount,
        r.marketing,
        r.sales,
        r.earned,
        r.reason,
        r.decidedBy,
        new Date(r.decidedAt).toISOString(),
      ]),
    ]);
  }
}
