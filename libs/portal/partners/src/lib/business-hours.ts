import { DEFAULT_WORKING_DAYS } from '@tandem/shared-domain';
import { z } from 'zod';

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 7, short: 'Sun', long: 'Sunday' },
] as const;

const short = (day: number) => WEEKDAYS[day - 1]?.short ?? String(day);
const next = (day: number) => (day % 7) + 1;
const previous = (day: number) => ((day + 5) % 7) + 1;

/**
 * "Mon–Fri", "Mon, Wed, Fri", "Sun–Thu": runs of three or more days collapse into a range, and a
 * run may wrap past Sunday so a week that starts on Sunday still reads as one range.
 */
export function formatWorkingDays(days: readonly number[]): string {
  const set = new Set(days.filter((d) => d >= 1 && d <= 7));
  if (set.size === 0) return 'No working days';
  if (set.size === 7) return 'Mon–Sun';
  // Start where a run begins: the run that wraps past Sunday if there is one, else the earliest.
  let first = 1;
  if (set.has(7) && set.has(1)) {
    first = 7;
    while (set.has(previous(first))) first = previous(first);
  } else {
    first = [...set].sort((a, b) => a - b).find((d) => !set.has(previous(d))) ?? 1;
  }
  const runs: number[][] = [];
  let day = first;
  for (let i = 0; i < 7; i++, day = next(day)) {
    if (!set.has(day)) continue;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === previous(day)) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3
        ? `${short(run[0])}–${short(run[run.length - 1])}`
        : run.map(short).join(', '),
    )
    .join(', ');
}

/** 9 → "09:00", 24 → "24:00" (the end of the day). */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

export interface BusinessHoursLike {
  workingDays: readonly number[];
  workdayStartHour: number;
  workdayEndHour: number;
  timeZone: string;
}

/** "Mon–Fri, 09:00–17:00 Europe/Berlin". */
export function formatBusinessHours(p: BusinessHoursLike): string {
  return `${formatWorkingDays(p.workingDays)}, ${formatHour(p.workdayStartHour)}–${formatHour(
    p.workdayEndHour,
  )} ${p.timeZone}`;
}

export const START_HOUR_OPTIONS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: formatHour(h),
}));

export const END_HOUR_OPTIONS = Array.from({ length: 24 }, (_, i) => ({
  value: String(i + 1),
  label: formatHour(i + 1),
}));

/** The form keeps days and hours as strings, the way checkbox groups and selects hold them. */
export type BusinessHoursValues = {
  workingDays: string[];
  workdayStartHour: string;
  workdayEndHour: string;
  focusPersonaIds: string[];
};

export const BUSINESS_HOURS_FIELDS = [
  'workingDays',
  'workdayStartHour',
  'workdayEndHour',
  'focusPersonaIds',
] as const;

export const DEFAULT_BUSINESS_HOURS: BusinessHoursValues = {
  workingDays: DEFAULT_WORKING_DAYS.map(String),
  workdayStartHour: '9',
  workdayEndHour: '17',
  focusPersonaIds: [],
};

export const businessHoursShape = {
  workingDays: z.array(z.string()).min(1, 'Choose at least one working day.'),
  workdayStartHour: z.string().regex(/^\d{1,2}$/, 'Choose when the working day starts.'),
  workdayEndHour: z.string().regex(/^\d{1,2}$/, 'Choose when the working day ends.'),
  focusPersonaIds: z.array(z.string()).max(20, 'Choose at most 20 personas.'),
};

/** The API's rule, checked before sending: the working day must end after it starts. */
export function endsAfterStart(v: { workdayStartHour: string; workdayEndHour: string }): boolean {
  return Number(v.workdayEndHour) > Number(v.workdayStartHour);
}

export const ENDS_AFTER_START = {
  path: ['workdayEndHour'],
  message: 'Business hours must end after they start.',
};

export function toBusinessHoursValues(p: {
  workingDays: readonly number[];
  workdayStartHour: number;
  workdayEndHour: number;
  focusPersonaIds: readonly string[];
}): BusinessHoursValues {
  return {
    workingDays: [...p.workingDays].sort((a, b) => a - b).map(String),
    workdayStartHour: String(p.workdayStartHour),
    workdayEndHour: String(p.workdayEndHour),
    focusPersonaIds: [...p.focusPersonaIds],
  };
}

export function toBusinessHoursInput(values: BusinessHoursValues) {
  return {
    workingDays: values.workingDays.map(Number).sort((a, b) => a - b),
    workdayStartHour: Number(values.workdayStartHour),
    workdayEndHour: Number(values.workdayEndHour),
    focusPersonaIds: values.focusPersonaIds,
  };
}

/** "CFO, IT Director"; personas the caller cannot see (retired since) are counted, not named. */
export function specialisationNames(
  ids: readonly string[],
  personas: readonly { id: string; name: string }[],
): string {
  if (!ids.length) return 'None';
  const names = ids.flatMap((id) => personas.find((p) => p.id === id)?.name ?? []);
  const hidden = ids.length - names.length;
  if (hidden > 0) names.push(`${hidden} retired persona${hidden === 1 ? '' : 's'}`);
  return names.join(', ');
}
