import { createMemo, Show } from 'solid-js';
import type { FormDefinition } from '../../../core/forms';
import { definitionInWords, formTerritoryWords } from '../../../core/forms/territory-placeholders';
import type { FormSession } from '../../state/forms/form-session';
import { language, problemText, t } from '../../state/language';
import { fieldDomId } from './form-field';
import { FormRenderer, questionOrder } from './form-renderer';
import { createProgressiveCount } from '../../state/forms/progressive-count';
import { CheckboxInput } from '../checkbox-field';

/** Questions drawn with the title, in the first task; the rest follow in short tasks (createProgressiveCount). */
const FIRST_DRAWN = 1;

/**
 * A ready form: title, intro, the questions and the send bar. Shared by the citizen screen and the kiosk.
 * Drawing every question in one task kept a cheap phone from answering a tap for a third of a second: the first
 * is drawn with the title and the others follow, the form marked busy (and its send bar left out) meanwhile.
 */
export function FormScreen(props: { session: FormSession; definition: FormDefinition; catalogues: object; shared: boolean }) {
  let form: HTMLFormElement | undefined;
  // The questions in the entity's territory words ("¿En qué {territorio} vive?"), resolved once per definition.
  const shown = createMemo(() => definitionInWords(props.definition, formTerritoryWords(props.catalogues)));
  const drawing = createProgressiveCount(questionOrder(props.definition).length, FIRST_DRAWN);
  const errorCount = () => Object.keys(props.session.errors()).length;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // The question of an error must be on the page to be focused.
    drawing.finish();
    const outcome = await props.session.submit();
    if (outcome !== 'invalid') return;
    // Focus the first question with a message, in the order of the form.
    const first = props.definition.fields.find((f) => props.session.errors()[f.id] !== undefined);
    const container = first && form?.querySelector<HTMLElement>(`[data-field="${fieldDomId(first)}"]`);
    // The question and its message at the top of the screen, clear of the sticky send bar.
    container?.scrollIntoView({ block: 'start' });
    container?.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
  };

  return (
    <form ref={form} class="qform" aria-labelledby="form-title" aria-busy={drawing.done() ? undefined : 'true'} novalidate onSubmit={(e) => void onSubmit(e)}>
      <h1 id="form-title" class="page__title" tabindex="-1">
        {props.definition.title[language()]}
      </h1>
      <p class="qform__intro">{props.definition.intro[language()]}</p>
      <p class="qform__legend">{t('forms.requiredLegend')}</p>
      <Show when={!props.shared && props.session.pass()}>
        {(pass) => (
          <CheckboxInput
            id="answer-as-pass"
            class="qform__pass"
            label={t('forms.answerAsPass', { name: pass().displayName })}
            checked={props.session.answerAsPass()}
            onChange={(checked) => props.session.setAnswerAsPass(checked)}
          />
        )}
      </Show>
      <FormRenderer
        definition={shown()}
        draft={props.session.draft()}
        errors={props.session.errors()}
        catalogues={props.catalogues}
        drawn={drawing.count()}
        onChange={props.session.setAnswer}
      />
      <div class="actions qform__actions">
        <p class="save-status" role="status" aria-live="polite" data-testid="form-status">
          <Show when={errorCount() > 0}>
            <span class="save-status__error">{errorCount() === 1 ? t('forms.fixOne') : t('forms.fixMany', { count: errorCount() })}</span>
          </Show>
          <Show when={props.session.failure()}>{(p) => <span class="save-status__error">{problemText(p())}</span>}</Show>
        </p>
        <button type="submit" class="button button--primary qform__send" disabled={props.session.saving()}>
          {props.session.saving() ? t('forms.sending') : t('forms.send')}
        </button>
      </div>
    </form>
  );
}
