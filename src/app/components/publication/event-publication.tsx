import { createResource, Show } from 'solid-js';
import { fetchEventPublication, setEventPublished } from '../../state/publication/publication-api';
import { createPublicationToggle } from '../../state/publication/publication-toggle';
import { t } from '../../state/language';
import { PublishSwitch } from './publish-switch';

/**
 * On the event page: publish the event (convocatoria, then its memoria) on /rendicion. Shown only to whoever
 * may change it: the server answers the state to the planning office alone.
 */
export function EventPublication(props: { eventId: string }) {
  const [state] = createResource(() => props.eventId, fetchEventPublication);
  return (
    <Show when={state()?.ok ? state() : undefined} keyed>
      {(result) => {
        const toggle = createPublicationToggle(result.ok && result.value.published, (published) => setEventPublished(props.eventId, published));
        return (
          <section class="card" aria-labelledby="event-publication-title">
            <h2 id="event-publication-title" class="card__title">{t('publication.title')}</h2>
            <PublishSwitch id="publish-event" label={t('publication.event')} toggle={toggle} />
          </section>
        );
      }}
    </Show>
  );
}
