import type * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { disclosesSomething } from './choices';
import { ageOn, lifeStageFor } from './life-stages';
import { SENSITIVE_FIELDS } from './person';
import { isCalendarDate } from '../time';

type Ctx = z.core.$RefinementCtx<unknown>;
type Loose = Record<string, unknown>;

const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
const present = (value: unknown) => value !== undefined && value !== null && value !== '';
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Run cross-field rules even when single fields failed, so a form can show every problem at once. */
export const whenObject = { when: (payload: { value: unknown }) => isRecord(payload.value) };

/**
 * Rules that span fields of a person. The value may still hold invalid fields (see whenObject),
 * so every read is defensive. `referenceDate` (YYYY-MM-DD) is the day the data was given.
 */
export function checkPerson(c: Catalogues, value: unknown, referenceDate: string | undefined, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const hasParts = present(value.firstNames) || present(value.surnames);
  if (present(value.fullName) && hasParts) {
    issue(ctx, ['fullName'], 'Escriba el nombre completo o los nombres y apellidos por separado, no ambos.');
  } else if (!present(value.fullName)) {
    if (!present(value.firstNames)) issue(ctx, ['firstNames'], 'Escriba los nombres.');
    if (!present(value.surnames)) issue(ctx, ['surnames'], 'Escriba los apellidos.');
  }

  if (typeof value.birthDate === 'string' && isCalendarDate(value.birthDate) && referenceDate !== undefined) {
    const age = ageOn(value.birthDate, referenceDate);
    if (age === undefined || age > 120) {
      issue(ctx, ['birthDate'], 'La fecha de nacimiento no puede ser posterior al registro ni de hace más de 120 años.');
    } else if (present(value.lifeStage) && value.lifeStage !== lifeStageFor(c.lifeStages, value.birthDate, referenceDate)) {
      issue(ctx, ['lifeStage'], 'El momento de curso de vida no corresponde a la fecha de nacimiento.');
    }
  }

  const consent = isRecord(value.consent) ? value.consent : {};
  const disclosed = SENSITIVE_FIELDS.filter((field) =>
    field === 'organisation' ? isRecord(value.organisation) && disclosesSomething(value.organisation.type) : disclosesSomething(value[field]),
  );
  if (disclosed.length > 0 && consent.sensitiveData !== true) {
    issue(ctx, ['consent', 'sensitiveData'], 'Para guardar datos sensibles se necesita la autorización expresa de la persona; si no la da, deje esas preguntas sin responder.');
  }

  const otherNeed = new Set(c.accessibilityNeeds.entries.filter((e) => e.kind === 'otra').map((e) => e.code));
  const needs = Array.isArray(value.accessibilityNeeds) ? value.accessibilityNeeds : [];
  if (needs.some((code) => otherNeed.has(code)) && !present(value.accessibilityOther)) {
    issue(ctx, ['accessibilityOther'], 'Describa la otra necesidad de accesibilidad.');
  }

  if (isRecord(value.contact) && !present(value.contact.phone) && !present(value.contact.email)) {
    issue(ctx, ['contact'], 'Para dejar un contacto escriba un teléfono o un correo.');
  }
}
