/** A `YYYY-MM-DD` date-input range as the API's from/to instants (to = end of that day, local). */
export function dateRangeFilter(from: string, to: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) {
    const start = new Date(`${from}T00:00:00`);
    if (!Number.isNaN(start.getTime())) range.from = start.toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const end = new Date(`${to}T00:00:00`);
    if (!Number.isNaN(end.getTime())) {
      end.setDate(end.getDate() + 1);
      range.to = end.toISOString();
    }
  }
  return range;
}
