import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';
import { isWellFormedText } from '../records/envelope';
import { citizenMessage } from '../problems/citizen-field-messages';
import { doorMessage } from '../problems/door-field-messages';
import { territoryChoice } from '../catalogues/territory-title';

export const ATTENDANCE_ENTRY_KIND = 'attendance.entry';

/** The text version the person agreed to is stored with the record (Ley 1581 de 2012). */
export const consentSchema = z.object({
  accepted: z.literal(true, { error: doorMessage('consent.not_accepted') }),
  textVersion: z.string().check(z.minLength(1), z.maxLength(32)),
});

/** Version 1: the minimal attendance entry of the foundation (name, document, territory, consent). */
export const attendanceEntryV1 = (catalogues: Catalogues) =>
  z.object({
    eventId: z.string().check(z.minLength(1), z.maxLength(64), z.refine(isWellFormedText, { error: doorMessage('check_in.event_characters') })),
    fullName: z.string().check(
      z.trim(),
      z.minLength(3, { error: doorMessage('entry.full_name_short') }),
      z.maxLength(200, { error: doorMessage('entry.full_name_long') }),
    ),
    document: z.object({
      type: z.enum(catalogueCodes(catalogues.documentTypes), { error: doorMessage('document.type') }),
      number: z.optional(z.string().check(
        z.trim(),
        z.regex(/^[A-Za-z0-9-]{3,20}$/, { error: doorMessage('entry.document_number') }),
      )),
    }),
    territory: z.enum(catalogueCodes(catalogues.territories), { error: citizenMessage('territory.choice', { territory: territoryChoice(catalogues.territories) }) }),
    consent: consentSchema,
  });

export type AttendanceEntryV1 = z.infer<ReturnType<typeof attendanceEntryV1>>;
