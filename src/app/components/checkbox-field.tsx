import { ariaInvalid, describedBy, FieldMessage } from './field-frame';

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  /** Id of text elsewhere that the box refers to (the data-processing notice). */
  describedById?: string;
}

export function CheckboxField(props: CheckboxFieldProps) {
  return (
    <div class="field field--checkbox" classList={{ 'field--invalid': !!props.error }}>
      <FieldMessage id={props.id} error={props.error} />
      <label class="checkbox" for={props.id}>
        <input
          id={props.id}
          name={props.id}
          type="checkbox"
          class="checkbox__input"
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          aria-invalid={ariaInvalid(props)}
          aria-describedby={describedBy(props, props.describedById)}
        />
        <span class="checkbox__label">{props.label}</span>
      </label>
    </div>
  );
}
