import { Show, type JSX } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame } from './field-frame';

export interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'email' | 'tel' | 'url' | 'search' | 'password' | 'number';
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  /** e.g. "username", "current-password", "new-password": lets password managers help. */
  autocomplete?: string;
  autocapitalize?: 'words' | 'characters' | 'off';
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  placeholder?: string | undefined;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  /** The input's size class where a screen wants it other than full width ("qfield__short"). */
  inputClass?: string;
  ref?: (element: HTMLInputElement) => void;
  /** What belongs to the input below it (a list of suggestions, the name of what was typed). */
  children?: JSX.Element;
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
            class={props.inputClass ? `field__input ${props.inputClass}` : 'field__input'}
            type={props.type ?? 'text'}
            inputmode={props.inputMode}
            autocomplete={props.autocomplete ?? 'off'}
            autocapitalize={props.autocapitalize ?? 'off'}
            spellcheck={false}
            required={props.required}
            min={props.min}
            max={props.max}
            maxLength={props.maxLength}
            placeholder={props.placeholder}
            list={props.list}
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
          class={`field__input ${props.inputClass ?? 'field__textarea'}`}
          rows={4}
          maxLength={props.maxLength}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          aria-invalid={ariaInvalid(props)}
          aria-describedby={describedBy(props)}
        />
      </Show>
      {props.children}
    </FieldFrame>
  );
}
