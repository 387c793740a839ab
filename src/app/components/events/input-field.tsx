import { Show } from 'solid-js';
import { FieldMessage, describedBy } from '../field-message';

export interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'email' | 'tel' | 'url' | 'search';
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  autocomplete?: string;
  autocapitalize?: 'words' | 'characters' | 'off';
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  ref?: (element: HTMLInputElement) => void;
}

/** A labelled input of any text-like type (or a textarea), with its hint and error tied by aria-describedby. */
export function InputField(props: InputFieldProps) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <FieldMessage id={props.id} hint={props.hint} error={props.error} />
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
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
            aria-invalid={props.error ? 'true' : undefined}
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
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props)}
        />
      </Show>
    </div>
  );
}
