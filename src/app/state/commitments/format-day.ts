import { localeOf } from '../../i18n';
import { language } from '../language';

/** A calendar date ("2027-03-31") written out as that same day wherever the phone is ("31 de marzo de 2027"). */
export const formatDay = (date: string): string =>
  new Intl.DateTimeFormat(localeOf(language()), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
