import { Show } from 'solid-js';
import type { EventCounters, EventList } from '../../storage/door-queries';
import { formatCount, t } from '../../state/language';

/** Live counters of the event on this device: admitted, by this device, waiting to be sent. */
export function EventCountersView(props: { counters: EventCounters | undefined; list?: EventList | undefined; compact?: boolean }) {
  return (
    <dl class="counters" classList={{ 'counters--compact': !!props.compact }} data-testid="event-counters" aria-live="polite">
      <div class="counters__item">
        <dt>{t('events.counters.checkedIn')}</dt>
        <dd data-testid="count-checked-in">{props.counters ? formatCount(props.counters.checkedIn) : '…'}</dd>
      </div>
      <div class="counters__item">
        <dt>{t('events.counters.byThisDevice')}</dt>
        <dd data-testid="count-this-device">{props.counters ? formatCount(props.counters.byThisDevice) : '…'}</dd>
      </div>
      <div class="counters__item" classList={{ 'counters__item--pending': (props.counters?.pending ?? 0) > 0 }}>
        <dt>{t('events.counters.pending')}</dt>
        <dd data-testid="count-pending">{props.counters ? formatCount(props.counters.pending) : '…'}</dd>
      </div>
      <Show when={props.list}>
        {(list) => (
          <div class="counters__item">
            <dt>{t('events.counters.registered')}</dt>
            <dd data-testid="count-registered">{formatCount(list().registered)}</dd>
          </div>
        )}
      </Show>
    </dl>
  );
}
