import { describe, expect, it } from 'vitest';
import { countdown, countdownColor, formatDuration } from './countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const now = Date.parse('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('formatDuration', () => {
  it('uses days and hours, hours and minutes, or minutes, rounding down', () => {
    expect(formatDuration(2 * 24 * HOUR + 4 * HOUR + 59 * MIN)).toBe('2 d 4 h');
    expect(formatDuration(24 * HOUR)).toBe('1 d');
    expect(formatDuration(3 * HOUR + 20 * MIN + 59_000)).toBe('3 h 20 min');
    expect(formatDuration(5 * HOUR)).toBe('5 h');
    expect(formatDuration(15 * MIN)).toBe('15 min');
    expect(formatDuration(59_000)).toBe('less than a minute');
    expect(formatDuration(-15 * MIN)).toBe('15 min');
  });
});

describe('countdown', () => {
  it('says how long is left before the deadline', () => {
    const c = countdown(at(3 * HOUR + 20 * MIN), now);
    expect(c).toMatchObject({ label: 'due in 3 h 20 min', overdue: false, urgent: false });
    expect(countdownColor(c)).toBe('gray');
  });

  it('marks deadlines within two hours as urgent', () => {
    const c = countdown(at(90 * MIN), now);
    expect(c).toMatchObject({ label: 'due in 1 h 30 min', overdue: false, urgent: true });
    expect(countdownColor(c)).toBe('orange');
  });

  it('says how long ago a missed deadline passed, in red', () => {
    const c = countdown(new Date(now - 15 * MIN - 10_000), now);
    expect(c).toMatchObject({ label: 'overdue by 15 min', overdue: true, urgent: false });
    expect(c.remainingMs).toBeLessThan(0);
    expect(countdownColor(c)).toBe('red');
  });

  it('changes as time passes', () => {
    const due = at(31 * MIN);
    expect(countdown(due, now).label).toBe('due in 31 min');
    expect(countdown(due, now + 30 * MIN).label).toBe('due in 1 min');
    expect(countdown(due, now + 32 * MIN).label).toBe('overdue by 1 min');
  });
});
