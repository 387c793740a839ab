import { Show } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame } from '../field-frame';

export interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'email' | 'tel' | 'url' | 'search' | 'password' | 'number';
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  autocomplete?: string;
  autocapitalize?: 'words' | 'characters' | 'off';
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  ref?: (element: HTMLInputElement) => void;
}

/** A labelled input of any text-like type (or a textarea), with its hint and error tied by aria-describedby. */
export function InputField(props: InputFieldProps) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <Show
        when={props.multiline}
        fallback={
          <input
            ref={props.ref}
            id={props.id}
            name={props.id}
            class="field__input"
            type={props.type ?? 'text'}
            inputmode={props.inputMode}
            autocomplete={props.autocomplete ?? 'off'}
            autocapitalize={props.autocapitalize ?? 'off'}
            spellcheck={false}
            required={props.required}
            min={props.min}
            max={props.max}
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
            aria-invalid={ariaInvalid(props)}
            aria-describedby={describedBy(props)}
          />
        }
      >
        <textarea
          id={props.id}
          name={props.id}
          class="field__input field__textarea"
          rows={4}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-invalid={ariaInvalid(props)}
          aria-describedby={describedBy(props)}
        />
      </Show>
    </FieldFrame>
  );
}
