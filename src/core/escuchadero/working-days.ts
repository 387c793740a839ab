import { dateOfDay, dayNumber, localDateOf, weekday, type CalendarDate } from './calendar-date';

/** MURC: questions raised in an accountability dialogue are answered within 15 working days. */
export const ANSWER_DUE_WORKING_DAYS = 15;

/** Holidays are data ("2026-12-08", …): each municipality and year brings its own list. */
export type Holidays = Iterable<CalendarDate>;

// Dates reach here from validated records; a malformed one is a programming error, so it throws.
function dayOf(value: string): number {
  const date = localDateOf(value);
  const day = date === undefined ? undefined : dayNumber(date);
  if (day === undefined) throw new RangeError(`Not a date or date-time with offset: ${value}`);
  return day;
}

const isWorking = (day: number, holidays: ReadonlySet<string>) => {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.has(dateOfDay(day));
};

export const isWorkingDay = (date: CalendarDate, holidays: Holidays = []): boolean => isWorking(dayOf(date), new Set(holidays));

/** The n-th working day after a date (the day of receipt itself never counts). */
export function addWorkingDays(from: string, count: number, holidays: Holidays = []): CalendarDate {
  const off = new Set(holidays);
  let day = dayOf(from);
  for (let left = count; left > 0; ) {
    day += 1;
    if (isWorking(day, off)) left -= 1;
  }
  return dateOfDay(day);
}

/**
 * Working days that have passed since receipt: those after the day of receipt, up to and
 * including today. Received on Friday, it is 1 on Monday; 0 on the same day or before.
 */
export function workingDaysWaited(receivedAt: string, today: string, holidays: Holidays = []): number {
  const off = new Set(holidays);
  const end = dayOf(today);
  let waited = 0;
  for (let day = dayOf(receivedAt) + 1; day <= end; day += 1) if (isWorking(day, off)) waited += 1;
  return waited;
}

/** The last day on which the answer is still on time. */
export const answerDueDate = (receivedAt: string, holidays: Holidays = []): CalendarDate =>
  addWorkingDays(receivedAt, ANSWER_DUE_WORKING_DAYS, holidays);
