type ParamValue = string | number | boolean | null | undefined | readonly string[];

/**
 * The address of a streamed CSV export with the screen's current filters as query parameters
 * (lists comma-separated, empty values left out), for a plain download link.
 */
export function csvExportHref(path: string, params: Record<string, ParamValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
