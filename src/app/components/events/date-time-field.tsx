import { Show } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame } from '../field-frame';
import { formatLongDate } from '../../state/events/event-format';
import { joinDateTime, splitDateTime } from '../../state/events/event-draft';
import { t } from '../../state/language';

/**
 * A day and an hour as two native inputs (the phone's own calendar and clock, shown as dd/mm/aaaa in
 * es-CO), grouped under one legend with one error; below them the choice read back in words on Bogotá's
 * clock ("jueves, 3 de diciembre de 2026, 9:00 a. m."), so nobody has to decode a format.
 */
export function DateTimeField(props: { id: string; label: string; value: string; onInput: (value: string) => void; error?: string | undefined; locale: string }) {
  const parts = () => splitDateTime(props.value);
  const readable = () => {
    const { date, time } = parts();
    return date && time ? formatLongDate(`${date}T${time}:00-05:00`) : undefined;
  };
  const texts = () => ({ id: props.id, hint: t('events.field.dateHint'), error: props.error });
  return (
    <FieldFrame id={props.id} groupId={`${props.id}-group`} label={props.label} hint={texts().hint} error={props.error} group class="field date-time-field">
      <div class="date-time">
        <label class="date-time__part">
          <span class="date-time__label">{t('events.field.date')}</span>
          <input
            id={props.id}
            name={`${props.id}-date`}
            class="field__input"
            type="date"
            lang={props.locale}
            value={parts().date}
            onInput={(e) => props.onInput(joinDateTime(e.currentTarget.value, parts().time))}
            aria-invalid={ariaInvalid(props)}
            aria-describedby={describedBy(texts())}
          />
        </label>
        <label class="date-time__part">
          <span class="date-time__label">{t('events.field.time')}</span>
          <input
            id={`${props.id}-time`}
            name={`${props.id}-time`}
            class="field__input"
            type="time"
            lang={props.locale}
            value={parts().time}
            onInput={(e) => props.onInput(joinDateTime(parts().date, e.currentTarget.value))}
            aria-invalid={ariaInvalid(props)}
            aria-describedby={describedBy(texts())}
          />
        </label>
      </div>
      <Show when={readable()}>
        {(words) => (
          <p class="date-time__words" data-testid={`${props.id}-words`}>
            {words()}
          </p>
        )}
      </Show>
    </FieldFrame>
  );
}
