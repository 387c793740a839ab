import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';
import { isWellFormedText } from '../records/envelope';

export const ATTENDANCE_ENTRY_KIND = 'attendance.entry';

/** The text version the person agreed to is stored with the record (Ley 1581 de 2012). */
export const consentSchema = z.object({
  accepted: z.literal(true, { error: 'Sin la autorización de tratamiento de datos no se pueden guardar datos personales.' }),
  textVersion: z.string().check(z.minLength(1), z.maxLength(32)),
});

/** Version 1: the minimal attendance entry of the foundation (name, document, territory, consent). */
export const attendanceEntryV1 = (catalogues: Catalogues) =>
  z.object({
    eventId: z.string().check(z.minLength(1), z.maxLength(64), z.refine(isWellFormedText, { error: 'El identificador del evento tiene caracteres no válidos.' })),
    fullName: z.string().check(
      z.trim(),
      z.minLength(3, { error: 'Escriba el nombre completo (mínimo 3 letras).' }),
      z.maxLength(200, { error: 'El nombre es demasiado largo (máximo 200 caracteres).' }),
    ),
    document: z.object({
      type: z.enum(catalogueCodes(catalogues.documentTypes), { error: 'Elija un tipo de documento de la lista.' }),
      number: z.optional(z.string().check(
        z.trim(),
        z.regex(/^[A-Za-z0-9-]{3,20}$/, { error: 'El número de documento debe tener de 3 a 20 letras o números, sin espacios.' }),
      )),
    }),
    territory: z.enum(catalogueCodes(catalogues.territories), { error: 'Elija una comuna o corregimiento de la lista.' }),
    consent: consentSchema,
  });

export type AttendanceEntryV1 = z.infer<ReturnType<typeof attendanceEntryV1>>;
