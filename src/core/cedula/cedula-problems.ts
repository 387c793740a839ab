import type { FieldIssue, Problem } from '../problems/problem';
import { problem } from '../problems/problem';

export type UnreadablePart = 'documentNumber' | 'firstSurname' | 'firstName' | 'sex' | 'birthDate';

// Messages name the part that failed, never its content: the barcode also holds data that must not
// travel anywhere, and a problem may be logged or shown.
const MESSAGES: Record<UnreadablePart, string> = {
  documentNumber: 'No se pudo leer el número de documento.',
  firstSurname: 'No se pudo leer el primer apellido.',
  firstName: 'No se pudieron leer los nombres y el segundo apellido.',
  sex: 'No se pudo leer el sexo.',
  birthDate: 'No se pudo leer una fecha de nacimiento válida.',
};

export const unrecognisedCedula = (): Problem => problem('cedula.unrecognised');

export function unreadableCedula(parts: readonly UnreadablePart[]): Problem {
  const fields: FieldIssue[] = parts.map((path) => ({ path, code: 'unreadable', message: MESSAGES[path] }));
  return problem('cedula.unreadable', { fields });
}
