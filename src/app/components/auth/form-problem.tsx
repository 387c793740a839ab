import { For, Show } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import { problemText } from '../../state/language';

/** A server's refusal under a form, announced to screen readers, with the fields it names; always plain text. */
export function FormProblem(props: { problem: Problem | undefined }) {
  return (
    <Show when={props.problem}>
      {(p) => (
        <div class="save-status__error" role="alert" data-testid="auth-problem">
          <p>{problemText(p())}</p>
          <Show when={p().details?.fields?.length}>
            <ul>
              <For each={p().details?.fields}>{(field) => <li>{field.message}</li>}</For>
            </ul>
          </Show>
        </div>
      )}
    </Show>
  );
}
