import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { isWellFormedText } from '../records/envelope';

/** How the person was found at the door: their pass QR, the cédula barcode (camera or hand reader), or typed. */
export const CHECK_IN_METHODS = ['pass', 'cedula', 'reader', 'manual'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export const eventIdSchema = z.string({ error: 'Falta el evento.' }).check(
  z.minLength(1, { error: 'Falta el evento.' }),
  z.maxLength(64, { error: 'El identificador del evento es demasiado largo.' }),
  z.refine(isWellFormedText, { error: 'El identificador del evento tiene caracteres no válidos.' }),
);

export const catalogueVersionSchema = z.number({ error: 'La versión del catálogo debe ser un número.' }).check(z.int(), z.minimum(1), z.maximum(1_000_000));

/** The check-in part of every attendance payload, anonymous or not. checkedInAt is the device's clock. */
export const checkInShape = {
  eventId: eventIdSchema,
  method: z.enum(CHECK_IN_METHODS, { error: 'Forma de registro desconocida: pase, cédula, lector o manual.' }),
  checkedInAt: z.iso.datetime({ offset: true, error: 'La hora de llegada debe ser fecha y hora con zona horaria (ISO 8601).' }),
  /** The entity settings' version whose territory list the door showed; absent on older records, which read as 1. */
  catalogueVersion: z.optional(catalogueVersionSchema),
};

export const attendeeIdSchema = z.string().check(
  z.regex(UUID_V7_PATTERN, { error: 'El identificador de la persona inscrita no es válido.' }),
);

