import { Show } from 'solid-js';
import { EventCommitments } from '../../components/commitments/event-commitments';
import { EventCountersView } from '../../components/events/event-counters';
import { EventFacts } from '../../components/events/event-facts';
import { InterpreterAlert } from '../../components/events/interpreter-alert';
import { OfflineNotice } from '../../components/events/offline-notice';
import { EventPublication } from '../../components/publication/event-publication';
import { useEvent, useEventCounters } from '../../state/events/event-data';
import { t } from '../../state/language';
import '../../styles/door.css';

/** /eventos/:id: the event, its live counters, the Ley 982 alert, and the way to the door and the poster. */
export default function EventRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const { loaded } = useEvent(id);
  const { counters, list, demand } = useEventCounters(id);
  const href = (suffix: string) => `/eventos/${encodeURIComponent(id())}${suffix}`;
  return (
    <section class="page" aria-labelledby="event-title">
      <Show when={loaded()} fallback={<h1 id="event-title" class="page__title" tabindex="-1">{t('events.loading')}</h1>}>
        {(event) => (
          <Show
            when={event().value}
            fallback={
              <>
                <h1 id="event-title" class="page__title" tabindex="-1">
                  {t('events.notFound')}
                </h1>
                <p>{event().source === 'device' ? t('events.notOnDevice') : t('events.notOnServer')}</p>
                <a class="button button--secondary" href="/eventos">{t('events.backToList')}</a>
              </>
            }
          >
            {(doc) => (
              <>
                <h1 id="event-title" class="page__title" tabindex="-1">
                  {doc().name}
                </h1>
                <OfflineNotice text={t('events.offlineEvent')} />
                <InterpreterAlert demand={demand()} booked={doc().lscInterpreterBooked} />
                <EventCountersView counters={counters()} list={list()} />
                <nav class="event-actions" aria-label={t('events.actions')}>
                  <a class="button button--primary button--block" href={href('/puerta')}>{t('events.openDoor')}</a>
                  <a class="button button--secondary" href={href('/listado')}>{t('events.attendanceList')}</a>
                  <a class="button button--secondary" href={href('/cartel')}>{t('events.poster')}</a>
                  <a class="button button--secondary" href={href('/inscripcion')}>{t('events.register')}</a>
                  <a class="button button--secondary" href={href('/editar')}>{t('events.edit')}</a>
                </nav>
                <EventFacts event={doc()} />
                <EventCommitments eventId={id()} />
                <EventPublication eventId={id()} />
              </>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}
