import { Show } from 'solid-js';

/** The hint and error under a field; their ids are what the input's aria-describedby points at. */
export function FieldMessage(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

export const describedBy = (props: { id: string; hint?: string; error?: string }, extra?: string): string | undefined =>
  [extra, props.hint ? `${props.id}-hint` : undefined, props.error ? `${props.id}-error` : undefined]
    .filter(Boolean)
    .join(' ') || undefined;
