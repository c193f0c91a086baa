import { DateTime } from 'luxon';
import { PeriodKind } from '@tandem/shared-domain';

/** The vendor's reporting calendar: fiscal year start month (1–12) and time zone. */
export interface FiscalCalendar {
  fiscalYearStartMonth: number;
  timeZone: string;
}

/** A reporting period: [start, end) in the vendor's time zone. */
export interface PeriodRange {
  code: string;
  kind: PeriodKind;
  label: string;
  start: Date;
  end: Date;
}

const MONTHS = { [PeriodKind.MONTH]: 1, [PeriodKind.QUARTER]: 3, [PeriodKind.YEAR]: 12 };
const YEAR = /^FY(\d{4})$/;
const QUARTER = /^FY(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Period codes: `FY2027` (fiscal year), `FY2027-Q1` (fiscal quarter), `2026-07` (calendar month).
 * A fiscal year is named after the calendar year it ends in: with a July start, FY2027 runs from
 * July 2026 to June 2027; with a January start, FY2026 is the calendar year 2026.
 */
export function parsePeriod(code: string, cal: FiscalCalendar): PeriodRange | null {
  const c = code.trim().toUpperCase();
  let kind: PeriodKind;
  let start: DateTime;
  const y = YEAR.exec(c);
  const q = QUARTER.exec(c);
  const m = MONTH.exec(c);
  if (y || q) {
    const fy = Number((y ?? q)?.[1]);
    kind = y ? PeriodKind.YEAR : PeriodKind.QUARTER;
    start = fiscalYearStart(fy, cal).plus({ months: q ? 3 * (Number(q[2]) - 1) : 0 });
  } else if (m) {
    kind = PeriodKind.MONTH;
    start = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, zone(cal));
  } else {
    return null;
  }
  return build(kind, start, cal);
}

/** The period of a kind that contains an instant. */
export function periodContaining(at: Date, kind: PeriodKind, cal: FiscalCalendar): PeriodRange {
  const local = DateTime.fromJSDate(at, zone(cal));
  if (kind === PeriodKind.MONTH) return build(kind, local.startOf('month'), cal);
  const offset = (local.month - cal.fiscalYearStartMonth + 12) % 12;
  const fyStart = local.startOf('month').minus({ months: offset });
  const start =
    kind === PeriodKind.YEAR ? fyStart : fyStart.plus({ months: Math.floor(offset / 3) * 3 });
  return build(kind, start, cal);
}

/** The `count` periods before `period` (oldest first), then `period` itself. */
export function periodsUpTo(period: PeriodRange, count: number, cal: FiscalCalendar) {
  const out: PeriodRange[] = [period];
  let current = period;
  for (let i = 0; i < count; i++) {
    current = periodContaining(new Date(current.start.getTime() - 1), period.kind, cal);
    out.unshift(current);
  }
  return out;
}

/** The period after `period`. */
export function nextPeriod(period: PeriodRange, cal: FiscalCalendar): PeriodRange {
  return periodContaining(period.end, period.kind, cal);
}

function zone(cal: FiscalCalendar) {
  return { zone: cal.timeZone };
}

function fiscalYearStart(fy: number, cal: FiscalCalendar): DateTime {
  const year = cal.fiscalYearStartMonth === 1 ? fy : fy - 1;
  return DateTime.fromObject({ year, month: cal.fiscalYearStartMonth, day: 1 }, zone(cal));
}

function build(kind: PeriodKind, start: DateTime, cal: FiscalCalendar): PeriodRange {
  const end = start.plus({ months: MONTHS[kind] });
  const last = end.minus({ days: 1 });
  const offset = (start.month - cal.fiscalYearStartMonth + 12) % 12;
  const fiscalYear =
    cal.fiscalYearStartMonth === 1
      ? start.year
      : start.month >= cal.fiscalYearStartMonth
        ? start.year + 1
        : start.year;
  let code: string;
  let label: string;
  const span = (a: DateTime, b: DateTime) =>
    a.year === b.year
      ? `${a.toFormat('LLL')}–${b.toFormat('LLL yyyy')}`
      : `${a.toFormat('LLL yyyy')} – ${b.toFormat('LLL yyyy')}`;
  if (kind === PeriodKind.MONTH) {
    code = start.toFormat('yyyy-MM');
    label = start.toFormat('LLLL yyyy');
  } else if (kind === PeriodKind.QUARTER) {
    const quarter = Math.floor(offset / 3) + 1;
    code = `FY${fiscalYear}-Q${quarter}`;
    label = `FY${fiscalYear} Q${quarter} (${span(start, last)})`;
  } else {
    code = `FY${fiscalYear}`;
    label = `FY${fiscalYear} (${span(start, last)})`;
  }
  return { code, kind, label, start: start.toJSDate(), end: end.toJSDate() };
}
