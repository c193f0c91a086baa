import { csrfHeaders } from '@tandem/portal-data-access';
import { describeApiError } from '@tandem/portal-ui';
import { proofUploadUrl } from './links';

/** File types the API takes as proof (the content library's upload rules). */
export const PROOF_EXTENSIONS = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.docx',
  '.xlsx',
  '.pptx',
  '.txt',
  '.md',
  '.html',
  '.mp4',
] as const;

export class ProofUploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ProofUploadError';
  }
}

interface RawErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; fields?: unknown } }[];
}

/** Turns the REST error body into words (the same ones GraphQL errors use). */
export function parseProofUploadError(status: number, bodyText: string): ProofUploadError {
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
      ? (raw.extensions.fields as { message?: unknown }[])
          .map((f) => (typeof f?.message === 'string' ? f.message : null))
          .filter((m): m is string => !!m)
      : [];
    const message =
      code && code !== 'INTERNAL_SERVER_ERROR'
        ? fields.length
          ? fields.join(' ')
          : typeof raw.message === 'string'
            ? raw.message
            : describeApiError(null).message
        : describeApiError(null).message;
    return new ProofUploadError(message, code || 'INTERNAL_SERVER_ERROR', status);
  }
  if (status === 413)
    return new ProofUploadError('The file is too large to upload.', 'PAYLOAD_TOO_LARGE', status);
  if (status === 404) return new ProofUploadError('This claim was not found.', 'NOT_FOUND', status);
  return new ProofUploadError(describeApiError(null).message, 'INTERNAL_SERVER_ERROR', status);
}

export interface UploadedProof {
  id: string;
  fileName: string;
}

/** Attaches one proof file to an open claim; resolves with the stored file. */
export async function uploadProof(claimId: string, file: File): Promise<UploadedProof> {
  const data = new FormData();
  data.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(proofUploadUrl(claimId), {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', ...(await csrfHeaders()) },
      body: data,
    });
  } catch (error) {
    throw new ProofUploadError(describeApiError(error).message, 'NETWORK', 0);
  }
  const text = await response.text();
  if (response.ok) {
    try {
      const body = JSON.parse(text) as { file?: { id?: unknown; fileName?: unknown } };
      if (typeof body.file?.id === 'string')
        return { id: body.file.id, fileName: String(body.file.fileName ?? file.name) };
    } catch {
      // fall through: an answer we do not understand
    }
  }
  throw parseProofUploadError(response.status, text);
}

const UNITS = ['KB', 'MB', 'GB'] as const;

/** "512 B", "1.5 MB": file sizes the way people read them (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}
