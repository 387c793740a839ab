import { For, Show } from 'solid-js';
import { EVENT_MODALITIES, EVENT_STATUSES } from '../../../core/events';
import { catalogueGroups, topicGroups } from '../../state/door/catalogue-choices';
import { territoryGroups } from '../../state/catalogue-options';
import type { EventForm } from '../../state/events/event-form';
import type { EventField } from '../../state/events/event-draft';
import { language, t } from '../../state/language';
import { localeOf, type MessageKey } from '../../i18n';
import { DateTimeField } from './date-time-field';
import { CheckboxField } from '../checkbox-field';
import { FieldFrame } from '../field-frame';
import { SelectField } from '../select-field';
import { ChoiceGroup } from './choice-group';
import { InputField } from '../input-field';
import { territoryLabel, territoryText } from '../../state/territory-label';

const MODALITY_LABEL: Record<(typeof EVENT_MODALITIES)[number], MessageKey> = {
  presencial: 'events.modality.presencial',
  virtual: 'events.modality.virtual',
  mixta: 'events.modality.mixta',
};
const STATUS_LABEL: Record<(typeof EVENT_STATUSES)[number], MessageKey> = {
  planned: 'events.status.planned',
  open: 'events.status.open',
  closed: 'events.status.closed',
};

/** Every field of the event planning format (seed 003, item 6), in the order the office fills it in. */
export function EventFormFields(props: { form: EventForm }) {
  const d = () => props.form.draft;
  // The server explains each field in the language the save asked in (the screen's); once the office switches
  // language, each field's own line in the new one stands in until the next save.
  const e = (): Partial<Record<EventField, string>> => {
    const errors = props.form.errors();
    if (props.form.errorsLanguage() === language()) return errors;
    return Object.fromEntries(Object.keys(errors).map((field) => [field, t(`events.invalid.${field as EventField}`, { territory: territoryText('a') })]));
  };
  const set = props.form.setField;
  return (
    <>
      <InputField id="event-name" label={t('events.field.name')} value={d().name} onInput={(v) => set('name', v)} autocapitalize="words" error={e().name} />
      <SelectField id="event-type" label={t('events.field.type')} value={d().type} onChange={(v) => set('type', v)} groups={catalogueGroups('eventTypes')} placeholder={t('events.choose')} error={e().type} />
      <SelectField id="event-murc" label={t('events.field.murcStage')} value={d().murcStage} onChange={(v) => set('murcStage', v)} groups={catalogueGroups('murcStages')} placeholder={t('events.choose')} error={e().murcStage} />
      <SelectField id="event-office" label={t('events.field.office')} value={d().responsibleOffice} onChange={(v) => set('responsibleOffice', v)} groups={catalogueGroups('offices')} placeholder={t('events.choose')} error={e().responsibleOffice} />
      <DateTimeField id="event-starts" locale={localeOf(language())} label={t('events.field.startsAt')} value={d().startsAt} onInput={(v) => set('startsAt', v)} error={e().startsAt} />
      <DateTimeField id="event-ends" locale={localeOf(language())} label={t('events.field.endsAt')} value={d().endsAt} onInput={(v) => set('endsAt', v)} error={e().endsAt} />
      <ChoiceGroup
        id="event-modality"
        legend={t('events.field.modality')}
        choices={EVENT_MODALITIES.map((m) => ({ value: m, label: t(MODALITY_LABEL[m]) }))}
        value={d().modality}
        onChange={(v) => set('modality', v as (typeof EVENT_MODALITIES)[number])}
        error={e().modality}
      />
      <Show when={d().modality !== 'virtual'}>
        <InputField id="event-place" label={t('events.field.place')} value={d().place} onInput={(v) => set('place', v)} error={e().place} />
      </Show>
      <Show when={d().modality !== 'presencial'}>
        <InputField id="event-url" type="url" inputMode="url" label={t('events.field.onlineUrl')} value={d().onlineUrl} onInput={(v) => set('onlineUrl', v)} error={e().onlineUrl} />
      </Show>
      <SelectField id="event-territory" label={territoryLabel()} value={d().territory} onChange={(v) => set('territory', v)} groups={territoryGroups()} placeholder={t('events.choose')} error={e().territory} />
      <InputField id="event-expected" inputMode="numeric" label={t('events.field.expected')} value={d().expectedAttendance} onInput={(v) => set('expectedAttendance', v)} error={e().expectedAttendance} />
      <FieldFrame id="event-topics" label={t('events.field.topics')} error={e().topics} group class="field choice-group">
        <For each={topicGroups()}>
          {(group) => (
            <details class="topic-group">
              <summary>{group.component.label}</summary>
              <ChoiceGroup
                id={`event-topics-${group.component.value}`}
                legend={t('events.field.programmes')}
                multiple
                choices={[group.component, ...group.programmes]}
                value={d().topics}
                onChange={(v) => set('topics', v as string[])}
              />
            </details>
          )}
        </For>
      </FieldFrame>
      <CheckboxField id="event-lsc" label={t('events.field.lscBooked')} checked={d().lscInterpreterBooked} onChange={(v) => set('lscInterpreterBooked', v)} error={e().lscInterpreterBooked} />
      <SelectField
        id="event-status"
        label={t('events.field.status')}
        value={d().status}
        onChange={(v) => set('status', v as (typeof EVENT_STATUSES)[number])}
        groups={[{ label: '', options: EVENT_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) })) }]}
        error={e().status}
      />
      <InputField id="event-objective" multiline label={t('events.field.objective')} value={d().objective} onInput={(v) => set('objective', v)} error={e().objective} />
    </>
  );
}

export { STATUS_LABEL, MODALITY_LABEL };
