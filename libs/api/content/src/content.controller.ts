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
import archiver from 'archiver';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AssetKind, Permission, PersonaStatus } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  DbService,
  RequestContext,
  RequestTransactionInterceptor,
  ValidationError,
} from '@tandem/api-core';
import { renderPersonaSheet, PersonaVersion, Persona, PersonasService } from '@tandem/api-personas';
import { ContentAsset } from './content.entities';
import { AssetInput } from './content.inputs';
import { ContentService } from './content.service';
import { ContentStorage } from './content-storage';
import { UploadReceiver } from './upload-receiver';
import { fillMergeFields, hasMergeFields, MergeValues } from './cobrand';
import { safeFileName, typeFor } from './file-rules';

const COBRAND_MAX_BYTES = 2 * 1024 * 1024;

/** A Content-Disposition header value that keeps any file name intact (RFC 6266). */
export function disposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

@Controller('api/content')
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly storage: ContentStorage,
    private readonly uploads: UploadReceiver,
    private readonly db: DbService,
    private readonly personas: PersonasService,
  ) {}

  /**
   * Uploads a file asset: multipart with a `metadata` JSON field (title, type, …) and a `file`.
   * The row and the file appear together or not at all.
   */
  @Post('assets')
  @HttpCode(201)
  @Allow(Permission.ContentManage)
  async upload(@Ctx() ctx: RequestContext, @Req() req: Request): Promise<{ asset: ContentAsset }> {
    const received = await this.uploads.receive(req);
    const id = randomUUID();
    let moved = false;
    try {
      // The same defaults GraphQL applies to AssetInput, then the same validation.
      const input = plainToInstance(AssetInput, {
        description: '',
        personaIds: [],
        ...(received.metadata as object),
      });
      const problems = await validate(input);
      if (problems.length) {
        throw new ValidationError(
          problems.map((p) => ({
            field: p.property,
            message: Object.values(p.constraints ?? {})[0] ?? 'Check this value.',
          })),
        );
      }
      let cobranded = false;
      if (received.type.text && received.sizeBytes <= COBRAND_MAX_BYTES) {
        cobranded = hasMergeFields(await readFile(received.tempPath, 'utf8'));
      }
      await ctx.begin(this.db);
      const asset = await this.content.createFile(ctx, id, {
        ...input,
        fileName: received.fileName,
        mimeType: received.type.mime,
        sizeBytes: received.sizeBytes,
        cobranded,
      });
      await this.storage.putFromTemp(id, received.tempPath);
      moved = true;
      await ctx.finish('commit');
      return { asset };
    } catch (err) {
      await ctx.finish('rollback').catch(() => undefined);
      await this.storage.remove(received.tempPath);
      if (moved) await this.storage.removeKey(id);
      throw err;
    }
  }

  @Get('assets/:id/download')
  @Allow(Permission.ContentRead)
  @UseInterceptors(RequestTransactionInterceptor)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const asset = await this.content.getAsset(ctx, id, true);
    await this.content.recordDownload(ctx, { assetId: asset.id, title: asset.title });
    if (asset.kind === AssetKind.LINK && asset.url) {
      res.redirect(302, asset.url);
      return undefined;
    }
    return this.send(ctx, asset, res, 'attachment');
  }

  /** Opens an asset in the browser; previews are not counted as downloads. */
  @Get('assets/:id/preview')
  @Allow(Permission.ContentRead)
  @UseInterceptors(RequestTransactionInterceptor)
  async preview(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const asset = await this.content.getAsset(ctx, id, true);
    if (asset.kind === AssetKind.LINK && asset.url) {
      res.redirect(302, asset.url);
      return undefined;
    }
    res.setHeader(
      'Content-Security-Policy',
      "sandbox; default-src 'none'; img-src https: data:; style-src 'unsafe-inline'",
    );
    return this.send(ctx, asset, res, 'inline');
  }

  /** One ZIP with the kit's assets (co-branded where they can be), the persona sheet and a readme. */
  @Get('kits/:id/download')
  @Allow(Permission.ContentRead)
  @UseInterceptors(RequestTransactionInterceptor)
  async downloadKit(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const kit = await this.content.getKit(ctx, id);
    const [assets = []] = await this.content.kitAssets(ctx, [id]);
    const merge = await this.mergeValues(ctx);
    const archive = archiver('zip', { zlib: { level: 6 } });
    const used = new Set<string>();
    const unique = (name: string) => {
      let candidate = name;
      for (let i = 2; used.has(candidate.toLowerCase()); i++)
        candidate = name.replace(/(\.[^.]*)?$/, ` (${i})$1`);
      used.add(candidate.toLowerCase());
      return candidate;
    };
    const links: string[] = [];
    for (const asset of assets) {
      if (asset.kind === AssetKind.LINK) {
        links.push(`${asset.title}: ${asset.url}`);
        continue;
      }
      const name = unique(safeFileName(asset.fileName ?? asset.title));
      if (asset.cobranded && merge) archive.append(await this.cobranded(asset, merge), { name });
      else archive.append(await this.storage.read(asset.storageKey ?? ''), { name });
    }
    if (kit.personaId) {
      const persona = await ctx.em.findOne(Persona, {
        where: { id: kit.personaId, status: PersonaStatus.PUBLISHED },
      });
      const version = persona?.publishedVersion
        ? await ctx.em.findOne(PersonaVersion, {
            where: { personaId: persona.id, number: persona.publishedVersion },
          })
        : null;
      if (version) {
        archive.append(renderPersonaSheet(version.content, version.number, version.publishedAt), {
          name: unique('persona-sheet.html'),
        });
      }
    }
    const readme = [
      kit.name,
      '',
      kit.description,
      '',
      ...(kit.talkingPoints.length
        ? ['Talking points:', ...kit.talkingPoints.map((p) => `- ${p}`), '']
        : []),
      ...(links.length ? ['Links:', ...links.map((l) => `- ${l}`), ''] : []),
    ].join('\n');
    archive.append(readme, { name: unique('README.txt') });
    await this.content.recordDownload(ctx, { kitId: kit.id, title: kit.name });
    // Whoever takes a persona's kit uses the persona: they hear about its next versions.
    if (kit.personaId) await this.personas.setFollow(ctx.em, kit.personaId, ctx.user.userId, true);
    void archive.finalize();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(archive, {
      type: 'application/zip',
      disposition: disposition('attachment', `${safeFileName(kit.name)}.zip`),
    });
  }

  private async send(
    ctx: RequestContext,
    asset: ContentAsset,
    res: Response,
    kind: 'attachment' | 'inline',
  ): Promise<StreamableFile> {
    const name = asset.fileName ?? 'file';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    const type = asset.mimeType ?? typeFor(name)?.mime ?? 'application/octet-stream';
    const merge = asset.cobranded ? await this.mergeValues(ctx) : null;
    if (merge) {
      const body = await this.cobranded(asset, merge);
      return new StreamableFile(body, {
        type,
        disposition: disposition(kind, name),
        length: body.length,
      });
    }
    return new StreamableFile(await this.storage.read(asset.storageKey ?? ''), {
      type,
      disposition: disposition(kind, name),
      length: asset.sizeBytes ?? undefined,
    });
  }

  private async cobranded(asset: ContentAsset, merge: MergeValues): Promise<Buffer> {
    const text = (await this.storage.readAll(asset.storageKey ?? '')).toString('utf8');
    return Buffer.from(
      fillMergeFields(text, merge, (asset.mimeType ?? '').startsWith('text/html')),
      'utf8',
    );
  }

  /** Merge values for a partner user; vendor staff get the template untouched. */
  private async mergeValues(ctx: RequestContext): Promise<MergeValues | null> {
    if (!ctx.partnerId) return null;
    const [partner] = await ctx.em.query(
      'SELECT name, website_domains, logo_url FROM partner WHERE id = $1',
      [ctx.partnerId],
    );
    const domain: string | undefined = partner?.website_domains?.[0];
    return {
      'partner.name': partner?.name ?? '',
      'partner.website': domain ? `https://${domain}` : '',
      'partner.logoUrl': partner?.logo_url ?? '',
      'user.name': ctx.user.name,
      'user.email': ctx.user.email,
    };
  }
}
