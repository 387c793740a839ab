import { Show } from 'solid-js';
import type { Refusal } from '../../state/forms/form-session';
import { problemText, t } from '../../state/language';

/** No form at all when the link cannot be trusted: only what happened and what to do. */
export function RefusalView(props: { refusal: Refusal }) {
  return (
    <section class="qrefusal" aria-labelledby="refusal-title" data-testid="link-refused">
      <h1 id="refusal-title" class="page__title" tabindex="-1">
        {props.refusal.reason === 'no-key' ? t('forms.cannotCheck') : t('forms.refusedTitle')}
      </h1>
      <p class="qrefusal__text" role="alert">
        <Show when={props.refusal.reason === 'no-key'} fallback={problemText(props.refusal.problem)}>
          {t('forms.cannotCheckText')}
        </Show>
      </p>
    </section>
  );
}
