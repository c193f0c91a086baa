import { describe, expect, it } from '@jest/globals';
import { PeriodKind } from '@tandem/shared-domain';
import { nextPeriod, parsePeriod, periodContaining, periodsUpTo } from './periods';

const JAN = { fiscalYearStartMonth: 1, timeZone: 'UTC' };
const JUL_BERLIN = { fiscalYearStartMonth: 7, timeZone: 'Europe/Berlin' };

describe('reporting periods', () => {
  it('reads calendar-year quarters, years and months', () => {
    expect(parsePeriod('FY2026-Q2', JAN)).toMatchObject({
      kind: PeriodKind.QUARTER,
      start: new Date('2026-04-01T00:00:00Z'),
      end: new Date('2026-07-01T00:00:00Z'),
      label: 'FY2026 Q2 (Apr–Jun 2026)',
    });
    expect(parsePeriod('fy2026', JAN)).toMatchObject({
      code: 'FY2026',
      start: new Date('2026-01-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(parsePeriod('2026-02', JAN)).toMatchObject({
      code: '2026-02',
      label: 'February 2026',
      end: new Date('2026-03-01T00:00:00Z'),
    });
  });

  it('names a fiscal year after the year it ends in, with boundaries in the vendor time zone', () => {
    const fy = parsePeriod('FY2027', JUL_BERLIN);
    expect(fy?.start).toEqual(new Date('2026-06-30T22:00:00Z')); // 1 July 2026, CEST
    expect(fy?.end).toEqual(new Date('2027-06-30T22:00:00Z'));
    expect(fy?.label).toBe('FY2027 (Jul 2026 – Jun 2027)');
    const q3 = parsePeriod('FY2027-Q3', JUL_BERLIN);
    expect(q3?.start).toEqual(new Date('2026-12-31T23:00:00Z')); // 1 January 2027, CET
    expect(q3?.label).toBe('FY2027 Q3 (Jan–Mar 2027)');
  });

  it('finds the period containing an instant', () => {
    const at = new Date('2026-11-23T12:00:00Z');
    expect(periodContaining(at, PeriodKind.QUARTER, JAN).code).toBe('FY2026-Q4');
    expect(periodContaining(at, PeriodKind.QUARTER, JUL_BERLIN).code).toBe('FY2027-Q2');
    expect(periodContaining(at, PeriodKind.YEAR, JUL_BERLIN).code).toBe('FY2027');
    expect(periodContaining(at, PeriodKind.MONTH, JUL_BERLIN).code).toBe('2026-11');
    // Just before midnight UTC on 31 December is already 1 January in Berlin.
    expect(
      periodContaining(new Date('2026-12-31T23:30:00Z'), PeriodKind.QUARTER, JUL_BERLIN).code,
    ).toBe('FY2027-Q3');
  });

  it('walks back and forward across fiscal years', () => {
    const q1 = parsePeriod('FY2027-Q1', JUL_BERLIN)!;
    expect(periodsUpTo(q1, 3, JUL_BERLIN).map((p) => p.code)).toEqual([
      'FY2026-Q2',
      'FY2026-Q3',
      'FY2026-Q4',
      'FY2027-Q1',
    ]);
    expect(nextPeriod(parsePeriod('FY2026-Q4', JAN)!, JAN).code).toBe('FY2027-Q1');
  });

  it('rejects codes it does not know', () => {
    for (const code of ['2026-13', 'FY26', 'FY2026-Q5', 'Q1 2026', '']) {
      expect(parsePeriod(code, JAN)).toBeNull();
    }
  });
});
