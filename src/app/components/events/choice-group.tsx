import { For } from 'solid-js';
import { FieldFrame } from '../field-frame';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroupProps {
  id: string;
  legend: string;
  choices: Choice[];
  /** One value (radios) or several (checkboxes). */
  multiple?: boolean;
  value: string | string[];
  onChange: (value: string | string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Values that stand alone ("Ninguna", "Prefiero no responder"): choosing one clears the others. */
  exclusive?: readonly string[];
}

/** Radios or checkboxes in a fieldset: every option visible, big targets, no dropdown to open. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const chosen = (value: string) => (Array.isArray(props.value) ? props.value.includes(value) : props.value === value);
  const toggle = (value: string, on: boolean) => {
    if (!props.multiple) return props.onChange(value);
    const current = Array.isArray(props.value) ? props.value : [];
    const alone = props.exclusive?.includes(value) ?? false;
    const next = on ? (alone ? [value] : [...current.filter((v) => !props.exclusive?.includes(v)), value]) : current.filter((v) => v !== value);
    props.onChange(next);
  };
  return (
    <FieldFrame id={props.id} groupId={props.id} label={props.legend} hint={props.hint} error={props.error} group class="field choice-group">
      <For each={props.choices}>
        {(choice, i) => (
          <label class="checkbox" for={`${props.id}-${i()}`}>
            <input
              id={`${props.id}-${i()}`}
              name={props.id}
              type={props.multiple ? 'checkbox' : 'radio'}
              class="checkbox__input"
              value={choice.value}
              checked={chosen(choice.value)}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            />
            <span class="checkbox__label">{choice.label}</span>
          </label>
        )}
      </For>
    </FieldFrame>
  );
}
