import { For, Show } from 'solid-js';
import { ariaInvalid, describedBy, FieldFrame } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  groups: SelectGroup[];
  placeholder?: string;
  error?: string;
  hint?: string;
}

/** A native <select>: on phones it opens the system picker, the most usable list there is. */
export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={props.id}
        name={props.id}
        class="field__input field__select"
        value={props.value}
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
            <Show
              when={group.label}
              fallback={<For each={group.options}>{(o) => <Option option={o} selected={o.value === props.value} />}</For>}
            >
              <optgroup label={group.label}>
                <For each={group.options}>{(o) => <Option option={o} selected={o.value === props.value} />}</For>
              </optgroup>
            </Show>
          )}
        </For>
      </select>
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
