import { For } from 'solid-js';
import type { OptionGroup } from '../../state/forms/field-options';
import { t } from '../../state/language';
import { SelectInput } from '../select-field';

interface ChoiceProps {
  id: string;
  value: unknown;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
}

type Option = { value: string; label: string };

/** One box per option, big enough to hit with a thumb (its label is the target). */
function Choices(props: ChoiceProps & { type: 'radio' | 'checkbox'; options: Option[]; picked: (value: string) => boolean; onToggle: (value: string, on: boolean) => void; inline?: boolean | undefined }) {
  return (
    <div class="qchoices" classList={{ 'qchoices--inline': !!props.inline }}>
      <For each={props.options}>
        {(option, index) => (
          <label class="qchoice" for={`${props.id}-${index()}`}>
            <input
              id={`${props.id}-${index()}`}
              name={props.id}
              type={props.type}
              class="qchoice__input"
              value={option.value}
              checked={props.picked(option.value)}
              // A browser can only require one of a set of radios; "at least one box" is the schema's to say.
              required={props.type === 'radio' ? props.required : undefined}
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

/** Radio buttons: one answer out of a few. */
export function RadioChoices(props: ChoiceProps & { options: Option[]; onChange: (value: string) => void; inline?: boolean }) {
  return (
    <Choices
      id={props.id}
      value={props.value}
      error={props.error}
      required={props.required}
      options={props.options}
      inline={props.inline}
      type="radio"
      picked={(value) => props.value === value}
      onToggle={(value) => props.onChange(value)}
    />
  );
}

/** Tick boxes for "mark all that apply"; the order of picking is kept. */
export function CheckboxChoices(props: ChoiceProps & { options: Option[]; onToggle: (value: string, on: boolean) => void }) {
  return (
    <Choices
      id={props.id}
      value={props.value}
      error={props.error}
      options={props.options}
      type="checkbox"
      picked={(value) => Array.isArray(props.value) && props.value.includes(value)}
      onToggle={props.onToggle}
    />
  );
}

/** A native <select> for long lists (topics, territories): on phones it opens the system picker. */
export function SelectChoice(props: ChoiceProps & { groups: OptionGroup[]; onChange: (value: string) => void; placeholder?: string }) {
  return (
    <SelectInput
      id={props.id}
      value={typeof props.value === 'string' ? props.value : ''}
      groups={props.groups}
      placeholder={props.placeholder ?? t('forms.choose')}
      required={props.required}
      hint={props.help}
      error={props.error}
      onChange={(value) => props.onChange(value)}
    />
  );
}
