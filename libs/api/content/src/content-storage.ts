import { Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppConfig } from '@tandem/api-core';

/**
 * Files on local disk under DATA_DIR/content, addressed by opaque keys (the asset id). Uploads
 * are written to `tmp/` first and moved into place only when their database row commits.
 */
@Injectable()
export class ContentStorage {
  constructor(private readonly config: AppConfig) {}

  get root(): string {
    return this.config.content.storageDir;
  }

  async tempPath(name: string): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, name);
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('Invalid storage key');
    return join(this.root, 'files', key);
  }

  async putFromTemp(key: string, tempPath: string): Promise<void> {
    await mkdir(join(this.root, 'files'), { recursive: true });
    await rename(tempPath, this.pathOf(key));
  }

  /** Writes a small file directly (demo data); uploads go through putFromTemp. */
  async write(key: string, content: Buffer): Promise<void> {
    await mkdir(join(this.root, 'files'), { recursive: true });
    await writeFile(this.pathOf(key), content);
  }

  read(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  readAll(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async size(key: string): Promise<number> {
    return (await stat(this.pathOf(key))).size;
  }

  async remove(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  async removeKey(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
