import { For, Show } from 'solid-js';
import { SelectField } from '../select-field';
import { commitmentChoices, COMMITMENT_STATUSES, STATUS_KEYS } from '../../state/commitments/commitment-labels';
import type { CommitmentFilter } from '../../state/commitments/commitment-list';
import { language, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';

export interface CommitmentFiltersProps {
  filter: CommitmentFilter;
  onChange: (key: keyof CommitmentFilter, value: string) => void;
  onSubmit: () => void;
  busy: boolean;
  /** The events to choose from; absent on an event's own page (the event is fixed). */
  events?: { value: string; label: string }[];
}

/** Status (overdue included), dependency, territory, plan topic and, across events, the event. */
export function CommitmentFilters(props: CommitmentFiltersProps) {
  const choices = () => commitmentChoices(language());
  const statuses = () => [{ options: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) })) }];
  const selects = [
    ['office', () => t('commitments.field.office')],
    ['territory', territoryLabel],
    ['topic', () => t('commitments.field.topic')],
  ] as const;
  return (
    <form
      class="cfilters"
      aria-label={t('commitments.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <SelectField id="cfilter-status" label={t('commitments.filter.status')} value={props.filter.status} groups={statuses()} placeholder={t('commitments.filter.all')} onChange={(v) => props.onChange('status', v)} />
      <Show when={props.events}>
        {(events) => (
          <SelectField id="cfilter-event" label={t('commitments.field.event')} value={props.filter.event} groups={[{ options: events() }]} placeholder={t('commitments.filter.all')} onChange={(v) => props.onChange('event', v)} />
        )}
      </Show>
      <For each={selects}>
        {([key, label]) => (
          <SelectField id={`cfilter-${key}`} label={label()} value={props.filter[key]} groups={choices()[key]} placeholder={t('commitments.filter.all')} onChange={(v) => props.onChange(key, v)} />
        )}
      </For>
      <div class="cfilters__actions">
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {t('commitments.filter.apply')}
        </button>
        <button type="button" class="button button--secondary" disabled={props.busy} onClick={() => { props.onChange('status', 'vencido'); props.onSubmit(); }}>
          {t('commitments.filter.overdueOnly')}
        </button>
      </div>
    </form>
  );
}
