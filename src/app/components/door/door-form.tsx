import { Show, createSignal, onMount } from 'solid-js';
import type { DoorForm, DoorScreen } from '../../state/door/door-screen';
import { createPersonForm } from '../../state/door/person-form';
import { problemText, t } from '../../state/language';
import { ConsentFields } from './consent-fields';
import { PersonFields } from './person-fields';
import { SensitiveFields } from './sensitive-fields';
import type { MessageKey } from '../../i18n';
import { focusFirstInvalid } from '../field-frame';

const WHY: Record<DoorForm['why'], MessageKey> = {
  cedula: 'door.form.fromCedula',
  manual: 'door.form.manual',
  attendee: 'door.form.manual',
};

/**
 * The full attendance record (v2) at the door: pre-filled from a cédula or a pass, completed by the staff
 * member with the person. "No autoriza" counts the person anonymously and keeps nothing else.
 */
export function DoorFormPanel(props: { door: DoorScreen; form: DoorForm }) {
  const person = createPersonForm(props.form.prefill);
  const [problem, setProblem] = createSignal<string>();
  let element: HTMLFormElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const prefill = props.form.prefill;
    const payload = { ...person.payload(), method: prefill.method, ...(prefill.attendeeId ? { attendeeId: prefill.attendeeId } : {}) };
    const outcome = await props.door.saveForm(payload, person.displayName());
    if (outcome && 'failed' in outcome) {
      const onFields = person.showProblem(outcome.failed);
      setProblem(onFields ? t('door.form.fixErrors') : problemText(outcome.failed));
      queueMicrotask(() => focusFirstInvalid(element));
    }
  };
  // One tap must not record a phantom attendee: the count without data asks first.
  const [confirming, setConfirming] = createSignal(false);
  let confirmYes: HTMLButtonElement | undefined;
  const askAnonymous = () => {
    setConfirming(true);
    queueMicrotask(() => confirmYes?.focus());
  };
  const onAnonymous = () => {
    setConfirming(false);
    void props.door.countAnonymous(person.draft.territory || undefined, t('door.result.counted'));
  };

  return (
    <form ref={element} class="door-form" aria-labelledby="door-form-title" novalidate onSubmit={(e) => void onSubmit(e)} data-testid="door-form">
      <h2 id="door-form-title" class="door-form__title" tabindex="-1" ref={heading}>
        {t('door.form.title')}
      </h2>
      <p class="banner banner--info" data-testid="door-form-why">
        {t(WHY[props.form.why], { name: props.form.prefill.fullName ?? '' })}
      </p>
      <PersonFields form={person} idPrefix="door" />
      <SensitiveFields form={person} idPrefix="door" />
      <ConsentFields form={person} idPrefix="door" />
      <div class="actions actions--door">
        <p class="save-status" role="status" aria-live="polite" data-testid="door-form-status">
          <Show when={problem()}>
            <span class="save-status__error">{problem()}</span>
          </Show>
        </p>
        <button type="submit" class="button button--primary" disabled={props.door.busy()}>
          {t('door.form.save')}
        </button>
        <button type="button" class="button button--secondary" disabled={props.door.busy()} onClick={askAnonymous} data-testid="door-anonymous">
          {t('door.form.anonymous')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.door.closeForm()}>
          {t('door.form.cancel')}
        </button>
      </div>
      <Show when={confirming()}>
        <div class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="anonymous-confirm-title" aria-describedby="anonymous-confirm-text" data-testid="anonymous-confirm">
          <h3 id="anonymous-confirm-title" class="confirm__title">
            {t('door.anonymous.confirmTitle')}
          </h3>
          <p id="anonymous-confirm-text">{t('door.anonymous.confirmText')}</p>
          <div class="confirm__actions">
            <button type="button" class="button button--primary" ref={confirmYes} disabled={props.door.busy()} onClick={onAnonymous}>
              {t('door.anonymous.confirmYes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t('door.anonymous.confirmNo')}
            </button>
          </div>
        </div>
      </Show>
    </form>
  );
}
