const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Protection that ends sooner than this is shown in red: time to close or ask for more. */
export const PROTECTION_WARNING_MS = 14 * DAY;
/** Decision deadlines closer than this are shown as urgent (orange) before they turn overdue. */
export const DECISION_URGENT_MS = 2 * HOUR;

/** "2 d 4 h", "3 h 20 min", "15 min" or "less than a minute" (rounded down, never up). */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'less than a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days >= 7) return `${days} d`;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

export interface DealCountdown {
  label: string;
  /** Mantine colour: red when overdue or (protection) under 14 days, orange when urgent. */
  color: string;
  /** The deadline has passed. */
  passed: boolean;
  /** Worth a second look: shown in bold. */
  warning: boolean;
  remainingMs: number;
}

const parse = (at: string | Date) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

/**
 * How long the vendor has left to decide. `overdue` is the API's own flag, set by the deadline
 * job: it wins over the clock so both sides agree.
 */
export function decisionCountdown(
  dueAt: string | Date,
  now: number,
  overdue = false,
): DealCountdown {
  const remainingMs = parse(dueAt) - now;
  const passed = overdue || remainingMs < 0;
  const urgent = !passed && remainingMs <= DECISION_URGENT_MS;
  return {
    label: passed
      ? `decision overdue by ${formatDuration(Math.min(remainingMs, 0))}`
      : `decision due in ${formatDuration(remainingMs)}`,
    color: passed ? 'red' : urgent ? 'orange' : 'gray',
    passed,
    warning: passed || urgent,
    remainingMs,
  };
}

/** How long the partner's protection lasts; red once fewer than 14 days are left. */
export function protectionCountdown(expiresAt: string | Date, now: number): DealCountdown {
  const remainingMs = parse(expiresAt) - now;
  const passed = remainingMs <= 0;
  const warning = remainingMs < PROTECTION_WARNING_MS;
  return {
    label: passed ? 'protection ended' : `protected for ${formatDuration(remainingMs)}`,
    color: warning ? 'red' : 'teal',
    passed,
    warning,
    remainingMs,
  };
}
