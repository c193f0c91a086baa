import {
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  NotFoundError,
  RequestContext,
  RequestTransactionInterceptor,
} from '@tandem/api-core';
import { PersonaVersion } from './persona.entity';
import { PersonasService } from './personas.service';
import { renderPersonaSheet } from './persona-sheet';

@Controller('api/personas')
@UseInterceptors(RequestTransactionInterceptor)
export class PersonaSheetController {
  constructor(private readonly personas: PersonasService) {}

  /** The persona sheet of the latest (or a given) published version, as print-ready HTML. */
  @Get(':id/sheet')
  @Allow(Permission.PersonaRead)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; img-src https:",
  )
  async sheet(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
    @Query('version') versionParam?: string,
    @Query('download') download?: string,
  ): Promise<string> {
    const persona = await this.personas.get(ctx, id);
    const number = versionParam ? Number(versionParam) : persona.publishedVersion;
    if (!number || !Number.isInteger(number)) throw new NotFoundError('Published version');
    const version = await ctx.em.findOne(PersonaVersion, { where: { personaId: id, number } });
    if (!version) throw new NotFoundError('Published version');
    const slug =
      version.content.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'persona';
    res.type('html');
    res.setHeader(
      'Content-Disposition',
      `${download ? 'attachment' : 'inline'}; filename="${slug}-v${number}.html"`,
    );
    return renderPersonaSheet(version.content, number, version.publishedAt);
  }
}
