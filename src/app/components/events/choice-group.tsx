import { For, Show } from 'solid-js';

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
  const describedBy = () => [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="field choice-group" classList={{ 'field--invalid': !!props.error }} id={props.id} aria-describedby={describedBy()}>
      <legend class="field__label">{props.legend}</legend>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
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
    </fieldset>
  );
}
