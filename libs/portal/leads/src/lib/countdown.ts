const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Deadlines closer than this are shown as urgent (orange) before they turn overdue (red). */
export const URGENT_WITHIN_MS = 2 * HOUR;

/** "2 d 4 h", "3 h 20 min", "15 min" or "less than a minute" (rounded down, never up). */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'less than a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

export interface Countdown {
  /** "due in 3 h 20 min" or "overdue by 15 min". */
  label: string;
  overdue: boolean;
  /** Due soon (within {@link URGENT_WITHIN_MS}) but not yet overdue. */
  urgent: boolean;
  /** Milliseconds left; negative once overdue. */
  remainingMs: number;
}

/** How long until a deadline, in words, relative to `now` (epoch milliseconds). */
export function countdown(dueAt: string | Date, now: number): Countdown {
  const due = typeof dueAt === 'string' ? Date.parse(dueAt) : dueAt.getTime();
  const remainingMs = due - now;
  const overdue = remainingMs < 0;
  return {
    label: overdue
      ? `overdue by ${formatDuration(remainingMs)}`
      : `due in ${formatDuration(remainingMs)}`,
    overdue,
    urgent: !overdue && remainingMs <= URGENT_WITHIN_MS,
    remainingMs,
  };
}

/** Mantine colour for a countdown: red overdue, orange urgent, otherwise neutral. */
export function countdownColor(c: Countdown): string {
  if (c.overdue) return 'red';
  if (c.urgent) return 'orange';
  return 'gray';
}
