import { Show } from 'solid-js';
import type { createPublicationToggle } from '../../state/publication/publication-toggle';
import { problemText, t } from '../../state/language';

/** A labelled checkbox "published on /rendicion", with the server's refusal read out when there is one. */
export function PublishSwitch(props: { id: string; label: string; toggle: ReturnType<typeof createPublicationToggle> }) {
  return (
    <div class="publish-switch">
      <label class="checkbox" for={props.id}>
        <input
          id={props.id}
          type="checkbox"
          class="checkbox__input"
          checked={props.toggle.published()}
          disabled={props.toggle.busy()}
          aria-describedby={`${props.id}-hint`}
          onChange={(event) => {
            const box = event.currentTarget;
            // Once the server answered, the box shows what is stored (a refusal puts it back).
            void props.toggle.change(box.checked).then(() => {
              box.checked = props.toggle.published();
            });
          }}
        />
        <span class="checkbox__label">{props.label}</span>
      </label>
      <p id={`${props.id}-hint`} class="qlink__meta">
        {props.toggle.published() ? t('publication.isPublic') : t('publication.isPrivate')}{' '}
        <a href="/rendicion" target="_blank" rel="noopener">{t('publication.seePage')}</a>
      </p>
      <Show when={props.toggle.failure()}>{(p) => <p class="field__error" role="alert">{problemText(p())}</p>}</Show>
    </div>
  );
}
