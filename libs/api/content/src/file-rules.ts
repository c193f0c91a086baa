import { extname } from 'node:path';

export interface AllowedType {
  mime: string;
  /** Text files may carry merge fields and are co-branded on download. */
  text: boolean;
  /** Checks the file's first bytes, so a renamed executable is not accepted as a PDF. */
  matches(head: Buffer): boolean;
}

const starts =
  (...bytes: number[]) =>
  (head: Buffer) =>
    bytes.every((b, i) => head[i] === b);
const zip = starts(0x50, 0x4b, 0x03, 0x04);
const ftyp = (head: Buffer) => head.subarray(4, 8).toString('latin1') === 'ftyp';
/** UTF-8 without NUL bytes (a character cut at the end of the sample is fine). */
const text = (head: Buffer) => {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/** The allow-list of uploadable files, by extension, each with its signature check. */
export const ALLOWED_TYPES: Record<string, AllowedType> = {
  '.pdf': { mime: 'application/pdf', text: false, matches: starts(0x25, 0x50, 0x44, 0x46) },
  '.pptx': {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    text: false,
    matches: zip,
  },
  '.docx': {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    text: false,
    matches: zip,
  },
  '.xlsx': {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    text: false,
    matches: zip,
  },
  '.png': { mime: 'image/png', text: false, matches: starts(0x89, 0x50, 0x4e, 0x47) },
  '.jpg': { mime: 'image/jpeg', text: false, matches: starts(0xff, 0xd8, 0xff) },
  '.jpeg': { mime: 'image/jpeg', text: false, matches: starts(0xff, 0xd8, 0xff) },
  '.mp4': { mime: 'video/mp4', text: false, matches: ftyp },
  '.html': { mime: 'text/html; charset=utf-8', text: true, matches: text },
  '.txt': { mime: 'text/plain; charset=utf-8', text: true, matches: text },
  '.md': { mime: 'text/markdown; charset=utf-8', text: true, matches: text },
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED_TYPES);

export function typeFor(fileName: string): AllowedType | undefined {
  return ALLOWED_TYPES[extname(fileName).toLowerCase()];
}

/** A name safe to put in a Content-Disposition header and a ZIP entry. */
export function safeFileName(name: string): string {
  const withoutControls = [...name].map((c) => (c.charCodeAt(0) < 0x20 ? '-' : c)).join('');
  const cleaned = withoutControls
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^\.+/, '')
    .trim();
  return cleaned.slice(-150) || 'file';
}
