import { dateOfDay, dayNumber, daysFromCivil, weekday, type CalendarDate } from './civil-date';

/**
 * Colombia's national holidays, computed for any year: Ley 35 de 1939 and Ley 51 de 1983 ("Ley Emiliani"),
 * which moves most feasts to the following Monday, plus the Easter-based ones (Decreto 2663 de 1950, art. 177).
 */
export interface Holiday {
  date: CalendarDate;
  name: string;
}

/** Easter Sunday of the Gregorian calendar as a day number (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** Ley 51 de 1983: a movable feast that does not fall on a Monday is kept on the next Monday. */
const nextMonday = (day: number): number => day + ((8 - weekday(day)) % 7);

type Rule = readonly [name: string, month: number, day: number, moves: boolean];

const FIXED: readonly Rule[] = [
  ['Año Nuevo', 1, 1, false],
  ['Día de los Reyes Magos', 1, 6, true],
  ['Día de San José', 3, 19, true],
  ['Día del Trabajo', 5, 1, false],
  ['San Pedro y San Pablo', 6, 29, true],
  ['Día de la Independencia', 7, 20, false],
  ['Batalla de Boyacá', 8, 7, false],
  ['La Asunción de la Virgen', 8, 15, true],
  ['Día de la Raza', 10, 12, true],
  ['Todos los Santos', 11, 1, true],
  ['Independencia de Cartagena', 11, 11, true],
  ['Inmaculada Concepción', 12, 8, false],
  ['Navidad', 12, 25, false],
];

/** Days after Easter Sunday; the last three move to Monday like the others (so +43, +64, +71). */
const EASTER_BASED: readonly [name: string, offset: number, moves: boolean][] = [
  ['Jueves Santo', -3, false],
  ['Viernes Santo', -2, false],
  ['Ascensión del Señor', 39, true],
  ['Corpus Christi', 60, true],
  ['Sagrado Corazón de Jesús', 68, true],
];

/** The year's holidays in date order. Two feasts can share a Monday (2025-06-30): both are listed. */
export function colombianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const days: [number, string][] = [
    ...FIXED.map(([name, month, day, moves]): [number, string] => {
      const date = daysFromCivil(year, month, day);
      return [moves ? nextMonday(date) : date, name];
    }),
    ...EASTER_BASED.map(([name, offset, moves]): [number, string] => [moves ? nextMonday(easter + offset) : easter + offset, name]),
  ];
  return days.sort((a, b) => a[0] - b[0]).map(([day, name]) => ({ date: dateOfDay(day), name }));
}

/** Answers "is this date a holiday?" for any year, computing each year once per calendar. */
export interface HolidayCalendar {
  isHoliday(date: CalendarDate): boolean;
}

export function colombianHolidayCalendar(): HolidayCalendar {
  const years = new Map<number, ReadonlySet<CalendarDate>>();
  return {
    isHoliday(date) {
      if (dayNumber(date) === undefined) return false;
      const year = Number(date.slice(0, 4));
      let dates = years.get(year);
      if (dates === undefined) {
        dates = new Set(colombianHolidays(year).map((h) => h.date));
        years.set(year, dates);
      }
      return dates.has(date);
    },
  };
}
