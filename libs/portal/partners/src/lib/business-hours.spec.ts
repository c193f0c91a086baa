import { describe, expect, it } from 'vitest';
import {
  endsAfterStart,
  formatBusinessHours,
  formatHour,
  formatWorkingDays,
  specialisationNames,
  toBusinessHoursInput,
  toBusinessHoursValues,
} from './business-hours';

describe('formatWorkingDays', () => {
  it('collapses runs of three or more days', () => {
    expect(formatWorkingDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(formatWorkingDays([5, 4, 3, 2, 1, 6])).toBe('Mon–Sat');
    expect(formatWorkingDays([1, 2, 3, 4, 5, 6, 7])).toBe('Mon–Sun');
  });

  it('lists short runs and single days', () => {
    expect(formatWorkingDays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(formatWorkingDays([1, 2, 4, 5, 6])).toBe('Mon, Tue, Thu–Sat');
    expect(formatWorkingDays([3])).toBe('Wed');
  });

  it('lets a week run past Sunday', () => {
    expect(formatWorkingDays([7, 1, 2, 3, 4])).toBe('Sun–Thu');
    expect(formatWorkingDays([6, 7, 1, 3])).toBe('Sat–Mon, Wed');
  });

  it('says when there are none', () => {
    expect(formatWorkingDays([])).toBe('No working days');
  });
});

describe('business hours', () => {
  it('formats hours and the whole line', () => {
    expect(formatHour(9)).toBe('09:00');
    expect(formatHour(24)).toBe('24:00');
    expect(
      formatBusinessHours({
        workingDays: [1, 2, 3, 4, 5],
        workdayStartHour: 9,
        workdayEndHour: 17,
        timeZone: 'Europe/Berlin',
      }),
    ).toBe('Mon–Fri, 09:00–17:00 Europe/Berlin');
  });

  it('round-trips between the API and the form', () => {
    const values = toBusinessHoursValues({
      workingDays: [5, 1, 2],
      workdayStartHour: 8,
      workdayEndHour: 18,
      focusPersonaIds: ['p'],
    });
    expect(values).toEqual({
      workingDays: ['1', '2', '5'],
      workdayStartHour: '8',
      workdayEndHour: '18',
      focusPersonaIds: ['p'],
    });
    expect(toBusinessHoursInput({ ...values, workingDays: ['6', '1'] })).toEqual({
      workingDays: [1, 6],
      workdayStartHour: 8,
      workdayEndHour: 18,
      focusPersonaIds: ['p'],
    });
  });

  it('wants the day to end after it starts, compared as numbers', () => {
    expect(endsAfterStart({ workdayStartHour: '9', workdayEndHour: '17' })).toBe(true);
    expect(endsAfterStart({ workdayStartHour: '9', workdayEndHour: '10' })).toBe(true);
    expect(endsAfterStart({ workdayStartHour: '17', workdayEndHour: '9' })).toBe(false);
    expect(endsAfterStart({ workdayStartHour: '9', workdayEndHour: '9' })).toBe(false);
  });
});

describe('specialisationNames', () => {
  const personas = [
    { id: 'a', name: 'CFO' },
    { id: 'b', name: 'IT Director' },
  ];
  it('names known personas and counts the rest', () => {
    expect(specialisationNames([], personas)).toBe('None');
    expect(specialisationNames(['b', 'a'], personas)).toBe('IT Director, CFO');
    expect(specialisationNames(['a', 'x'], personas)).toBe('CFO, 1 retired persona');
  });
});
