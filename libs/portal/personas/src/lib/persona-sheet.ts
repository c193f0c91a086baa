/** The persona sheet (print-ready HTML) the API renders; `version` picks an older one. */
export function personaSheetUrl(
  id: string,
  options: { version?: number; download?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (options.version) params.set('version', String(options.version));
  if (options.download) params.set('download', '1');
  const query = params.toString();
  return `/api/personas/${encodeURIComponent(id)}/sheet${query ? `?${query}` : ''}`;
}
