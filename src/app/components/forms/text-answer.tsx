import { Show } from 'solid-js';
import type { FieldOf } from '../../../core/forms';
import { effectiveMaxLength } from '../../../core/forms/field-definition';
import { describedBy } from '../field-frame';
import { LengthCounter } from './length-counter';

export interface TextAnswerProps {
  id: string;
  field: FieldOf<'short-text'> | FieldOf<'long-text'>;
  value: unknown;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string | undefined;
}

const INPUT_TYPE = { email: 'email', phone: 'tel' } as const;

/**
 * Free text: one line or several. What people type is only ever set as a value, never as markup.
 * A long answer has no maxlength attribute (it would cut a paste silently): its counter shows the limit
 * from the start and says when the text is over it; the form's schema refuses it until it is shortened.
 */
export function TextAnswer(props: TextAnswerProps) {
  const counterId = () => `${props.id}-count`;
  const invalid = () => (props.error ? ('true' as const) : undefined);
  const text = () => (typeof props.value === 'string' ? props.value : '');
  return (
    <Show
      when={props.field.kind === 'long-text'}
      fallback={
        <input
          id={props.id}
          name={props.id}
          class="field__input"
          required={props.field.required}
          aria-invalid={invalid()}
          type={props.field.kind === 'short-text' && props.field.format ? INPUT_TYPE[props.field.format] : 'text'}
          autocomplete="off"
          maxLength={effectiveMaxLength(props.field)}
          aria-describedby={describedBy({ id: props.id, hint: props.help, error: props.error })}
          value={text()}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      }
    >
      <textarea
        id={props.id}
        name={props.id}
        class="field__input qfield__textarea"
        required={props.field.required}
        aria-invalid={invalid()}
        rows={5}
        aria-describedby={[describedBy({ id: props.id, hint: props.help, error: props.error }), counterId()].filter(Boolean).join(' ')}
        value={text()}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
      <LengthCounter id={counterId()} text={text()} max={effectiveMaxLength(props.field)} />
    </Show>
  );
}
