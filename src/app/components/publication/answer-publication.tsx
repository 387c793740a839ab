import { Show } from 'solid-js';
import type { InboxItem } from '../../state/forms/staff-api';
import { setAnswerPublished } from '../../state/publication/publication-api';
import { createPublicationToggle } from '../../state/publication/publication-toggle';
import { t } from '../../state/language';
import { PublishSwitch } from './publish-switch';

/** In the inbox: publish an answered question on /rendicion, only when its author allowed it. */
export function AnswerPublication(props: { item: InboxItem }) {
  const answered = () => props.item.status === 'answered' || props.item.status === 'closed';
  const toggle = createPublicationToggle(props.item.published === true, (published) => setAnswerPublished(props.item.recordId, published));
  return (
    <Show when={answered()}>
      <Show when={props.item.publishConsent} fallback={<p class="qlink__meta" data-testid="no-publish-consent">{t('publication.noConsent')}</p>}>
        <PublishSwitch id={`publish-${props.item.recordId}`} label={t('publication.answer')} toggle={toggle} />
      </Show>
    </Show>
  );
}
