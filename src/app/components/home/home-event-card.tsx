import { Show } from 'solid-js';
import type { EventDocument } from '../../../core/events';
import type { InterpreterDemand } from '../../../core/attendance/interpreter-demand';
import { STATUS_LABEL } from '../events/event-form-fields';
import { useEventCounters } from '../../state/events/event-data';
import { formatDateRange } from '../../state/events/event-format';
import type { CasesDue } from '../../state/home/escuchadero-due';
import { formatCount, t } from '../../state/language';
import { DOOR, OFFICE, REPORTS, type Viewer } from '../../state/viewer';

/**
 * One event on the home screen: when and where, its state (people admitted, records still on this device,
 * the Ley 982 alert, escuchadero cases due) and the one or two ways in that this role uses.
 */
export function HomeEventCard(props: { event: EventDocument; who: Viewer; interpreters?: InterpreterDemand | undefined; cases?: CasesDue | undefined }) {
  const { counters } = useEventCounters(() => props.event.id);
  const href = (suffix = '') => `/eventos/${encodeURIComponent(props.event.id)}${suffix}`;
  const door = () => DOOR.includes(props.who);
  return (
    <li class="card home-event" data-testid="home-event" data-event={props.event.id}>
      <h3 class="home-event__name">
        <Show when={OFFICE.includes(props.who) || props.who === 'campo'} fallback={props.event.name}>
          <a class="card__link" href={href()}>
            {props.event.name}
          </a>
        </Show>
      </h3>
      <p class="card__status">
        {formatDateRange(props.event.startsAt, props.event.endsAt)}
        <Show when={props.event.place}> · {props.event.place}</Show>
      </p>
      <p class={`status-tag status-tag--${props.event.status}`}>{t(STATUS_LABEL[props.event.status])}</p>
      <Show when={door()}>
        <dl class="counters counters--compact">
          <div class="counters__item">
            <dt>{t('home.admitted')}</dt>
            <dd data-testid="home-admitted">{formatCount(counters()?.checkedIn ?? 0)}</dd>
          </div>
          <div class="counters__item" classList={{ 'counters__item--pending': (counters()?.pending ?? 0) > 0 }}>
            <dt>{t('home.pending')}</dt>
            <dd data-testid="home-pending">{formatCount(counters()?.pending ?? 0)}</dd>
          </div>
        </dl>
      </Show>
      <Show when={props.interpreters}>
        {(demand) => (
          <p class="alert-982 alert-982--inline" role="alert" data-testid="ley-982-alert">
            <strong>{t('events.ley982.title')}</strong>{' '}
            {props.event.lscInterpreterBooked ? t('events.ley982.booked') : t('events.ley982.listNotBooked', { people: formatCount(demand().people) })}
          </p>
        )}
      </Show>
      <Show when={props.cases}>
        {(cases) => (
          <p class="home-event__cases" classList={{ 'home-event__cases--late': cases().overdue > 0 }} data-testid="home-cases">
            <a href={`/escuchadero?event=${encodeURIComponent(props.event.id)}`}>
              {t('home.cases', { open: formatCount(cases().open), overdue: formatCount(cases().overdue), soon: formatCount(cases().dueSoon) })}
            </a>
          </p>
        )}
      </Show>
      <div class="home-event__actions">
        <Show when={door() && props.event.status !== 'closed'}>
          <a class="button button--primary" href={href('/puerta')}>
            {t('home.openDoor')}
          </a>
        </Show>
        <Show when={REPORTS.includes(props.who)}>
          <a class="button button--secondary" href={href('/informe')}>
            {t('home.report')}
          </a>
        </Show>
      </div>
    </li>
  );
}
