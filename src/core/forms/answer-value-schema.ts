import * as z from 'zod/mini';
import type { AnswerValue } from './answers';
import type { ChoiceOption } from './form-catalogues';
import { effectiveMaxLength, RATING_MAX, RATING_MIN, type FieldOf, type FormField } from './field-definition';
import { quotedLabel, rangeMessage, requiredMessage } from './field-messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d[\d\s-]{5,18}\d$/;

/**
 * The schema of one PRESENT answer of a field. Presence, visibility and required-ness are the
 * form's business (answers-schema.ts); here only the value is judged, in Spanish, naming the question.
 */
export function answerValueSchema(field: FormField, options: ChoiceOption[] | undefined): z.ZodMiniType<AnswerValue> {
  const q = quotedLabel(field);
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      return textSchema(field);
    case 'number': {
      let schema = z.number({ error: `En ${q} escriba un número.` });
      if (field.integer) schema = schema.check(z.int({ error: `En ${q} escriba un número entero.` }));
      const range = rangeMessage(field, 'un número', field.min, field.max);
      if (field.min !== undefined) schema = schema.check(z.minimum(field.min, { error: range }));
      if (field.max !== undefined) schema = schema.check(z.maximum(field.max, { error: range }));
      return schema;
    }
    case 'date': {
      const { min, max } = field;
      return z.iso.date({ error: `En ${q} escriba una fecha válida (AAAA-MM-DD).` }).check(
        z.refine((d) => (min === undefined || d >= min) && (max === undefined || d <= max), { error: rangeMessage(field, 'una fecha', min, max) }),
      );
    }
    case 'single-choice':
    case 'territory': {
      const allowed = new Set((options ?? []).map((o) => o.value));
      const message = field.kind === 'territory' ? `En ${q} elija una comuna o corregimiento de la lista.` : `En ${q} elija una opción de la lista.`;
      return z.string({ error: message }).check(z.refine((v) => allowed.has(v), { error: message }));
    }
    case 'multiple-choice':
    case 'ranking':
      return picksSchema(field, options ?? []);
    case 'rating': {
      const message = `En ${q} elija un valor de ${RATING_MIN} a ${RATING_MAX}.`;
      return z.number({ error: message }).check(z.int({ error: message }), z.minimum(RATING_MIN, { error: message }), z.maximum(RATING_MAX, { error: message }));
    }
    case 'yes-no':
      return z.boolean({ error: `En ${q} responda sí o no.` });
    case 'consent':
      return z.strictObject(
        {
          accepted: z.literal(true, { error: `Sin aceptar ${q} no se pueden guardar estos datos.` }),
          textVersion: z.literal(field.textVersion, {
            error: `La autorización aceptada en ${q} no corresponde a la versión vigente del aviso; léalo y acéptelo de nuevo.`,
          }),
        },
        { error: `Para ${q} marque la casilla de aceptación.` },
      );
  }
}

function textSchema(field: FieldOf<'short-text'> | FieldOf<'long-text'>): z.ZodMiniType<string> {
  const q = quotedLabel(field);
  const min = Math.max(1, field.minLength ?? 1);
  const max = effectiveMaxLength(field);
  const schema = z.string({ error: `En ${q} escriba un texto.` }).check(
    z.trim(),
    z.minLength(min, { error: min > 1 ? `La respuesta a ${q} es demasiado corta (mínimo ${min} caracteres).` : requiredMessage(field) }),
    z.maxLength(max, { error: `La respuesta a ${q} es demasiado larga (máximo ${max} caracteres).` }),
  );
  if (field.kind === 'short-text' && field.format === 'email') return schema.check(z.regex(EMAIL, { error: `En ${q} escriba un correo electrónico válido.` }));
  if (field.kind === 'short-text' && field.format === 'phone') return schema.check(z.regex(PHONE, { error: `En ${q} escriba un número de teléfono válido.` }));
  return schema;
}

function picksSchema(field: FieldOf<'multiple-choice'> | FieldOf<'ranking'>, options: ChoiceOption[]): z.ZodMiniType<string[]> {
  const q = quotedLabel(field);
  const allowed = new Set(options.map((o) => o.value));
  let schema = z.array(z.string({ error: `En ${q} elija opciones de la lista.` }), { error: `En ${q} elija opciones de la lista.` }).check(
    z.refine((picks) => picks.every((p) => allowed.has(p)), { error: `En ${q} elija opciones de la lista.` }),
    z.refine((picks) => new Set(picks).size === picks.length, { error: `En ${q} no repita opciones.` }),
  );
  if (field.minCount !== undefined && field.minCount > 1) {
    schema = schema.check(z.refine((picks) => picks.length >= field.minCount!, { error: `En ${q} elija al menos ${field.minCount} opciones.` }));
  }
  const maxCount = field.maxCount;
  if (maxCount !== undefined) {
    const many = maxCount === 1 ? 'una opción' : `${maxCount} opciones`;
    schema = schema.check(z.refine((picks) => picks.length <= maxCount, { error: `En ${q} elija como máximo ${many}.` }));
  }
  return schema;
}
