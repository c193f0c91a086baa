import { DateTime } from 'luxon';

/** When a partner works: its time zone, ISO weekdays (1 = Monday) and local hours [start, end). */
export interface WorkingTime {
  timeZone: string;
  workingDays: readonly number[];
  startHour: number;
  endHour: number;
}

/**
 * The instant `hours` business hours after `from`, counting only the partner's working days and
 * hours in its own time zone (so nights, weekends and DST shifts are skipped correctly).
 */
export function addBusinessHours(from: Date, hours: number, wt: WorkingTime): Date {
  if (!wt.workingDays.length || wt.endHour <= wt.startHour)
    throw new Error('Working time needs at least one day and a positive day length');
  let remaining = Math.round(hours * 60); // minutes
  let cursor = DateTime.fromJSDate(from, { zone: wt.timeZone });
  if (!cursor.isValid) throw new Error(`Unknown time zone ${wt.timeZone}`);
  // Guard: a year of days is far more than any SLA needs.
  for (let i = 0; i < 800; i++) {
    const dayStart = cursor.startOf('day').set({ hour: wt.startHour });
    const dayEnd = cursor.startOf('day').plus({ hours: wt.endHour });
    if (wt.workingDays.includes(cursor.weekday) && cursor < dayEnd) {
      const begin = cursor < dayStart ? dayStart : cursor;
      const available = dayEnd.diff(begin, 'minutes').minutes;
      if (remaining <= available) return begin.plus({ minutes: remaining }).toJSDate();
      remaining -= available;
    }
    cursor = cursor.startOf('day').plus({ days: 1 });
  }
  throw new Error('Business-hour deadline is too far away');
}

/** Business minutes between two instants (negative when `to` is before `from`). */
export function businessMinutesBetween(from: Date, to: Date, wt: WorkingTime): number {
  if (to < from) return -businessMinutesBetween(to, from, wt);
  let total = 0;
  let cursor = DateTime.fromJSDate(from, { zone: wt.timeZone });
  const end = DateTime.fromJSDate(to, { zone: wt.timeZone });
  for (let i = 0; i < 800 && cursor < end; i++) {
    const dayStart = cursor.startOf('day').set({ hour: wt.startHour });
    const dayEnd = cursor.startOf('day').plus({ hours: wt.endHour });
    if (wt.workingDays.includes(cursor.weekday)) {
      const begin = cursor < dayStart ? dayStart : cursor;
      const finish = end < dayEnd ? end : dayEnd;
      if (finish > begin) total += finish.diff(begin, 'minutes').minutes;
    }
    cursor = cursor.startOf('day').plus({ days: 1 });
  }
  return Math.round(total);
}

/** "2026-11-24 17:00 UTC": how deadlines read in notifications (the portal shows local time). */
export function utcLabel(at: Date): string {
  return `${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}
