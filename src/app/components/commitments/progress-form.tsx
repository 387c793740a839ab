import { Show } from 'solid-js';
import { commitmentStates } from '../../../core/commitments';
import type { createCommitmentPage } from '../../state/commitments/commitment-page';
import { STATUS_KEYS } from '../../state/commitments/commitment-labels';
import { problemText, t } from '../../state/language';
import { InputField } from '../input-field';
import { SelectField } from '../select-field';
import { DateField } from './date-field';

/** A new report of progress: date, state, percentage, what was done, and a link to the evidence. */
export function ProgressForm(props: { page: ReturnType<typeof createCommitmentPage> }) {
  const p = () => props.page;
  const e = () => p().errors();
  return (
    <form
      class="cform"
      novalidate
      aria-labelledby="progress-title"
      onSubmit={(event) => {
        event.preventDefault();
        void p().submit();
      }}
    >
      <h2 id="progress-title">{t('commitments.progress.title')}</h2>
      <DateField id="progress-date" label={t('commitments.progress.date')} value={p().draft.date} onInput={(v) => p().setField('date', v)} error={e().date} />
      <SelectField
        id="progress-state"
        label={t('commitments.progress.state')}
        value={p().draft.state}
        groups={[{ label: '', options: commitmentStates.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) })) }]}
        onChange={(v) => p().setField('state', v)}
        error={e().state}
      />
      <InputField id="progress-percent" type="number" inputMode="numeric" min={0} max={100} label={t('commitments.progress.percent')} hint={t('commitments.progress.percentHint')} value={p().draft.percent} onInput={(v) => p().setField('percent', v)} error={e().percent} />
      <InputField id="progress-text" multiline label={t('commitments.progress.text')} value={p().draft.text} onInput={(v) => p().setField('text', v)} error={e().text} />
      <InputField id="progress-evidence" type="url" inputMode="url" label={t('commitments.progress.evidence')} hint={t('commitments.progress.evidenceHint')} value={p().draft.evidenceUrl} onInput={(v) => p().setField('evidenceUrl', v)} error={e().evidenceUrl} />
      <Show when={p().saveProblem()}>{(problem) => <p class="save-status__error" role="alert">{problemText(problem())}</p>}</Show>
      <p role="status" class="cform__status">
        <Show when={p().saved()}>{t('commitments.progress.saved')}</Show>
        <Show when={Object.keys(e()).length > 0}>{t('commitments.form.fixErrors')}</Show>
      </p>
      <button type="submit" class="button button--primary button--block" disabled={p().saving()}>
        {p().saving() ? t('commitments.saving') : t('commitments.progress.save')}
      </button>
    </form>
  );
}
