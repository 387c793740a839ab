import type { FormField } from './field-definition';

/** Messages name the question as the person read it: «¿Cómo se enteró…?». */
export function quotedLabel(field: FormField): string {
  const label = field.label.es.trim();
  return `«${label.length > 80 ? `${label.slice(0, 79).trimEnd()}…` : label}»`;
}

export const requiredMessage = (field: FormField) =>
  field.kind === 'consent' ? `Para continuar, lea y acepte ${quotedLabel(field)}.` : `Responda ${quotedLabel(field)}.`;

export const hiddenMessage = (field: FormField) =>
  `La pregunta ${quotedLabel(field)} no aplica según las respuestas anteriores; quite esta respuesta.`;

export const UNKNOWN_ANSWER_MESSAGE = 'Esta respuesta no corresponde a ninguna pregunta de este formulario.';

export function rangeMessage(field: FormField, what: 'un número' | 'una fecha', min?: number | string, max?: number | string): string {
  const q = quotedLabel(field);
  const isDate = what === 'una fecha';
  if (min !== undefined && max !== undefined) return `En ${q} escriba ${what} entre ${min} y ${max}.`;
  if (min !== undefined) return `En ${q} escriba ${what} ${isDate ? 'igual o posterior a' : 'mayor o igual que'} ${min}.`;
  return `En ${q} escriba ${what} ${isDate ? 'igual o anterior a' : 'menor o igual que'} ${max}.`;
}
