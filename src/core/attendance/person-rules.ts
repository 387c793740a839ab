import type * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { disclosesSomething } from './choices';
import { ageOn, lifeStageFor } from './life-stages';
import { SENSITIVE_FIELDS } from './person';
import { isCalendarDate } from '../time';
import { doorText, type DoorFieldMessageKey } from '../problems/door-field-messages';

type Ctx = z.core.$RefinementCtx<unknown>;
type Loose = Record<string, unknown>;

const issue = (ctx: Ctx, path: (string | number)[], key: DoorFieldMessageKey) => ctx.addIssue({ code: 'custom', path, message: doorText(key) });
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
    issue(ctx, ['fullName'], 'person.name_or_parts');
  } else if (!present(value.fullName)) {
    if (!present(value.firstNames)) issue(ctx, ['firstNames'], 'person.first_names_missing');
    if (!present(value.surnames)) issue(ctx, ['surnames'], 'person.surnames_missing');
  }

  if (typeof value.birthDate === 'string' && isCalendarDate(value.birthDate) && referenceDate !== undefined) {
    const age = ageOn(value.birthDate, referenceDate);
    if (age === undefined || age > 120) {
      issue(ctx, ['birthDate'], 'person.birth_date_range');
    } else if (present(value.lifeStage) && value.lifeStage !== lifeStageFor(c.lifeStages, value.birthDate, referenceDate)) {
      issue(ctx, ['lifeStage'], 'person.life_stage_mismatch');
    }
  }

  const consent = isRecord(value.consent) ? value.consent : {};
  const disclosed = SENSITIVE_FIELDS.filter((field) =>
    field === 'organisation' ? isRecord(value.organisation) && disclosesSomething(value.organisation.type) : disclosesSomething(value[field]),
  );
  if (disclosed.length > 0 && consent.sensitiveData !== true) {
    issue(ctx, ['consent', 'sensitiveData'], 'person.sensitive_without_consent');
  }

  const otherNeed = new Set(c.accessibilityNeeds.entries.filter((e) => e.kind === 'otra').map((e) => e.code));
  const needs = Array.isArray(value.accessibilityNeeds) ? value.accessibilityNeeds : [];
  if (needs.some((code) => otherNeed.has(code)) && !present(value.accessibilityOther)) {
    issue(ctx, ['accessibilityOther'], 'person.accessibility_other_missing');
  }

  if (isRecord(value.contact) && !present(value.contact.phone) && !present(value.contact.email)) {
    issue(ctx, ['contact'], 'person.contact_missing');
  }
}
