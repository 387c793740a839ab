import { Show } from 'solid-js';
import { isCalendarDate } from '../../../core/time';
import { formatDay } from '../../state/commitments/format-day';
import { t } from '../../state/language';
import { InputField } from '../input-field';

/**
 * The phone's own date picker, and the chosen day written out in the reader's language ("30 de junio de 2027")
 * under it: the picker's numbers follow the phone's settings, the words leave no doubt about day and month.
 */
export function DateField(props: { id: string; label: string; value: string; onInput: (value: string) => void; error?: string | undefined }) {
  return (
    <>
      <InputField id={props.id} type="date" label={props.label} hint={t('commitments.dateHint')} value={props.value} onInput={props.onInput} error={props.error} />
      <Show when={isCalendarDate(props.value) && props.value}>
        {(date) => (
          <p class="cdate__echo" data-testid={`${props.id}-echo`}>
            {t('commitments.dateChosen', { date: formatDay(date()) })}
          </p>
        )}
      </Show>
    </>
  );
}
