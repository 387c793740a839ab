import { FieldMessage, describedBy } from '../field-message';

export interface AuthFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number';
  /** e.g. "username", "current-password", "new-password": lets password managers help. */
  autocomplete?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  min?: number;
  max?: number;
}

/** A labelled input of the sign-in and administration forms (email, password, name, numbers). */
export function AuthField(props: AuthFieldProps) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <FieldMessage id={props.id} hint={props.hint} error={props.error} />
      <input
        id={props.id}
        name={props.id}
        class="field__input"
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={false}
        autocapitalize="off"
        required={props.required}
        min={props.min}
        max={props.max}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </div>
  );
}
