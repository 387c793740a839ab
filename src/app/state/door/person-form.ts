import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { PrivacyNotice } from '../../../core/attendance/privacy-notice';
import { settingsNoticeForToday } from '../settings/entity-settings';
import { defaultCatalogues } from '../../../core/catalogues';
import type { Problem } from '../../../core/problems/problem';
import type { FormPrefill } from './door-outcome';
import { draftFromPrefill, emptyPersonDraft, lifeStageOf, personErrorsOf, personPayload, type PersonDraft, type PersonField } from './person-draft';
import { bogotaToday } from '../../../core/time';

const today = () => bogotaToday(Date.now());

/** The entity's notice in force today; the newest one if the device's clock is before all of them. */
export function noticeForToday(): PrivacyNotice {
  return settingsNoticeForToday();
}

/** The full attendance form (v2) of one person: door check-in and pre-registration alike. */
export function createPersonForm(prefill?: FormPrefill) {
  const [draft, setDraft] = createStore<PersonDraft>(prefill ? draftFromPrefill(prefill) : emptyPersonDraft());
  const [errors, setErrors] = createSignal<Partial<Record<PersonField, string>>>({});
  const notice = noticeForToday();

  function set<F extends PersonField>(field: F, value: PersonDraft[F]): void {
    setDraft(field, value as never);
    // The life stage follows the birth date; with no date the person may still pick their age band.
    if (field === 'birthDate') {
      const stage = lifeStageOf(defaultCatalogues, String(value), today());
      if (stage) setDraft('lifeStage', stage);
    }
    if (errors()[field]) setErrors(({ [field]: _, ...rest }) => rest as Partial<Record<PersonField, string>>);
  }

  return {
    draft,
    set,
    errors,
    notice,
    reset: (next?: FormPrefill) => {
      setDraft(next ? draftFromPrefill(next) : emptyPersonDraft());
      setErrors({});
    },
    payload: () => personPayload(draft, notice.version),
    /** Shows a refused save's field problems; false when the problem was not about fields. */
    showProblem(problem: Problem): boolean {
      const fieldErrors = personErrorsOf(problem);
      setErrors(fieldErrors ?? {});
      return fieldErrors !== undefined;
    },
    displayName: () => [draft.firstNames.trim(), draft.surnames.trim()].filter(Boolean).join(' '),
  };
}

export type PersonForm = ReturnType<typeof createPersonForm>;
