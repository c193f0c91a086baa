import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  LEAD_HANDOFF_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_STAGE_LABELS,
  LeadHandoff,
  LeadSource,
  LeadStage,
  Permission,
} from '@tandem/shared-domain';
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
import { LeadFilterInput } from './lead.inputs';
import { LeadsService } from './leads.service';

interface LeadCsvRow {
  id: string;
  contact_name: string;
  email: string;
  phone: string;
  title: string;
  company: string;
  domain: string;
  country: string | null;
  company_size: number | null;
  stage: LeadStage;
  source: LeadSource;
  handoff: LeadHandoff;
  priority: string;
  partner: string | null;
  rep: string | null;
  campaign: string | null;
  persona: string | null;
  mql_score: number | null;
  consent: boolean;
  stage_changed_at: Date;
  created_at: Date;
}

const COLUMNS: CsvColumn<LeadCsvRow>[] = [
  { header: 'Lead ID', value: (r) => r.id },
  { header: 'Contact name', value: (r) => r.contact_name },
  { header: 'Email', value: (r) => r.email },
  { header: 'Phone', value: (r) => r.phone },
  { header: 'Job title', value: (r) => r.title },
  { header: 'Company', value: (r) => r.company },
  { header: 'Domain', value: (r) => r.domain },
  { header: 'Country', value: (r) => r.country },
  { header: 'Company size', value: (r) => r.company_size },
  { header: 'Stage', value: (r) => LEAD_STAGE_LABELS[r.stage] ?? r.stage },
  { header: 'Source', value: (r) => LEAD_SOURCE_LABELS[r.source] ?? r.source },
  { header: 'Hand-off', value: (r) => LEAD_HANDOFF_LABELS[r.handoff] ?? r.handoff },
  { header: 'Priority', value: (r) => r.priority },
  { header: 'Partner', value: (r) => r.partner },
  { header: 'Sales rep', value: (r) => r.rep },
  { header: 'Campaign', value: (r) => r.campaign },
  { header: 'Persona', value: (r) => r.persona },
  { header: 'MQL score', value: (r) => r.mql_score },
  { header: 'Consent', value: (r) => (r.consent ? 'yes' : 'no') },
  { header: 'Stage changed at', value: (r) => r.stage_changed_at },
  { header: 'Created at', value: (r) => r.created_at },
];

/**
 * `GET /api/exports/leads.csv`: the leads list as a streamed CSV, with the list screen's filters
 * (view, stage, source, partnerId, campaignId, search) and the same scope, so the file holds exactly
 * the rows the screen pages through.
 */
@Controller('api/exports')
export class LeadsExportController {
  constructor(
    private readonly leads: LeadsService,
    private readonly csv: CsvExportService,
  ) {}

  @Get('leads.csv')
  @Allow(Permission.LeadRead)
  async leadsCsv(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const filter = await validatedQuery(LeadFilterInput, {
      view: queryOne(q, 'view') ?? 'ALL',
      stages: queryList(q, 'stage'),
      sources: queryList(q, 'source'),
      partnerId: queryOne(q, 'partnerId'),
      campaignId: queryOne(q, 'campaignId'),
      search: queryOne(q, 'search'),
    });
    await this.csv.send<LeadCsvRow>(ctx, res, () => {
      const [sql, params] = this.leads
        .filtered(ctx, filter)
        .select([
          'l.id AS id',
          'l.contact_name AS contact_name',
          'l.email AS email',
          'l.phone AS phone',
          'l.title AS title',
          'l.company AS company',
          'l.domain AS domain',
          'l.country AS country',
          'l.company_size AS company_size',
          'l.stage AS stage',
          'l.source AS source',
          'l.handoff AS handoff',
          'l.priority AS priority',
          'l.mql_score AS mql_score',
          'l.consent AS consent',
          'l.stage_changed_at AS stage_changed_at',
          'l.created_at AS created_at',
        ])
        .addSelect('(SELECT p.name FROM partner p WHERE p.id = l.partner_id)', 'partner')
        .addSelect('(SELECT u.name FROM app_user u WHERE u.id = l.assigned_user_id)', 'rep')
        .addSelect('(SELECT c.name FROM campaign c WHERE c.id = l.campaign_id)', 'campaign')
        .addSelect('(SELECT pe.name FROM persona pe WHERE pe.id = l.persona_id)', 'persona')
        .getQueryAndParameters();
      return { filename: 'leads', columns: COLUMNS, sql, params };
    });
  }
}
