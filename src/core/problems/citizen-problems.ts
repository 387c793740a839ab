import type { ProblemDefinition } from './catalogue';
import { problemFrom } from './catalogue-part';
import type { Problem, ProblemDetails } from './problem';

/**
 * The part of the problem catalogue a citizen's pages (the form from a poster link, its thanks, "Mis preguntas")
 * can meet, in both languages: they load with those pages, the rest of the catalogue (office-problems.ts) only
 * when a screen needs it. Each code is defined once, here or there; catalogue.ts joins both.
 */
export const citizenProblems = {
  'record.invalid': {
    status: 422,
    es: 'El registro tiene datos inválidos.',
    en: 'The record has invalid data.',
  },
  'record.unknown_kind': {
    status: 422,
    es: 'Este tipo de registro no existe en el servidor.',
    en: 'This kind of record does not exist on the server.',
  },
  'record.conflict': {
    status: 409,
    es: 'Ya existe un registro con este identificador y un contenido distinto; quedó para revisión.',
    en: 'A record with this id and different content already exists; kept for review.',
  },
  'server.error': {
    status: 500,
    es: 'Error interno del servidor. Sus datos siguen guardados en el dispositivo.',
    en: 'Internal server error. Your data is still saved on the device.',
  },
  'network.unreachable': {
    status: 0,
    es: 'Sin conexión con el servidor. Se reintentará automáticamente.',
    en: 'Cannot reach the server. It will be retried automatically.',
  },
  'storage.quota_exceeded': {
    status: 507,
    es: 'El almacenamiento del dispositivo está lleno. No se guardó nada: libere espacio y vuelva a intentarlo.',
    en: 'Device storage is full. Nothing was saved: free some space and try again.',
  },
  'storage.unavailable': {
    status: 503,
    es: 'No se pudo abrir el almacenamiento del dispositivo. No se guardó nada; vuelva a intentarlo.',
    en: 'Device storage could not be opened. Nothing was saved; try again.',
  },
  'network.timeout': {
    status: 0,
    es: 'El servidor tardó demasiado en responder. Sus datos siguen guardados en el dispositivo; se reintentará automáticamente.',
    en: 'The server took too long to answer. Your data is still saved on the device; it will be retried automatically.',
  },
  'form.definition_invalid': {
    status: 422,
    es: 'La definición del formulario tiene errores; revise las preguntas señaladas.',
    en: 'The form definition has errors; check the questions pointed out.',
  },
  'form.unknown': {
    status: 422,
    es: 'Este formulario, o esta versión de él, no está disponible.',
    en: 'This form, or this version of it, is not available.',
  },
  'form.link_invalid': {
    status: 400,
    es: 'Este enlace no es válido o fue modificado. Escanee de nuevo el código QR del cartel o pida el enlace al personal del evento.',
    en: 'This link is not valid or was modified. Scan the poster QR code again or ask the event staff for the link.',
  },
  'escuchadero.tracking_code_invalid': {
    status: 400,
    es: 'El código de seguimiento no es válido. Revise que lo haya escrito tal como lo recibió.',
    en: 'The tracking code is not valid. Check that you typed it exactly as you received it.',
  },
  'escuchadero.not_found': {
    status: 404,
    es: 'No encontramos ningún mensaje con ese código de seguimiento.',
    en: 'We found no message with that tracking code.',
  },
  'escuchadero.transition_invalid': {
    status: 409,
    es: 'Este mensaje no admite ese cambio de estado (por ejemplo, responder uno que aún no está asignado).',
    en: 'This message does not allow that change of state (for example, answering one not yet assigned).',
  },
  'event.closed': {
    status: 409,
    es: 'Este evento ya se cerró: no recibe más inscripciones.',
    en: 'This event is closed: it takes no more registrations.',
  },
  'form.already_answered': {
    status: 409,
    es: 'Ya hay una respuesta de esta persona (o de este dispositivo) a este formulario en este evento; solo se admite una.',
    en: 'This person (or this device) already answered this form at this event; only one answer is allowed.',
  },
  'form.version_stale': {
    status: 409,
    es: 'Alguien publicó otra versión de este formulario mientras usted lo editaba. Recárguelo y vuelva a aplicar sus cambios.',
    en: 'Someone published another version of this form while you were editing it. Reload it and apply your changes again.',
  },
  'form.link_closed': {
    status: 410,
    es: 'Este formulario ya se cerró para este evento: no recibe más respuestas. Gracias por su interés.',
    en: 'This form is closed for this event: it takes no more answers. Thank you for your interest.',
  },
  'rate.limited': {
    status: 429,
    es: 'Demasiadas solicitudes seguidas. Espere un momento y vuelva a intentarlo.',
    en: 'Too many requests in a row. Wait a moment and try again.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type CitizenProblemCode = keyof typeof citizenProblems;

/** problem() for code on a citizen's path: the same problem, built without loading the office's part. */
export const citizenProblem = (code: CitizenProblemCode, details?: ProblemDetails): Problem => problemFrom(citizenProblems, code, details);
