import { Show } from 'solid-js';
import { commitmentChoices } from '../../state/commitments/commitment-labels';
import type { CommitmentForm } from '../../state/commitments/commitment-form';
import { language, problemText, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';
import { InputField } from '../input-field';
import { DateField } from './date-field';
import { SelectField } from '../select-field';

/** The fields of a new commitment, each with its own Spanish error; the event is a name to choose, never an id. */
export function CommitmentFormView(props: { form: CommitmentForm; onSubmit: () => void }) {
  const f = () => props.form;
  const e = () => f().errors();
  const choices = () => commitmentChoices(language());
  const events = () => {
    const known = f().events();
    const chosen = f().draft.eventId;
    // An event not in the list (a list that could not be read) stays choosable under its id.
    return chosen && !known.some((o) => o.value === chosen) ? [...known, { value: chosen, label: chosen }] : known;
  };
  const failure = () => {
    const outcome = f().outcome();
    return outcome?.kind === 'failed' ? outcome : undefined;
  };
  return (
    <form
      class="cform"
      novalidate
      aria-labelledby="commitment-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <SelectField id="commitment-event" label={t('commitments.field.event')} value={f().draft.eventId} groups={[{ label: '', options: events() }]} placeholder={t('forms.choose')} onChange={(v) => f().setField('eventId', v)} error={e().eventId} />
      <InputField id="commitment-title" label={t('commitments.field.title')} hint={t('commitments.field.titleHint')} value={f().draft.title} onInput={(v) => f().setField('title', v)} error={e().title} />
      <InputField id="commitment-description" multiline label={t('commitments.field.description')} value={f().draft.description} onInput={(v) => f().setField('description', v)} error={e().description} />
      <SelectField id="commitment-office" label={t('commitments.field.office')} value={f().draft.office} groups={choices().office} placeholder={t('forms.choose')} onChange={(v) => f().setField('office', v)} error={e().office} />
      <DateField id="commitment-due" label={t('commitments.field.dueDate')} value={f().draft.dueDate} onInput={(v) => f().setField('dueDate', v)} error={e().dueDate} />
      <SelectField id="commitment-topic" label={t('commitments.field.topic')} value={f().draft.topic} groups={choices().topic} placeholder={t('commitments.field.none')} onChange={(v) => f().setField('topic', v)} error={e().topic} />
      <SelectField id="commitment-territory" label={territoryLabel()} value={f().draft.territory} groups={choices().territory} placeholder={t('commitments.field.none')} onChange={(v) => f().setField('territory', v)} error={e().territory} />
      <Show when={failure()}>{(failed) => <p class="save-status__error" role="alert">{failed().offline ? t('commitments.offline') : problemText(failed().problem)}</p>}</Show>
      <p role="status" class="cform__status">
        <Show when={Object.keys(e()).length > 0}>{t('commitments.form.fixErrors')}</Show>
      </p>
      <button type="submit" class="button button--primary button--block" disabled={f().saving()}>
        {f().saving() ? t('commitments.saving') : t('commitments.form.save')}
      </button>
    </form>
  );
}
