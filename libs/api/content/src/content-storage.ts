import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AppConfig } from '@tandem/api-core';

/** Where finished content files live; uploads always land in a local temporary file first. */
interface FileStore {
  putFromFile(key: string, path: string): Promise<void>;
  write(key: string, content: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

const checkKey = (key: string) => {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('Invalid storage key');
  return key;
};

class LocalStore implements FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(key: string) {
    return join(this.dir, checkKey(key));
  }

  async putFromFile(key: string, path: string) {
    await mkdir(this.dir, { recursive: true });
    await rename(path, this.pathOf(key));
  }

  async write(key: string, content: Buffer) {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.pathOf(key), content);
  }

  async read(key: string) {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

class S3Store implements FileStore {
  constructor(
    readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async putFromFile(key: string, path: string) {
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checkKey(key),
        Body: createReadStream(path),
        ContentLength: size,
      }),
    );
    await rm(path, { force: true });
  }

  async write(key: string, content: Buffer) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: checkKey(key), Body: content }),
    );
  }

  async read(key: string) {
    const res = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }),
    );
    return res.Body as Readable;
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
  }
}

/**
 * Content files by opaque key (the asset id): on local disk under DATA_DIR/content/files, or in an
 * S3-compatible bucket (STORAGE_DRIVER=s3). Uploads are written to DATA_DIR/content/tmp first and
 * moved into the store only when their database row is about to commit.
 */
@Injectable()
export class ContentStorage implements OnModuleDestroy {
  private readonly store: FileStore;

  constructor(private readonly config: AppConfig) {
    const { driver, s3, storageDir } = config.content;
    this.store =
      driver === 's3'
        ? new S3Store(
            new S3Client({
              endpoint: s3.endpoint,
              region: s3.region,
              forcePathStyle: s3.forcePathStyle,
              // Many S3-compatible stores do not understand the SDK's default streaming checksums.
              requestChecksumCalculation: 'WHEN_REQUIRED',
              responseChecksumValidation: 'WHEN_REQUIRED',
              credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
            }),
            s3.bucket,
          )
        : new LocalStore(join(storageDir, 'files'));
  }

  get root(): string {
    return this.config.content.storageDir;
  }

  async tempPath(name: string): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, name);
  }

  putFromTemp(key: string, tempPath: string): Promise<void> {
    return this.store.putFromFile(key, tempPath);
  }

  /** Writes a small file directly (demo data); uploads go through putFromTemp. */
  write(key: string, content: Buffer): Promise<void> {
    return this.store.write(key, content);
  }

  read(key: string): Promise<Readable> {
    return this.store.read(key);
  }

  async readAll(key: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(key)) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }

  /** Removes a temporary file (never a stored one). */
  async remove(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  removeKey(key: string): Promise<void> {
    return this.store.remove(key);
  }

  onModuleDestroy(): void {
    if (this.store instanceof S3Store) this.store.client.destroy();
  }
}
