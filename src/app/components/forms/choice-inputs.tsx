import { For, Show } from 'solid-js';
import type { OptionGroup } from '../../state/forms/field-options';
import { t } from '../../state/language';
import { describedBy } from './field-frame';

interface ChoiceProps {
  id: string;
  value: unknown;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
}

/** Radio buttons, one per option, big enough to hit with a thumb (their label is the target). */
export function RadioChoices(props: ChoiceProps & { options: { value: string; label: string }[]; onChange: (value: string) => void; inline?: boolean }) {
  return (
    <div class="qchoices" classList={{ 'qchoices--inline': !!props.inline }}>
      <For each={props.options}>
        {(option, index) => (
          <label class="qchoice" for={`${props.id}-${index()}`}>
            <input
              id={`${props.id}-${index()}`}
              name={props.id}
              type="radio"
              class="qchoice__input"
              value={option.value}
              checked={props.value === option.value}
              required={props.required}
              onChange={() => props.onChange(option.value)}
              aria-invalid={props.error ? 'true' : undefined}
            />
            <span class="qchoice__label">{option.label}</span>
          </label>
        )}
      </For>
    </div>
  );
}

/** Tick boxes for "mark all that apply"; the order of picking is kept. */
export function CheckboxChoices(props: ChoiceProps & { options: { value: string; label: string }[]; onToggle: (value: string, on: boolean) => void }) {
  const picked = (value: string) => Array.isArray(props.value) && props.value.includes(value);
  return (
    <div class="qchoices">
      <For each={props.options}>
        {(option, index) => (
          <label class="qchoice" for={`${props.id}-${index()}`}>
            <input
              id={`${props.id}-${index()}`}
              name={props.id}
              type="checkbox"
              class="qchoice__input"
              value={option.value}
              checked={picked(option.value)}
              onChange={(e) => props.onToggle(option.value, e.currentTarget.checked)}
              aria-invalid={props.error ? 'true' : undefined}
            />
            <span class="qchoice__label">{option.label}</span>
          </label>
        )}
      </For>
    </div>
  );
}

/** A native <select> for long lists (topics, territories): on phones it opens the system picker. */
export function SelectChoice(props: ChoiceProps & { groups: OptionGroup[]; onChange: (value: string) => void; placeholder?: string }) {
  const selected = (value: string) => props.value === value;
  return (
    <select
      id={props.id}
      name={props.id}
      class="field__input field__select"
      required={props.required}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props)}
    >
      <option value="" selected={typeof props.value !== 'string' || props.value === ''}>
        {props.placeholder ?? t('forms.choose')}
      </option>
      <For each={props.groups}>
        {(group) => (
          <Show
            when={group.label}
            fallback={
              <For each={group.options}>
                {(o) => (
                  <option value={o.value} selected={selected(o.value)}>
                    {o.label}
                  </option>
                )}
              </For>
            }
          >
            <optgroup label={group.label}>
              <For each={group.options}>
                {(o) => (
                  <option value={o.value} selected={selected(o.value)}>
                    {o.label}
                  </option>
                )}
              </For>
            </optgroup>
          </Show>
        )}
      </For>
    </select>
  );
}
