import { Show } from 'solid-js';
import type { createPublicationToggle } from '../../state/publication/publication-toggle';
import { problemText, t } from '../../state/language';
import { CheckboxInput } from '../checkbox-field';

/** A labelled checkbox "published on /rendicion", with the server's refusal read out when there is one. */
export function PublishSwitch(props: { id: string; label: string; toggle: ReturnType<typeof createPublicationToggle> }) {
  return (
    <div class="publish-switch">
      <CheckboxInput
        id={props.id}
        label={props.label}
        checked={props.toggle.published()}
        disabled={props.toggle.busy()}
        describedBy={`${props.id}-hint`}
        // Once the server answered, the box shows what is stored (a refusal puts it back).
        onChange={(checked, box) => void props.toggle.change(checked).then(() => (box.checked = props.toggle.published()))}
      />
      <p id={`${props.id}-hint`} class="qlink__meta">
        {props.toggle.published() ? t('publication.isPublic') : t('publication.isPrivate')}{' '}
        <a href="/rendicion" target="_blank" rel="noopener">{t('publication.seePage')}</a>
      </p>
      <Show when={props.toggle.failure()}>{(p) => <p class="field__error" role="alert">{problemText(p())}</p>}</Show>
    </div>
  );
}
