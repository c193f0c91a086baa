import { describe, expect, it } from 'vitest';
import { decisionCountdown, formatDuration, protectionCountdown } from './countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.parse('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('formatDuration', () => {
  it('uses days and hours for short spans and whole days for long ones', () => {
    expect(formatDuration(45 * DAY + 5 * HOUR)).toBe('45 d');
    expect(formatDuration(2 * DAY + 4 * HOUR + 59 * MIN)).toBe('2 d 4 h');
    expect(formatDuration(3 * HOUR + 20 * MIN)).toBe('3 h 20 min');
    expect(formatDuration(15 * MIN + 59_000)).toBe('15 min');
    expect(formatDuration(30_000)).toBe('less than a minute');
  });
});

describe('decisionCountdown', () => {
  it('counts down to the decision deadline', () => {
    const c = decisionCountdown(at(5 * HOUR), now);
    expect(c).toMatchObject({ label: 'decision due in 5 h', color: 'gray', passed: false });
  });

  it('turns orange in the last two hours', () => {
    const c = decisionCountdown(at(90 * MIN), now);
    expect(c).toMatchObject({
      label: 'decision due in 1 h 30 min',
      color: 'orange',
      warning: true,
    });
  });

  it('says how late the decision is, in red', () => {
    const c = decisionCountdown(at(-3 * HOUR), now);
    expect(c).toMatchObject({ label: 'decision overdue by 3 h', color: 'red', passed: true });
  });

  it('trusts the API’s overdue flag even when the local clock lags', () => {
    const c = decisionCountdown(at(2 * MIN), now, true);
    expect(c).toMatchObject({ label: 'decision overdue by less than a minute', color: 'red' });
  });
});

describe('protectionCountdown', () => {
  it('shows the protection left in teal while there is plenty', () => {
    const c = protectionCountdown(at(45 * DAY + HOUR), now);
    expect(c).toMatchObject({ label: 'protected for 45 d', color: 'teal', warning: false });
  });

  it('turns red under 14 days', () => {
    expect(protectionCountdown(at(14 * DAY), now).color).toBe('teal');
    const c = protectionCountdown(at(14 * DAY - MIN), now);
    expect(c).toMatchObject({ label: 'protected for 13 d', color: 'red', warning: true });
    expect(protectionCountdown(at(3 * DAY + 4 * HOUR), now).label).toBe('protected for 3 d 4 h');
  });

  it('says when protection has ended', () => {
    const c = protectionCountdown(at(-DAY), now);
    expect(c).toMatchObject({ label: 'protection ended', color: 'red', passed: true });
  });
});
