import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';

describe('formatDay', () => {
  it('prints the calendar date as given, whatever the time zone', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2026, 10, 20)));
    expect(formatDay('2026-11-20')).toBe(expected);
    expect(formatDay(String(Date.UTC(2026, 10, 20)))).toBe(expected);
    expect(formatDay(null)).toBe('—');
    expect(formatDay('soon')).toBe('soon');
  });
});
