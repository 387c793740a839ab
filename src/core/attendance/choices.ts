import * as z from 'zod/mini';
import { catalogueCodes, catalogueSchema, type Catalogue } from '../catalogues/catalogue';
import { citizenMessage } from '../problems/citizen-field-messages';
import type { FieldError } from '../problems/field-message';

/** The explicit answer every sensitive question must offer (Ley 1581, art. 6: answering is optional). */
export const PREFER_NOT_TO_ANSWER = 'no_responde';
/** Entries of this kind ("ninguna", "prefiero no responder") cannot be combined with other choices. */
export const EXCLUSIVE_KIND = 'exclusivo';

/** A catalogue for a sensitive question must carry the "prefiero no responder" entry, so forms can show it. */
export const sensitiveCatalogueSchema = catalogueSchema.check(
  z.refine((c) => c.entries.some((e) => e.code === PREFER_NOT_TO_ANSWER), { error: citizenMessage('catalogue.sensitive_no_answer', { code: PREFER_NOT_TO_ANSWER }) }),
);

const codesOf = (catalogue: Catalogue, sensitive: boolean): [string, ...string[]] => {
  const codes = catalogueCodes(catalogue);
  return sensitive && !codes.includes(PREFER_NOT_TO_ANSWER) ? [...codes, PREFER_NOT_TO_ANSWER] : codes;
};

/** One code of the catalogue; a sensitive one accepts "no_responde" even if a replaced catalogue forgot it. */
export const choiceOf = (catalogue: Catalogue, message: FieldError, options: { sensitive?: boolean } = {}) =>
  z.enum(codesOf(catalogue, options.sensitive ?? false), { error: message });

/** Several codes of the catalogue: none repeated, and an exclusive entry stands alone. */
export function choicesOf(catalogue: Catalogue, message: FieldError, options: { sensitive?: boolean } = {}) {
  const sensitive = options.sensitive ?? false;
  const codes = codesOf(catalogue, sensitive);
  const exclusive = new Set(catalogue.entries.filter((e) => e.kind === EXCLUSIVE_KIND).map((e) => e.code));
  if (sensitive) exclusive.add(PREFER_NOT_TO_ANSWER);
  return z.array(z.enum(codes, { error: message }), { error: message }).check(
    z.maxLength(codes.length, { error: citizenMessage('choices.too_many') }),
    z.refine((chosen) => new Set(chosen).size === chosen.length, { error: citizenMessage('choices.repeated') }),
    z.refine((chosen) => chosen.length <= 1 || !chosen.some((code) => exclusive.has(code)), {
      error: citizenMessage('choices.exclusive'),
    }),
  );
}

/** Whether a sensitive answer discloses something (anything but "prefiero no responder" or no answer). */
export function disclosesSomething(value: unknown): boolean {
  if (typeof value === 'string') return value !== PREFER_NOT_TO_ANSWER;
  if (Array.isArray(value)) return value.some((v) => v !== PREFER_NOT_TO_ANSWER);
  return false;
}
