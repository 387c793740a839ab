import { Show } from 'solid-js';
import { effectiveMaxLength, type FieldOf } from '../../../core/forms';
import { describedBy } from './field-frame';

export interface TextAnswerProps {
  id: string;
  field: FieldOf<'short-text'> | FieldOf<'long-text'>;
  value: unknown;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string | undefined;
}

const INPUT_TYPE = { email: 'email', phone: 'tel' } as const;

/** Free text: one line or several. What people type is only ever set as a value, never as markup. */
export function TextAnswer(props: TextAnswerProps) {
  const common = () => ({
    id: props.id,
    name: props.id,
    class: 'field__input',
    maxLength: effectiveMaxLength(props.field),
    required: props.field.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props),
  });
  const text = () => (typeof props.value === 'string' ? props.value : '');
  return (
    <Show
      when={props.field.kind === 'long-text'}
      fallback={
        <input
          {...common()}
          type={props.field.kind === 'short-text' && props.field.format ? INPUT_TYPE[props.field.format] : 'text'}
          autocomplete="off"
          value={text()}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      }
    >
      <textarea {...common()} class="field__input qfield__textarea" rows={5} value={text()} onInput={(e) => props.onChange(e.currentTarget.value)} />
    </Show>
  );
}
