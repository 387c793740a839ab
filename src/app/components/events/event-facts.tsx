import { For, Show } from 'solid-js';
import type { EventDocument } from '../../../core/events';
import { catalogueName } from '../../state/door/catalogue-choices';
import { formatDateRange } from '../../state/events/event-format';
import { t } from '../../state/language';
import { MODALITY_LABEL, STATUS_LABEL } from './event-form-fields';
import { territoryLabel } from '../../state/territory-label';

/** The event's plan at a glance: when, where, what, and who is responsible. */
export function EventFacts(props: { event: EventDocument }) {
  return (
    <dl class="facts facts--grid">
      <dt>{t('events.field.when')}</dt>
      <dd>{formatDateRange(props.event.startsAt, props.event.endsAt)}</dd>
      <Show when={props.event.place}>
        <dt>{t('events.field.place')}</dt>
        <dd>{props.event.place}</dd>
      </Show>
      <dt>{territoryLabel()}</dt>
      <dd>{catalogueName('territories', props.event.territory)}</dd>
      <dt>{t('events.field.type')}</dt>
      <dd>
        {catalogueName('eventTypes', props.event.type)} · {t(MODALITY_LABEL[props.event.modality])}
      </dd>
      <dt>{t('events.field.murcStage')}</dt>
      <dd>{catalogueName('murcStages', props.event.murcStage)}</dd>
      <dt>{t('events.field.office')}</dt>
      <dd>{catalogueName('offices', props.event.responsibleOffice)}</dd>
      <dt>{t('events.field.status')}</dt>
      <dd>{t(STATUS_LABEL[props.event.status])}</dd>
      <dt>{t('events.field.expected')}</dt>
      <dd>{props.event.expectedAttendance}</dd>
      <dt>{t('events.field.lscBooked')}</dt>
      <dd>{props.event.lscInterpreterBooked ? t('events.yes') : t('events.no')}</dd>
      <Show when={props.event.topics.length > 0}>
        <dt>{t('events.field.topics')}</dt>
        <dd>
          <ul class="plain-list">
            <For each={props.event.topics}>{(code) => <li>{catalogueName('topics', code)}</li>}</For>
          </ul>
        </dd>
      </Show>
      <Show when={props.event.onlineUrl}>
        <dt>{t('events.field.onlineUrl')}</dt>
        <dd>
          <a href={props.event.onlineUrl} rel="noopener" target="_blank">
            {props.event.onlineUrl}
          </a>
        </dd>
      </Show>
      <Show when={props.event.objective}>
        <dt>{t('events.field.objective')}</dt>
        <dd>{props.event.objective}</dd>
      </Show>
    </dl>
  );
}
