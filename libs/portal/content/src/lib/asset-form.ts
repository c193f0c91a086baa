import { AssetType, type FunnelStage } from '@tandem/shared-domain';

/** File types the API accepts for uploads. */
export const ALLOWED_EXTENSIONS = [
  '.pdf',
  '.pptx',
  '.docx',
  '.xlsx',
  '.png',
  '.jpg',
  '.jpeg',
  '.mp4',
  '.html',
  '.txt',
  '.md',
] as const;

export const TEMPLATE_EXTENSIONS = ['.html', '.txt', '.md'] as const;

export interface AssetFormValues {
  title: string;
  description: string;
  type: AssetType;
  personaIds: string[];
  /** '' = no stage. */
  funnelStage: string;
  /** '' = every tier. */
  minTierId: string;
  /** `datetime-local` values; '' = not set. */
  publishAt: string;
  expiresAt: string;
  url: string;
}

export const ASSET_FORM_FIELDS = [
  'title',
  'description',
  'type',
  'personaIds',
  'funnelStage',
  'minTierId',
  'publishAt',
  'expiresAt',
  'url',
  'file',
] as const;

/** The metadata every asset carries, as the API wants it (upload, link and update alike). */
export interface AssetMetadata {
  title: string;
  description: string;
  type: AssetType;
  personaIds: string[];
  funnelStage: FunnelStage | null;
  minTierId: string | null;
  publishAt: string | null;
  expiresAt: string | null;
}

/** A `datetime-local` value (local time) as an ISO instant, or null when empty or invalid. */
export function localToIso(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
export function isoToLocal(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

export function buildAssetMetadata(values: AssetFormValues): AssetMetadata {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    type: values.type,
    personaIds: values.personaIds,
    funnelStage: (values.funnelStage || null) as FunnelStage | null,
    minTierId: values.minTierId || null,
    publishAt: localToIso(values.publishAt),
    expiresAt: localToIso(values.expiresAt),
  };
}

/** The `metadata` part of the multipart upload: a JSON string. */
export function buildUploadMetadata(values: AssetFormValues): string {
  return JSON.stringify(buildAssetMetadata(values));
}

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isTemplateFile(name: string): boolean {
  return (TEMPLATE_EXTENSIONS as readonly string[]).includes(fileExtension(name));
}

/** A title suggestion from a file name: "audit-readiness_battlecard.pdf" → "Audit readiness battlecard". */
export function titleFromFileName(name: string): string {
  const base = name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return base ? base[0].toUpperCase() + base.slice(1) : '';
}

export function emptyAssetValues(): AssetFormValues {
  return {
    title: '',
    description: '',
    type: AssetType.OTHER,
    personaIds: [],
    funnelStage: '',
    minTierId: '',
    publishAt: isoToLocal(new Date().toISOString()),
    expiresAt: '',
    url: '',
  };
}

export function validateAssetForm(
  values: AssetFormValues,
  mode: 'file' | 'link' | 'edit-file' | 'edit-link',
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.title.trim().length < 2)
    errors.title = 'Give the asset a title (at least 2 characters).';
  if ((mode === 'link' || mode === 'edit-link') && !/^https?:\/\/\S+$/i.test(values.url.trim()))
    errors.url = 'Enter a full link starting with https://.';
  const publish = localToIso(values.publishAt);
  const expires = localToIso(values.expiresAt);
  if (publish && expires && expires <= publish)
    errors.expiresAt = 'The expiry must come after the publication date.';
  return errors;
}
