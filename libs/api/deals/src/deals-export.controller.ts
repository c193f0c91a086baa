import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DEAL_STATUS_LABELS, DealStatus, Permission } from '@tandem/shared-domain';
import {
  Allow,
  CsvExportService,
  Ctx,
  RequestContext,
  queryList,
  queryOne,
  validatedQuery,
} from '@tandem/api-core';
import type { CsvColumn, QueryParams } from '@tandem/api-core';
import { DealFilterInput } from './deal.inputs';
import { DealsService } from './deals.service';

interface DealCsvRow {
  number: number;
  status: DealStatus;
  partner: string | null;
  registered_by_label: string;
  company_name: string;
  domain: string | null;
  country: string;
  contact_name: string;
  contact_email: string;
  products: string | null;
  currency: string;
  amount: string;
  expected_close_on: string | null;
  has_conflicts: boolean;
  submitted_at: Date | null;
  decision_due_at: Date | null;
  approved_at: Date | null;
  expires_at: Date | null;
  closed_on: string | null;
  final_amount: string | null;
  reason: string | null;
  updated_at: Date;
}

const COLUMNS: CsvColumn<DealCsvRow>[] = [
  { header: 'Registration', value: (r) => `DR-${String(r.number).padStart(6, '0')}` },
  { header: 'Status', value: (r) => DEAL_STATUS_LABELS[r.status] ?? r.status },
  { header: 'Partner', value: (r) => r.partner },
  { header: 'Registered by', value: (r) => r.registered_by_label },
  { header: 'Company', value: (r) => r.company_name },
  { header: 'Domain', value: (r) => r.domain },
  { header: 'Country', value: (r) => r.country },
  { header: 'Contact name', value: (r) => r.contact_name },
  { header: 'Contact email', value: (r) => r.contact_email },
  { header: 'Products', value: (r) => r.products },
  { header: 'Currency', value: (r) => r.currency },
  { header: 'Amount', value: (r) => r.amount },
  { header: 'Expected close', value: (r) => r.expected_close_on },
  { header: 'Conflicts', value: (r) => (r.has_conflicts ? 'yes' : 'no') },
  { header: 'Submitted at', value: (r) => r.submitted_at },
  { header: 'Decision due at', value: (r) => r.decision_due_at },
  { header: 'Approved at', value: (r) => r.approved_at },
  { header: 'Protection expires at', value: (r) => r.expires_at },
  { header: 'Closed on', value: (r) => r.closed_on },
  { header: 'Final amount', value: (r) => r.final_amount },
  { header: 'Reason', value: (r) => r.reason },
  { header: 'Updated at', value: (r) => r.updated_at },
];

/**
 * `GET /api/exports/registrations.csv`: the deal registrations list as a streamed CSV, with the
 * list screen's filters (view, status, partnerId, search, conflictsOnly) and the same scope.
 */
@Controller('api/exports')
export class DealsExportController {
  constructor(
    private readonly deals: DealsService,
    private readonly csv: CsvExportService,
  ) {}

  @Get('registrations.csv')
  @Allow(Permission.DealRead)
  async registrationsCsv(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const conflicts = queryOne(q, 'conflictsOnly');
    const filter = await validatedQuery(DealFilterInput, {
      view: queryOne(q, 'view') ?? 'ALL',
      statuses: queryList(q, 'status'),
      partnerId: queryOne(q, 'partnerId'),
      search: queryOne(q, 'search'),
      // true/false as the list screen sends them; anything else reaches the validator as is
      conflictsOnly: conflicts === 'true' ? true : conflicts === 'false' ? false : conflicts,
    });
    await this.csv.send<DealCsvRow>(ctx, res, () => {
      const [sql, params] = this.deals
        .filtered(ctx, filter)
        .select([
          'd.number AS number',
          'd.status AS status',
          'd.registered_by_label AS registered_by_label',
          'd.company_name AS company_name',
          'd.domain AS domain',
          'd.country AS country',
          'd.contact_name AS contact_name',
          'd.contact_email AS contact_email',
          'd.currency AS currency',
          'd.amount AS amount',
          'd.expected_close_on::text AS expected_close_on',
          'd.has_conflicts AS has_conflicts',
          'd.submitted_at AS submitted_at',
          'd.decision_due_at AS decision_due_at',
          'd.approved_at AS approved_at',
          'd.expires_at AS expires_at',
          'd.closed_on::text AS closed_on',
          'd.final_amount AS final_amount',
          'd.updated_at AS updated_at',
        ])
        .addSelect('(SELECT p.name FROM partner p WHERE p.id = d.partner_id)', 'partner')
        .addSelect(
          `(SELECT string_agg(pr.name || ' × ' || dl.quantity, '; ' ORDER BY dl.position)
            FROM deal_line dl JOIN product pr ON pr.id = dl.product_id WHERE dl.deal_id = d.id)`,
          'products',
        )
        .addSelect('(SELECT rc.label FROM reason_code rc WHERE rc.id = d.reason_code_id)', 'reason')
        .getQueryAndParameters();
      return { filename: 'registrations', columns: COLUMNS, sql, params };
    });
  }
}
