import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../../state/language';
import { InputField } from '../input-field';

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
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    props.onSubmit(pin(), again());
    setPin('');
    setAgain('');
  };
  return (
    <form class="qpin" novalidate onSubmit={submit}>
      <InputField
        id={`${props.id}-pin`}
        ref={(element) => (input = element)}
        type="password"
        inputMode="numeric"
        inputClass="qfield__short"
        label={t('kiosk.pin')}
        hint={t('kiosk.pinHint')}
        error={props.error}
        value={pin()}
        onInput={setPin}
      />
      <Show when={props.confirm}>
        <InputField id={`${props.id}-again`} type="password" inputMode="numeric" inputClass="qfield__short" label={t('kiosk.pinAgain')} value={again()} onInput={setAgain} />
      </Show>
      <button type="submit" class="button button--primary" disabled={props.busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
