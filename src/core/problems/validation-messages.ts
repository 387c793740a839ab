import type * as z from 'zod/mini';
import type { Language } from './problem';

/**
 * Our own words for a validation that has no message of its own, in both languages. zod/mini has no locale
 * unless one is loaded, and its fallback is English ("Invalid input"); zod's locale packs cover dozens of
 * formats we never use, so the few sentences a person can meet are written here instead.
 */
interface Words {
  missing: string;
  expected: (type: string) => string;
  atLeast: (n: string, unit: string | undefined, inclusive: boolean) => string;
  atMost: (n: string, unit: string | undefined, inclusive: boolean) => string;
  exactly: (n: string, unit: string | undefined) => string;
  formats: Record<string, string>;
  format: string;
  multipleOf: (n: string) => string;
  unexpected: (keys: string) => string;
  oneOf: (values: string) => string;
  invalid: string;
  types: Record<string, string>;
  units: Record<string, string>;
}

const words: Record<Language, Words> = {
  es: {
    missing: 'Falta este dato.',
    expected: (type) => `Entrada inválida: se esperaba ${type}.`,
    atLeast: (n, unit, inclusive) => (unit ? `Debe tener ${inclusive ? 'al menos' : 'más de'} ${n} ${unit}.` : `Debe ser ${inclusive ? 'mayor o igual que' : 'mayor que'} ${n}.`),
    atMost: (n, unit, inclusive) => (unit ? `Debe tener ${inclusive ? 'como máximo' : 'menos de'} ${n} ${unit}.` : `Debe ser ${inclusive ? 'menor o igual que' : 'menor que'} ${n}.`),
    exactly: (n, unit) => (unit ? `Debe tener exactamente ${n} ${unit}.` : `Debe ser ${n}.`),
    formats: {
      email: 'Escriba un correo electrónico válido.',
      url: 'Escriba una dirección web válida.',
      date: 'Escriba una fecha válida (AAAA-MM-DD).',
      datetime: 'Escriba una fecha y hora válidas.',
      time: 'Escriba una hora válida (HH:MM).',
    },
    format: 'El dato no tiene el formato esperado.',
    multipleOf: (n) => `Debe ser múltiplo de ${n}.`,
    unexpected: (keys) => `Datos no esperados: ${keys}.`,
    oneOf: (values) => `Elija uno de los valores permitidos: ${values}.`,
    invalid: 'El dato no es válido.',
    types: { string: 'texto', number: 'número', int: 'número entero', boolean: 'sí o no', array: 'una lista', object: 'un objeto', date: 'fecha' },
    units: { string: 'caracteres', array: 'elementos', set: 'elementos', file: 'bytes' },
  },
  en: {
    missing: 'This is missing.',
    expected: (type) => `Invalid entry: expected ${type}.`,
    atLeast: (n, unit, inclusive) => (unit ? `Must have ${inclusive ? 'at least' : 'more than'} ${n} ${unit}.` : `Must be ${inclusive ? 'at least' : 'more than'} ${n}.`),
    atMost: (n, unit, inclusive) => (unit ? `Must have ${inclusive ? 'at most' : 'fewer than'} ${n} ${unit}.` : `Must be ${inclusive ? 'at most' : 'less than'} ${n}.`),
    exactly: (n, unit) => (unit ? `Must have exactly ${n} ${unit}.` : `Must be ${n}.`),
    formats: {
      email: 'Enter a valid email address.',
      url: 'Enter a valid web address.',
      date: 'Enter a valid date (YYYY-MM-DD).',
      datetime: 'Enter a valid date and time.',
      time: 'Enter a valid time (HH:MM).',
    },
    format: 'This does not have the expected format.',
    multipleOf: (n) => `Must be a multiple of ${n}.`,
    unexpected: (keys) => `Unexpected data: ${keys}.`,
    oneOf: (values) => `Choose one of the allowed values: ${values}.`,
    invalid: 'This value is not valid.',
    types: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'yes or no', array: 'a list', object: 'an object', date: 'a date' },
    units: { string: 'characters', array: 'items', set: 'items', file: 'bytes' },
  },
};

const listed = (values: readonly unknown[]) => values.map((v) => `«${String(v)}»`).join(', ');

/** The message for one issue that came without its own, in the reader's language. */
export function validationMessage(issue: z.core.$ZodRawIssue, language: Language): string {
  const w = words[language];
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? w.missing : w.expected(w.types[issue.expected] ?? w.types.object!);
    case 'too_small': {
      const unit = w.units[issue.origin];
      return issue.exact ? w.exactly(String(issue.minimum), unit) : w.atLeast(String(issue.minimum), unit, issue.inclusive !== false);
    }
    case 'too_big': {
      const unit = w.units[issue.origin];
      return issue.exact ? w.exactly(String(issue.maximum), unit) : w.atMost(String(issue.maximum), unit, issue.inclusive !== false);
    }
    case 'invalid_format':
      return w.formats[issue.format] ?? w.format;
    case 'not_multiple_of':
      return w.multipleOf(String(issue.divisor));
    case 'unrecognized_keys':
      return w.unexpected(listed(issue.keys));
    case 'invalid_value':
      return w.oneOf(listed(issue.values));
    default:
      return w.invalid;
  }
}

/** Error maps to pass to a parse: the wire and the server speak Spanish; a screen in English may ask for English. */
export const validationErrors: Record<Language, z.core.$ZodErrorMap> = {
  es: (issue) => validationMessage(issue, 'es'),
  en: (issue) => validationMessage(issue, 'en'),
};
