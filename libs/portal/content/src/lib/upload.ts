import { csrfHeaders } from '@tandem/portal-data-access';
import { describeApiError, type FieldError } from '@tandem/portal-ui';

export const UPLOAD_URL = '/api/content/assets';

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldError[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

interface RawErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; fields?: unknown } }[];
}

/** Turns the REST error body into an UploadError (same words as GraphQL errors). */
export function parseUploadError(status: number, bodyText: string): UploadError {
  let body: RawErrorBody | null = null;
  try {
    body = JSON.parse(bodyText) as RawErrorBody;
  } catch {
    body = null;
  }
  const raw = body?.errors?.[0];
  if (raw) {
    const code = typeof raw.extensions?.code === 'string' ? raw.extensions.code : '';
    const fields = Array.isArray(raw.extensions?.fields)
      ? (raw.extensions.fields as unknown[]).filter(
          (f): f is FieldError =>
            typeof f === 'object' &&
            f !== null &&
            typeof (f as FieldError).field === 'string' &&
            typeof (f as FieldError).message === 'string',
        )
      : [];
    const message =
      code && code !== 'INTERNAL_SERVER_ERROR' && typeof raw.message === 'string'
        ? raw.message
        : describeApiError(null).message;
    return new UploadError(message, code || 'INTERNAL_SERVER_ERROR', fields, status);
  }
  if (status === 413)
    return new UploadError('The file is too large to upload.', 'PAYLOAD_TOO_LARGE', [], status);
  return new UploadError(describeApiError(null).message, 'INTERNAL_SERVER_ERROR', [], status);
}

export interface UploadOptions {
  metadata: string;
  file: File;
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Uploads a file asset with progress; resolves with the created asset's id. */
export async function uploadAsset({
  metadata,
  file,
  onProgress,
  signal,
}: UploadOptions): Promise<{ id: string }> {
  const headers = await csrfHeaders();
  const data = new FormData();
  data.append('metadata', metadata);
  data.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_URL);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          const body = JSON.parse(xhr.responseText) as { asset?: { id?: string } };
          if (body.asset?.id) return resolve({ id: body.asset.id });
        } catch {
          // fall through
        }
      }
      reject(parseUploadError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () =>
      reject(new UploadError(describeApiError(new TypeError('x')).message, 'NETWORK', [], 0));
    xhr.onabort = () => reject(new UploadError('The upload was cancelled.', 'ABORTED', [], 0));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(data);
  });
}
