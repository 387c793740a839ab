import { createSignal, Show } from 'solid-js';
import type { FormDefinition } from '../../../core/forms';
import type { Problem } from '../../../core/problems/problem';
import { createFromTemplate } from '../../state/forms/staff-api';
import { problemText, t } from '../../state/language';
import { InputField } from '../input-field';

/** "Crear una urna a partir de la plantilla": a new id and title; the questions are the template's. */
export function TemplateCopy(props: { template: FormDefinition; eventId: string; onCreated: () => void }) {
  const [id, setId] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  const suggestedId = () => (props.eventId ? `urna-${props.eventId}`.slice(0, 64) : '');
  const prefix = `copy-${props.template.id}`;

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await createFromTemplate(props.template, id() || suggestedId(), title()).finally(() => setBusy(false));
    if (!result.ok) return setProblem(result.problem);
    setProblem(undefined);
    props.onCreated();
  };

  return (
    <form class="qcopy" novalidate onSubmit={(e) => void create(e)} aria-label={t('forms.staff.copyTitle')}>
      <p>{t('forms.staff.template')}</p>
      <InputField id={`${prefix}-id`} label={t('forms.staff.copyId')} placeholder={suggestedId()} value={id()} onInput={(value) => setId(value.trim())} />
      <InputField id={`${prefix}-title`} label={t('forms.staff.copyName')} placeholder={props.template.title.es} value={title()} onInput={setTitle} />
      <Show when={problem()}>
        {(p) => (
          <p class="field__error" role="alert">
            {problemText(p())} {(p().details?.fields as { message: string }[] | undefined)?.map((f) => f.message).join(' ') ?? ''}
          </p>
        )}
      </Show>
      <button type="submit" class="button button--secondary" disabled={busy() || (id() === '' && suggestedId() === '')}>
        {t('forms.staff.copy')}
      </button>
    </form>
  );
}
