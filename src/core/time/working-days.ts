import { dateOfDay, dayNumber, weekday, type CalendarDate } from './civil-date';
import type { HolidayCalendar } from './colombian-holidays';
import { bogotaDateOf } from './instant';

/** Holidays as a list of dates ("2026-12-08", …) or a calendar that knows every year (colombianHolidayCalendar). */
export type Holidays = Iterable<CalendarDate> | HolidayCalendar;

/** One question for both forms; a list is read once, so a one-shot iterable may be passed. */
export const holidayCalendarOf = (holidays: Holidays): HolidayCalendar => {
  if ('isHoliday' in holidays) return holidays;
  const dates = new Set(holidays);
  return { isHoliday: (date) => dates.has(date) };
};

// Dates reach here from validated records; a malformed one is a programming error, so it throws.
function dayOf(value: string): number {
  const date = bogotaDateOf(value);
  const day = date === undefined ? undefined : dayNumber(date);
  if (day === undefined) throw new RangeError(`Not a date or date-time with offset: ${value}`);
  return day;
}

const isWorking = (day: number, holidays: HolidayCalendar) => {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.isHoliday(dateOfDay(day));
};

/** Monday to Friday and not a holiday; a date-time counts by its date in Colombia. */
export const isWorkingDay = (date: string, holidays: Holidays = []): boolean => isWorking(dayOf(date), holidayCalendarOf(holidays));

/** The n-th working day after a date (the day itself never counts). */
export function addWorkingDays(from: string, count: number, holidays: Holidays = []): CalendarDate {
  const off = holidayCalendarOf(holidays);
  let day = dayOf(from);
  for (let left = count; left > 0; ) {
    day += 1;
    if (isWorking(day, off)) left -= 1;
  }
  return dateOfDay(day);
}

/**
 * Working days that have passed since a moment: those after its day, up to and including `today`.
 * From a Friday, it is 1 on Monday; 0 on the same day or before.
 */
export function workingDaysWaited(from: string, today: string, holidays: Holidays = []): number {
  const off = holidayCalendarOf(holidays);
  const end = dayOf(today);
  let waited = 0;
  for (let day = dayOf(from) + 1; day <= end; day += 1) if (isWorking(day, off)) waited += 1;
  return waited;
}
