import { z } from 'zod';
import holidaysJson from './colombian-holidays.json';

/**
 * Colombia's national holidays as data (Ley 51 de 1983 moves most of them to Monday), for the
 * 15-working-day answer term. The list covers firstYear..lastYear: extend the JSON before it runs out.
 */
const holidayListSchema = z.object({
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  holidays: z.array(z.object({ date: z.iso.date(), name: z.string().min(1) })).min(1),
});

const parsed = holidayListSchema.parse(holidaysJson);

export const COLOMBIAN_HOLIDAYS: readonly string[] = parsed.holidays.map((h) => h.date);
export const HOLIDAYS_LAST_YEAR = parsed.lastYear;
