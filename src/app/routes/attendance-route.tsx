import { Match, Show, Switch } from 'solid-js';
import { InputField } from '../components/input-field';
import { SelectField } from '../components/select-field';
import { CheckboxField } from '../components/checkbox-field';
import { ConsentNotice } from '../components/consent-notice';
import {
  DEFAULT_EVENT_ID,
  clearForm,
  draft,
  errors,
  outcome,
  type SaveOutcome,
  saving,
  submitAttendance,
  updateField,
} from '../state/attendance-form';
import { documentTypeGroups, territoryGroups } from '../state/catalogue-options';
import { problemText, t } from '../state/language';
import { territoryLabel } from '../state/territory-label';
import { focusFirstInvalid } from '../components/field-frame';

// Cédula and tarjeta de identidad numbers are digits only: a numeric keypad is faster at the door.
const NUMERIC_DOCUMENTS = new Set(['CC', 'TI']);

export default function AttendanceRoute() {
  let form: HTMLFormElement | undefined;
  let firstField: HTMLInputElement | undefined;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await submitAttendance();
    if (result.kind === 'saved') firstField?.focus();
    else if (result.kind === 'invalid') focusFirstInvalid(form);
  };
  const saved = () => narrow(outcome(), 'saved');
  const failed = () => narrow(outcome(), 'failed');
  const onClear = () => {
    clearForm();
    firstField?.focus();
  };

  return (
    <form ref={form} class="page attendance" aria-labelledby="attendance-title" novalidate onSubmit={(e) => void onSubmit(e)}>
      <h1 id="attendance-title" class="page__title" tabindex="-1">
        {t('attendance.title')}
      </h1>
      <p class="page__meta">{t('attendance.event', { event: DEFAULT_EVENT_ID })}</p>

      <InputField
        id="fullName"
        ref={(el) => (firstField = el)}
        label={t('attendance.fullName')}
        value={draft.fullName}
        onInput={(v) => updateField('fullName', v)}
        autocapitalize="words"
        error={errors().fullName}
      />
      <SelectField
        id="documentType"
        label={t('attendance.documentType')}
        value={draft.documentType}
        onChange={(v) => updateField('documentType', v)}
        groups={documentTypeGroups()}
        error={errors().documentType}
      />
      <Show when={draft.documentType !== 'SD'}>
        <InputField
          id="documentNumber"
          label={t('attendance.documentNumber')}
          hint={t('attendance.documentNumberHint')}
          value={draft.documentNumber}
          onInput={(v) => updateField('documentNumber', v)}
          inputMode={NUMERIC_DOCUMENTS.has(draft.documentType) ? 'numeric' : 'text'}
          autocapitalize="characters"
          error={errors().documentNumber}
        />
      </Show>
      <SelectField
        id="territory"
        label={territoryLabel()}
        value={draft.territory}
        onChange={(v) => updateField('territory', v)}
        groups={territoryGroups()}
        placeholder={t('attendance.territoryPlaceholder')}
        error={errors().territory}
      />
      <ConsentNotice id="consent-notice" />
      <CheckboxField
        id="consent"
        label={t('attendance.consent')}
        checked={draft.consent}
        onChange={(v) => updateField('consent', v)}
        error={errors().consent}
        describedById="consent-notice"
      />


      {/* In the bar that stays on screen: the confirmation is seen even with the form scrolled. */}
      <div class="actions">
        <p class="save-status" role="status" aria-live="polite" data-testid="save-status">
          <Switch>
            <Match when={saved()}>
              {(ok) => <span class="save-status__ok">{t('attendance.saved', { name: ok().name })}</span>}
            </Match>
            <Match when={outcome()?.kind === 'invalid'}>
              <span class="save-status__error">{t('attendance.fixErrors')}</span>
            </Match>
            <Match when={failed()}>
              {(failure) => <span class="save-status__error">{problemText(failure().problem)}</span>}
            </Match>
          </Switch>
        </p>
        <button type="button" class="button button--secondary" onClick={onClear}>
          {t('attendance.clear')}
        </button>
        <button type="submit" class="button button--primary" disabled={saving()}>
          {saving() ? t('attendance.saving') : t('attendance.save')}
        </button>
      </div>
    </form>
  );
}

function narrow<K extends SaveOutcome['kind']>(o: SaveOutcome | undefined, kind: K) {
  return o?.kind === kind ? (o as Extract<SaveOutcome, { kind: K }>) : undefined;
}
