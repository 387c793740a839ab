import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../../state/language';

export interface PinFormProps {
  id: string;
  /** Setting a PIN asks for it twice; leaving asks once. */
  confirm: boolean;
  /** Put the cursor in the PIN at once (the form was opened by a button). */
  focus?: boolean;
  submitLabel: string;
  error?: string | undefined;
  busy?: boolean;
  onSubmit: (pin: string, again: string) => void;
}

/** A staff PIN (digits only, masked), typed on the kiosk itself. */
export function PinForm(props: PinFormProps) {
  const [pin, setPin] = createSignal('');
  const [again, setAgain] = createSignal('');
  let input: HTMLInputElement | undefined;
  onMount(() => props.focus && input?.focus());
  const described = () => [`${props.id}-hint`, props.error ? `${props.id}-error` : undefined].filter(Boolean).join(' ');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    props.onSubmit(pin(), again());
    setPin('');
    setAgain('');
  };
  return (
    <form class="qpin" novalidate onSubmit={submit}>
      <div class="field" classList={{ 'field--invalid': !!props.error }}>
        <label class="field__label" for={`${props.id}-pin`}>
          {t('kiosk.pin')}
        </label>
        <p class="field__hint" id={`${props.id}-hint`}>
          {t('kiosk.pinHint')}
        </p>
        <Show when={props.error}>
          <p class="field__error" id={`${props.id}-error`}>
            {props.error}
          </p>
        </Show>
        <input ref={input} id={`${props.id}-pin`} class="field__input qfield__short" type="password" inputmode="numeric" autocomplete="off" value={pin()} onInput={(e) => setPin(e.currentTarget.value)} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described()} />
      </div>
      <Show when={props.confirm}>
        <div class="field">
          <label class="field__label" for={`${props.id}-again`}>
            {t('kiosk.pinAgain')}
          </label>
          <input id={`${props.id}-again`} class="field__input qfield__short" type="password" inputmode="numeric" autocomplete="off" value={again()} onInput={(e) => setAgain(e.currentTarget.value)} />
        </div>
      </Show>
      <button type="submit" class="button button--primary" disabled={props.busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
