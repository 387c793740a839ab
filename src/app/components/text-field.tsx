import { FieldMessage, describedBy } from './field-message';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'text' | 'numeric';
  autocapitalize?: 'words' | 'characters' | 'off';
  ref?: (element: HTMLInputElement) => void;
}

export function TextField(props: TextFieldProps) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <FieldMessage id={props.id} hint={props.hint} error={props.error} />
      <input
        ref={props.ref}
        id={props.id}
        name={props.id}
        class="field__input"
        type="text"
        autocomplete="off"
        spellcheck={false}
        inputmode={props.inputMode ?? 'text'}
        autocapitalize={props.autocapitalize ?? 'off'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </div>
  );
}
