import { localeOf } from '../../i18n';
import { language } from '../language';
import { BOGOTA_TIME_ZONE, bogotaDateOf } from '../../../core/time';

/** "sáb, 21 nov 2026, 9:00 – 12:00" on Bogotá's clock (the end's date only when it is another day there). */
export function formatDateRange(startsAt: string, endsAt: string): string {
  const locale = localeOf(language());
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = bogotaDateOf(startsAt) === bogotaDateOf(endsAt);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: BOGOTA_TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: BOGOTA_TIME_ZONE });
  return sameDay
    ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** The long date for the poster: "sábado, 21 de noviembre de 2026, 9:00 a. m.". */
export function formatLongDate(at: string): string {
  return new Intl.DateTimeFormat(localeOf(language()), { dateStyle: 'full', timeStyle: 'short', timeZone: BOGOTA_TIME_ZONE }).format(new Date(at));
}
