import { createMemo, createSignal, For, Show } from 'solid-js';
import { pickableEvents, type EventDocument } from '../../../core/events';
import { formatDateRange } from '../../state/events/event-format';
import { t } from '../../state/language';
import { FieldFrame } from '../field-frame';
import { InputField } from '../input-field';

/** What differs where the picker is used: a device (none picked = every event) or a campo account (none = none). */
export interface EventPickerTexts {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  legend: string;
  hint: string;
  none: string;
}

/**
 * Picks the events a device (or a campo account) may work, by name: a search box and a list of checkboxes,
 * today's events first, then upcoming, then past ones. For a device, none picked means every event.
 */
export function EventPicker(props: { events: EventDocument[] | undefined; picked: string[]; onChange: (ids: string[]) => void; texts?: EventPickerTexts }) {
  const id = () => props.texts?.id ?? 'event-picker';
  const [query, setQuery] = createSignal('');
  const shown = createMemo(() => pickableEvents(props.events ?? [], Date.now(), query()).slice(0, 30));
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.picked, id] : props.picked.filter((p) => p !== id));
  return (
    <FieldFrame id={id()} label={props.texts?.legend ?? t('auth.devices.events')} hint={props.texts?.hint ?? t('auth.devices.eventsHint')} group class="field event-picker">
      <InputField id={`${id()}-search`} type="search" label={t('auth.devices.searchEvents')} value={query()} onInput={setQuery} />
      <Show when={props.events} fallback={<p role="status">{t('events.loading')}</p>}>
        <Show when={shown().length > 0} fallback={<p>{t('auth.devices.noEventsFound')}</p>}>
          <ul class="event-picker__list" data-testid="event-picker">
            <For each={shown()}>
              {(event) => (
                <li>
                  <label class="event-picker__option">
                    <input type="checkbox" checked={props.picked.includes(event.id)} onChange={(e) => toggle(event.id, e.currentTarget.checked)} />
                    <span>
                      <strong>{event.name}</strong>
                      <br />
                      <span class="event-picker__when">
                        {formatDateRange(event.startsAt, event.endsAt)}
                        <Show when={event.place}> · {event.place}</Show>
                      </span>
                    </span>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <p class="event-picker__summary" role="status" data-testid="event-picker-summary">
        {props.picked.length === 0 ? (props.texts?.none ?? t('auth.devices.allEvents')) : t('auth.devices.pickedCount', { count: props.picked.length })}
      </p>
    </FieldFrame>
  );
}
