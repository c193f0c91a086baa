import { Injectable } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AppConfig, ValidationError } from '@tandem/api-core';
import { ContentStorage } from './content-storage';
import { ALLOWED_EXTENSIONS, AllowedType, safeFileName, typeFor } from './file-rules';

export interface ReceivedUpload {
  metadata: unknown;
  tempPath: string;
  fileName: string;
  type: AllowedType;
  sizeBytes: number;
}

const HEAD_BYTES = 4096;

/**
 * Streams a multipart upload (a `metadata` JSON field and one `file`) to a temporary file without
 * holding it in memory, enforcing the size limit and the type allow-list. On any problem the
 * temporary file is removed and a ValidationError names what to fix.
 */
@Injectable()
export class UploadReceiver {
  constructor(
    private readonly config: AppConfig,
    private readonly storage: ContentStorage,
  ) {}

  /** `metadata: 'optional'` accepts an upload without the JSON field (proof files, for example). */
  async receive(
    req: Request,
    options: { metadata: 'required' | 'optional' } = { metadata: 'required' },
  ): Promise<ReceivedUpload> {
    if (!req.headers['content-type']?.startsWith('multipart/form-data')) {
      throw ValidationError.field('file', 'Send the file as multipart/form-data.');
    }
    const maxBytes = this.config.content.maxUploadBytes;
    const tempPath = await this.storage.tempPath(`${randomUUID()}.part`);
    let metadataText: string | undefined;
    let fileName: string | undefined;
    let sizeBytes = 0;
    let head = Buffer.alloc(0);
    let truncated = false;
    let sawFile = false;
    let writing: Promise<void> | undefined;
    let problem: ValidationError | undefined;

    try {
      await new Promise<void>((resolve, reject) => {
        let parser: busboy.Busboy;
        try {
          parser = busboy({
            headers: req.headers,
            limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 64 * 1024 },
          });
        } catch {
          reject(
            ValidationError.field(
              'file',
              'The upload could not be read. Send it as multipart/form-data.',
            ),
          );
          return;
        }
        parser.on('field', (name, value) => {
          if (name === 'metadata') metadataText = value;
        });
        parser.on('file', (_name, stream, info) => {
          if (sawFile) {
            stream.resume();
            return;
          }
          sawFile = true;
          fileName = safeFileName(info.filename ?? '');
          if (!typeFor(fileName)) {
            problem = ValidationError.field(
              'file',
              `Files of this type cannot be uploaded. Allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`,
            );
            stream.resume();
            return;
          }
          stream.on('limit', () => {
            truncated = true;
          });
          const counter = new Transform({
            transform(chunk: Buffer, _enc, done) {
              sizeBytes += chunk.length;
              if (head.length < HEAD_BYTES)
                head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
              done(null, chunk);
            },
          });
          writing = pipeline(stream, counter, createWriteStream(tempPath));
          writing.catch(() => undefined);
        });
        parser.on('error', () =>
          reject(ValidationError.field('file', 'The upload was malformed. Try again.')),
        );
        parser.on('close', () => resolve());
        req.on('aborted', () =>
          reject(ValidationError.field('file', 'The upload was interrupted. Try again.')),
        );
        req.pipe(parser);
      });
      if (writing) await writing;
      if (problem) throw problem;
      if (!sawFile || !fileName) throw ValidationError.field('file', 'Choose a file to upload.');
      if (truncated) {
        throw ValidationError.field(
          'file',
          `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the upload limit.`,
        );
      }
      if (sizeBytes === 0) throw ValidationError.field('file', 'The file is empty.');
      const type = typeFor(fileName) as AllowedType;
      if (!type.matches(head)) {
        throw ValidationError.field(
          'file',
          `The file’s content does not look like a ${fileName.split('.').pop()?.toUpperCase()} file.`,
        );
      }
      let metadata: unknown = {};
      try {
        if (metadataText !== undefined || options.metadata === 'required')
          metadata = JSON.parse(metadataText ?? '');
      } catch {
        throw ValidationError.field(
          'metadata',
          'Send the asset’s details as JSON in the “metadata” field.',
        );
      }
      return { metadata, tempPath, fileName, type, sizeBytes };
    } catch (err) {
      await this.storage.remove(tempPath);
      throw err;
    }
  }
}
