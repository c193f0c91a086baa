import { PERSONA_FIELDS } from '@tandem/shared-domain';
import { PersonaContent, fieldText } from './persona-content';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const SECTIONS = PERSONA_FIELDS.filter(
  (f) => !['name', 'summary', 'imageUrl', 'companySizeMin', 'companySizeMax'].includes(f.key),
);

function companySize(c: PersonaContent): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (c.companySizeMin && c.companySizeMax)
    return `${fmt(c.companySizeMin)}–${fmt(c.companySizeMax)} employees`;
  if (c.companySizeMin) return `${fmt(c.companySizeMin)}+ employees`;
  if (c.companySizeMax) return `up to ${fmt(c.companySizeMax)} employees`;
  return '';
}

/** A one-page, print-ready persona sheet (A4; the browser's "Save as PDF" makes the PDF). */
export function renderPersonaSheet(
  content: PersonaContent,
  version: number,
  publishedAt: Date,
): string {
  const sections = SECTIONS.map(({ key, label }) => {
    const items = fieldText(content, key);
    if (!items.length) return '';
    return `<section><h2>${escape(label)}</h2><ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul></section>`;
  }).join('');
  const size = companySize(content);
  const image = content.imageUrl ? `<img src="${escape(content.imageUrl)}" alt="" />` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<title>${escape(content.name)} — persona sheet v${version}</title>
<style>
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430; margin: 0; }
header { display: flex; gap: 12px; align-items: center; border-bottom: 2px solid #4c6ef5; padding-bottom: 8px; margin-bottom: 8px; }
header img { width: 56px; height: 56px; border-radius: 50%; object-fit: cover; }
h1 { font-size: 18pt; margin: 0; }
.meta { color: #5c6370; font-size: 9pt; }
.summary { margin: 0 0 8px; }
main { columns: 2; column-gap: 14px; }
section { break-inside: avoid; margin-bottom: 8px; }
h2 { font-size: 10.5pt; margin: 0 0 3px; color: #364fc7; text-transform: uppercase; letter-spacing: .03em; }
ul { margin: 0; padding-left: 16px; }
footer { margin-top: 8px; color: #868e96; font-size: 8pt; }
</style></head>
<body>
<header>${image}<div><h1>${escape(content.name)}</h1>
<div class="meta">${escape([size, content.regions.join(', ')].filter(Boolean).join(' · '))}</div></div></header>
${content.summary ? `<p class="summary">${escape(content.summary)}</p>` : ''}
<main>${sections}</main>
<footer>Version ${version}, published ${publishedAt.toISOString().slice(0, 10)} · Shared through Tandem</footer>
</body></html>`;
}
