import type { FieldOf } from '../../../core/forms';
import { describedBy } from '../field-frame';

export interface NumberAnswerProps {
  id: string;
  field: FieldOf<'number'> | FieldOf<'date'>;
  value: unknown;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string | undefined;
}

/**
 * A number is typed as text (a comma is a decimal separator in Colombia; the schema reads "3,5") with the
 * numeric keypad; a date uses the browser's date input. Limits are also given to the input.
 */
export function NumberAnswer(props: NumberAnswerProps) {
  const isDate = () => props.field.kind === 'date';
  const text = () => (typeof props.value === 'string' ? props.value : typeof props.value === 'number' ? String(props.value) : '');
  return (
    <input
      id={props.id}
      name={props.id}
      class="field__input qfield__short"
      type={isDate() ? 'date' : 'text'}
      inputmode={isDate() ? undefined : props.field.kind === 'number' && props.field.integer ? 'numeric' : 'decimal'}
      // Limits only mean something to a date input; a number's are said in its help text and checked on save.
      min={isDate() && props.field.min !== undefined ? String(props.field.min) : undefined}
      max={isDate() && props.field.max !== undefined ? String(props.field.max) : undefined}
      autocomplete="off"
      required={props.field.required}
      value={text()}
      onInput={(e) => props.onChange(e.currentTarget.value)}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy({ id: props.id, hint: props.help, error: props.error })}
    />
  );
}
