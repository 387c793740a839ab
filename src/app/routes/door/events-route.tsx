import { Show } from 'solid-js';
import { OfflineNotice } from '../../components/events/offline-notice';
import { STATUS_LABEL } from '../../components/events/event-form-fields';
import { useEventList, useInterpreterAlerts } from '../../state/events/event-data';
import { formatDateRange } from '../../state/events/event-format';
import { formatCount, t } from '../../state/language';
import { CardList } from '../../components/card-list';
import '../../styles/door.css';
import { Page } from '../../components/page';

/** /eventos: the planning office's events (the copies on this device when offline). */
export default function EventsRoute() {
  const events = useEventList();
  const interpreters = useInterpreterAlerts();
  return (
    <Page name="events" title={t('events.title')}>
      <OfflineNotice text={t('events.offlineList')} />
      <a class="button button--primary button--block" href="/eventos/nuevo">
        {t('events.new')}
      </a>
      <CardList items={events()?.value} name="events" empty={t('events.empty')} loading={<p role="status">{t('events.loading')}</p>}>
        {(event) => (
          <>
            <a class="card__link" href={`/eventos/${encodeURIComponent(event.id)}`}>
              {event.name}
            </a>
            <p class="card__status">
              {formatDateRange(event.startsAt, event.endsAt)}
              <Show when={event.place}> · {event.place}</Show>
            </p>
            <p class={`status-tag status-tag--${event.status}`}>{t(STATUS_LABEL[event.status])}</p>
            <Show when={interpreters().get(event.id)}>
              {(demand) => (
                <p class="alert-982 alert-982--inline" role="alert" data-testid="ley-982-alert">
                  <strong>{t('events.ley982.title')}</strong>{' '}
                  {event.lscInterpreterBooked ? t('events.ley982.booked') : t('events.ley982.listNotBooked', { people: formatCount(demand().people) })}
                </p>
              )}
            </Show>
          </>
        )}
      </CardList>
    </Page>
  );
}
