import { Show, type JSX } from 'solid-js';
import { t } from '../../state/language';

export interface FieldFrameProps {
  id: string;
  label: string;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  /** Several inputs answer one question: a fieldset whose legend is the question. */
  group: boolean;
  children: JSX.Element;
}

/** Ids of the help and error texts an input (or group) is described by. */
export const describedBy = (props: { id: string; help?: string | undefined; error?: string | undefined }): string | undefined =>
  [props.help ? `${props.id}-hint` : undefined, props.error ? `${props.id}-error` : undefined].filter(Boolean).join(' ') || undefined;

function Label(props: { label: string; required: boolean }) {
  return (
    <>
      {props.label}
      <Show when={props.required}>
        <span class="qfield__required"> ({t('forms.required')})</span>
      </Show>
    </>
  );
}

function Messages(props: { id: string; help?: string | undefined; error?: string | undefined }) {
  return (
    <>
      <Show when={props.help}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.help}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </>
  );
}

/** One question: its label (or legend), help, the Spanish message of what is wrong, then the input(s). */
export function FieldFrame(props: FieldFrameProps) {
  return (
    <Show
      when={props.group}
      fallback={
        <div class="qfield" classList={{ 'field--invalid': !!props.error }} data-field={props.id}>
          <label class="field__label" for={props.id}>
            <Label label={props.label} required={props.required} />
          </label>
          <Messages id={props.id} help={props.help} error={props.error} />
          {props.children}
        </div>
      }
    >
      <fieldset class="qfield qfield--group" classList={{ 'field--invalid': !!props.error }} data-field={props.id} aria-describedby={describedBy(props)}>
        <legend class="field__label qfield__legend">
          <Label label={props.label} required={props.required} />
        </legend>
        <Messages id={props.id} help={props.help} error={props.error} />
        {props.children}
      </fieldset>
    </Show>
  );
}
