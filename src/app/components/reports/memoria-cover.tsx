import { For, Show } from 'solid-js';
import type { EventDocument } from '../../../core/events';
import { catalogueName } from '../../state/door/catalogue-choices';
import { formatDateRange } from '../../state/events/event-format';
import { t } from '../../state/language';
import { MODALITY_LABEL } from '../events/event-form-fields';
import { Letterhead } from './letterhead';
import { territoryLabel } from '../../state/territory-label';

/** The memoria's cover: who issues it, the event's name, when and where; then what the event was for. */
export function MemoriaCover(props: { event: EventDocument | undefined }) {
  return (
    <>
      <Letterhead title={t('reports.memoria.title')}>
        <Show when={props.event}>
          {(e) => (
            <>
              <p class="rpt-letterhead__event" data-testid="memoria-event">
                {e().name}
              </p>
              <dl class="rpt-cover" data-testid="memoria-cover">
                <dt>{t('events.field.when')}</dt>
                <dd>{formatDateRange(e().startsAt, e().endsAt)}</dd>
                <Show when={e().place}>
                  <dt>{t('events.field.place')}</dt>
                  <dd>{e().place}</dd>
                </Show>
                <dt>{territoryLabel()}</dt>
                <dd>{catalogueName('territories', e().territory)}</dd>
                <dt>{t('events.field.type')}</dt>
                <dd>
                  {catalogueName('eventTypes', e().type)} · {t(MODALITY_LABEL[e().modality])}
                </dd>
                <dt>{t('events.field.office')}</dt>
                <dd>{catalogueName('offices', e().responsibleOffice)}</dd>
              </dl>
            </>
          )}
        </Show>
      </Letterhead>
      <Show when={props.event && (props.event.objective || props.event.topics.length > 0) ? props.event : undefined}>
        {(e) => (
          <section class="rpt-section" aria-labelledby="s-objective" data-testid="memoria-objective">
            <h2 class="rpt-section__title" id="s-objective">
              {t('reports.memoria.objective')}
            </h2>
            <Show when={e().objective}>{(text) => <p class="rpt-prose">{text()}</p>}</Show>
            <Show when={e().topics.length > 0}>
              <p class="rpt-qa__label">{t('events.field.topics')}</p>
              <ul class="rpt-prose">
                <For each={e().topics}>{(code) => <li>{catalogueName('topics', code)}</li>}</For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
