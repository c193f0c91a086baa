import { MERGE_FIELDS } from '@tandem/shared-domain';

export type MergeValues = Record<(typeof MERGE_FIELDS)[number]['key'], string>;

const FIELD = /\{\{\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\}\}/g;
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function hasMergeFields(text: string): boolean {
  FIELD.lastIndex = 0;
  const found = [...text.matchAll(FIELD)].some((m) => MERGE_FIELDS.some((f) => f.key === m[1]));
  return found;
}

/** Fills `{{partner.name}}`-style fields; values are HTML-escaped in HTML templates. Unknown fields stay. */
export function fillMergeFields(text: string, values: MergeValues, html: boolean): string {
  return text.replace(FIELD, (whole, key: string) => {
    if (!(key in values)) return whole;
    const value = values[key as keyof MergeValues];
    return html ? escapeHtml(value) : value;
  });
}
