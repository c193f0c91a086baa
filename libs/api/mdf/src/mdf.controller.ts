import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Permission } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  DbService,
  RequestContext,
  RequestTransactionInterceptor,
} from '@tandem/api-core';
import { ContentStorage, disposition, UploadReceiver } from '@tandem/api-content';
import { MdfClaimFile } from './mdf.entities';
import { MdfService } from './mdf.service';

/** Proof files of MDF claims: uploaded with the content library's rules, read by those in scope. */
@Controller('api/mdf')
export class MdfController {
  constructor(
    private readonly mdf: MdfService,
    private readonly uploads: UploadReceiver,
    private readonly storage: ContentStorage,
    private readonly db: DbService,
  ) {}

  /**
   * Adds a proof file (multipart `file`) to the caller's open claim. The row and the stored file
   * appear together or not at all.
   */
  @Post('claims/:id/files')
  @HttpCode(201)
  @Allow(Permission.MdfRequest)
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) claimId: string,
    @Req() req: Request,
  ): Promise<{ file: MdfClaimFile }> {
    const received = await this.uploads.receive(req, { metadata: 'optional' });
    const id = randomUUID();
    let moved = false;
    try {
      await ctx.begin(this.db);
      const file = await this.mdf.addClaimFile(ctx, claimId, {
        id,
        fileName: received.fileName,
        contentType: received.type.mime,
        sizeBytes: received.sizeBytes,
      });
      await this.storage.putFromTemp(file.storageKey, received.tempPath);
      moved = true;
      await ctx.finish('commit');
      return { file };
    } catch (err) {
      await ctx.finish('rollback').catch(() => undefined);
      await this.storage.remove(received.tempPath);
      if (moved) await this.storage.removeKey(id);
      throw err;
    }
  }

  @Get('files/:id')
  @Allow(Permission.MdfRead)
  @UseInterceptors(RequestTransactionInterceptor)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.mdf.claimFile(ctx, id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(await this.storage.read(file.storageKey), {
      type: file.contentType,
      disposition: disposition('attachment', file.fileName),
      length: file.sizeBytes,
    });
  }
}
