import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@tandem/shared-domain';
import {
  Allow,
  CsvExportService,
  Ctx,
  RequestContext,
  queryOne,
  validatedQuery,
} from '@tandem/api-core';
import type { CsvColumn, QueryParams } from '@tandem/api-core';
import { DownloadFilterInput } from './content.inputs';
import { ContentService } from './content.service';

interface DownloadCsvRow {
  at: Date;
  item_title: string;
  kind: 'Asset' | 'Kit';
  user_label: string;
  partner: string | null;
}

const COLUMNS: CsvColumn<DownloadCsvRow>[] = [
  { header: 'Downloaded at', value: (r) => r.at },
  { header: 'Item', value: (r) => r.item_title },
  { header: 'Kind', value: (r) => r.kind },
  { header: 'Downloaded by', value: (r) => r.user_label },
  { header: 'Partner', value: (r) => r.partner },
];

/**
 * `GET /api/exports/downloads.csv`: every download behind the content download report, newest
 * first, with its filters (from, to, partnerId, assetId, kitId) and scope, streamed.
 */
@Controller('api/exports')
export class DownloadsExportController {
  constructor(
    private readonly content: ContentService,
    private readonly csv: CsvExportService,
  ) {}

  @Get('downloads.csv')
  @Allow(Permission.ContentRead)
  async downloadsCsv(
    @Ctx() ctx: RequestContext,
    @Query() q: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const filter = await validatedQuery(DownloadFilterInput, {
      from: queryOne(q, 'from'),
      to: queryOne(q, 'to'),
      partnerId: queryOne(q, 'partnerId'),
      assetId: queryOne(q, 'assetId'),
      kitId: queryOne(q, 'kitId'),
    });
    await this.csv.send<DownloadCsvRow>(ctx, res, () => {
      const [sql, params] = this.content
        .scopedDownloads(ctx, filter)
        .select([
          'd.at AS at',
          'd.item_title AS item_title',
          'd.user_label AS user_label',
          `CASE WHEN d.kit_id IS NULL THEN 'Asset' ELSE 'Kit' END AS kind`,
        ])
        .addSelect('(SELECT p.name FROM partner p WHERE p.id = d.partner_id)', 'partner')
        .orderBy('d.at', 'DESC')
        .addOrderBy('d.id', 'DESC')
        .getQueryAndParameters();
      return { filename: 'content-downloads', columns: COLUMNS, sql, params };
    });
  }
}
