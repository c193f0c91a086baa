import { describe, expect, it } from 'vitest';
import { dateRangeFilter } from './report-range';

describe('dateRangeFilter', () => {
  it('covers whole days, local time', () => {
    expect(dateRangeFilter('2026-03-01', '2026-03-02')).toEqual({
      from: new Date('2026-03-01T00:00:00').toISOString(),
      to: new Date('2026-03-03T00:00:00').toISOString(),
    });
  });
  it('leaves out empty or broken ends', () => {
    expect(dateRangeFilter('', 'nope')).toEqual({});
  });
});
