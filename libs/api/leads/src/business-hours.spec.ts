import { describe, expect, it } from '@jest/globals';
import { addBusinessHours, businessMinutesBetween, WorkingTime } from './business-hours';

const berlin: WorkingTime = {
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  startHour: 9,
  endHour: 17,
};

describe('addBusinessHours', () => {
  it('stays inside one working day when there is time left', () => {
    // Monday 2026-11-23 10:00 Berlin (09:00 UTC) + 4 h = 14:00 Berlin.
    expect(addBusinessHours(new Date('2026-11-23T09:00:00Z'), 4, berlin).toISOString()).toBe(
      '2026-11-23T13:00:00.000Z',
    );
  });

  it('skips the night: Monday 15:00 + 4 h is Tuesday 11:00 local', () => {
    expect(addBusinessHours(new Date('2026-11-23T14:00:00Z'), 4, berlin).toISOString()).toBe(
      '2026-11-24T10:00:00.000Z',
    );
  });

  it('skips the weekend: Friday 16:00 + 24 h is Wednesday 16:00 local', () => {
    // 1 h Friday, 8 h Monday, 8 h Tuesday, 7 h Wednesday.
    expect(addBusinessHours(new Date('2026-11-27T15:00:00Z'), 24, berlin).toISOString()).toBe(
      '2026-12-02T15:00:00.000Z',
    );
  });

  it('starts at the next opening when offered at night or on a weekend', () => {
    // Saturday 2026-11-28 noon → Monday 09:00 + 2 h = 11:00 Berlin.
    expect(addBusinessHours(new Date('2026-11-28T11:00:00Z'), 2, berlin).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
  });

  it('follows the partner’s own zone and working days', () => {
    const dubai: WorkingTime = {
      timeZone: 'Asia/Dubai',
      workingDays: [1, 2, 3, 4, 5],
      startHour: 8,
      endHour: 16,
    };
    // Friday 2026-11-27 15:00 Dubai (11:00 UTC) + 2 h → Monday 09:00 Dubai (05:00 UTC).
    expect(addBusinessHours(new Date('2026-11-27T11:00:00Z'), 2, dubai).toISOString()).toBe(
      '2026-11-30T05:00:00.000Z',
    );
    const sixDays = { ...berlin, workingDays: [1, 2, 3, 4, 5, 6] };
    expect(addBusinessHours(new Date('2026-11-27T15:00:00Z'), 2, sixDays).toISOString()).toBe(
      '2026-11-28T09:00:00.000Z',
    );
  });

  it('counts wall-clock hours across a daylight-saving change', () => {
    // Friday 2026-03-27 16:00 CET (15:00 UTC) + 2 h → Monday 2026-03-30 10:00 CEST (08:00 UTC).
    expect(addBusinessHours(new Date('2026-03-27T15:00:00Z'), 2, berlin).toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
  });

  it('refuses a working time without working days', () => {
    expect(() => addBusinessHours(new Date(), 1, { ...berlin, workingDays: [] })).toThrow();
  });
});

describe('businessMinutesBetween', () => {
  it('is the inverse of addBusinessHours', () => {
    const from = new Date('2026-11-27T15:00:00Z');
    const to = addBusinessHours(from, 24, berlin);
    expect(businessMinutesBetween(from, to, berlin)).toBe(24 * 60);
    expect(businessMinutesBetween(to, from, berlin)).toBe(-24 * 60);
  });
});
