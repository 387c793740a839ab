import { For, Show, type JSX } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame, type FieldTexts } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectGroup {
  /** Absent or empty for options shown without a heading. */
  label?: string | undefined;
  options: SelectOption[];
}

export interface SelectInputProps extends FieldTexts {
  value: string;
  onChange: (value: string) => void;
  groups: SelectGroup[];
  /** The first, empty choice ("Elija…", "Todos"); without it the list has no empty choice. */
  placeholder?: string | undefined;
  required?: boolean | undefined;
}

/** A native <select>: on phones it opens the system picker, the most usable list there is. */
export function SelectInput(props: SelectInputProps) {
  return (
    <select
      id={props.id}
      name={props.id}
      class="field__input field__select"
      value={props.value}
      required={props.required}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      aria-invalid={ariaInvalid(props)}
      aria-describedby={describedBy(props)}
    >
      <Show when={props.placeholder}>
        <option value="" selected={props.value === ''}>
          {props.placeholder}
        </option>
      </Show>
      <For each={props.groups}>
        {(group) => (
          <Show when={group.label} fallback={<For each={group.options}>{(o) => <Option option={o} selected={o.value === props.value} />}</For>}>
            <optgroup label={group.label}>
              <For each={group.options}>{(o) => <Option option={o} selected={o.value === props.value} />}</For>
            </optgroup>
          </Show>
        )}
      </For>
    </select>
  );
}

export interface SelectFieldProps extends SelectInputProps {
  label: string;
  /** What belongs to the choice below it (a warning about it). */
  children?: JSX.Element;
}

/** A labelled native <select> in the shared frame. */
export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <SelectInput {...props} />
      {props.children}
    </FieldFrame>
  );
}

// `selected` on each option as well as `value` on the select: options may arrive after the value.
function Option(props: { option: SelectOption; selected: boolean }) {
  return (
    <option value={props.option.value} selected={props.selected}>
      {props.option.label}
    </option>
  );
}
