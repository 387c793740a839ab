import { ariaInvalid, describedBy, FieldMessage } from './field-frame';

export interface CheckboxInputProps {
  id: string;
  label: string;
  checked: boolean;
  /** The box itself comes along for a change the server may refuse (the box is then put back). */
  onChange: (checked: boolean, box: HTMLInputElement) => void;
  invalid?: boolean | undefined;
  /** Ids of the texts the box is described by (a notice, a hint, an error shown elsewhere). */
  describedBy?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  /** A class added to the label (where a screen places the box itself). */
  class?: string | undefined;
}

/** A box and its label, the label being the target: the one checkbox markup of the app. */
export function CheckboxInput(props: CheckboxInputProps) {
  return (
    <label class={props.class ? `checkbox ${props.class}` : 'checkbox'} for={props.id}>
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        class="checkbox__input"
        checked={props.checked}
        required={props.required}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked, event.currentTarget)}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={props.describedBy}
      />
      <span class="checkbox__label">{props.label}</span>
    </label>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  /** Id of text elsewhere that the box refers to (the data-processing notice). */
  describedById?: string | undefined;
}

/** A box with its own error above it: the frame of a checkbox that answers alone. */
export function CheckboxField(props: CheckboxFieldProps) {
  return (
    <div class="field field--checkbox" classList={{ 'field--invalid': !!props.error }}>
      <FieldMessage id={props.id} error={props.error} />
      <CheckboxInput
        id={props.id}
        label={props.label}
        checked={props.checked}
        onChange={(checked) => props.onChange(checked)}
        invalid={!!ariaInvalid(props)}
        describedBy={describedBy(props, props.describedById)}
      />
    </div>
  );
}
