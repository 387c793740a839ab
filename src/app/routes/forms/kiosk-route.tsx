import '../../styles/forms.css';
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { DoneView } from '../../components/forms/done-view';
import { FormScreen } from '../../components/forms/form-screen';
import { PinForm } from '../../components/forms/pin-form';
import { RefusalView } from '../../components/forms/refusal-view';
import { createFormSession } from '../../state/forms/form-session';
import { formsServices } from '../../state/forms/forms-services';
import { kioskLockPath, lockKiosk, PIN_PATTERN, unlockKiosk } from '../../state/forms/kiosk-lock';
import { t } from '../../state/language';

/** How long the thanks stay before the form is ready for the next person (longer when there is a code to copy). */
const THANKS_MS = 12_000;
const THANKS_WITH_CODE_MS = 90_000;

/**
 * /kiosco/:formId?e=&s= — a shared tablet at the event: one form, reset after each answer, nothing else on
 * screen, and leaving needs the staff PIN set when the kiosk was started on this device.
 */
export default function KioskRoute(props: { params: Record<string, string> }) {
  const here = `${location.pathname}${location.search}`;
  const session = createFormSession({ formId: props.params.formId ?? '', search: location.search, kiosk: true });
  const [catalogues] = createResource(async () => (await formsServices()).catalogues);
  const [lock, { mutate: setLock }] = createResource(async () => (await kioskLockPath()) ?? '');
  const [pinError, setPinError] = createSignal<string>();
  const [leaving, setLeaving] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const start = async (pin: string, again: string) => {
    if (!PIN_PATTERN.test(pin)) return setPinError(t('kiosk.pinInvalid'));
    if (pin !== again) return setPinError(t('kiosk.pinMismatch'));
    setBusy(true);
    await lockKiosk(here, pin).finally(() => setBusy(false));
    setPinError(undefined);
    setLock(here);
  };

  const leave = async (pin: string) => {
    setBusy(true);
    const ok = await unlockKiosk(pin).finally(() => setBusy(false));
    if (!ok) return setPinError(t('kiosk.pinWrong'));
    location.assign('/formularios');
  };

  const next = () => {
    clearTimeout(timer);
    session.reset();
    queueMicrotask(() => document.getElementById('form-title')?.focus());
  };
  const onDone = (hasCode: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(next, hasCode ? THANKS_WITH_CODE_MS : THANKS_MS);
  };

  return (
    <div class="page qpage qkiosk" data-testid="kiosk">
      <Switch>
        <Match when={session.refusal()}>{(refusal) => <RefusalView refusal={refusal()} />}</Match>
        <Match when={lock() === ''}>
          <section class="qkiosk__setup" aria-labelledby="kiosk-setup-title">
            <h1 id="kiosk-setup-title" class="page__title" tabindex="-1">
              {t('kiosk.setupTitle')}
            </h1>
            <p>{t('kiosk.setupText')}</p>
            <PinForm id="kiosk-setup" confirm submitLabel={t('kiosk.start')} error={pinError()} busy={busy()} onSubmit={(pin, again) => void start(pin, again)} />
          </section>
        </Match>
        <Match when={lock() !== undefined && lock() !== here}>
          <p role="alert">{t('kiosk.otherKiosk')}</p>
        </Match>
        <Match when={session.submitted()}>
          {(done) => {
            onDone(done().trackingCode !== undefined);
            return (
              <DoneView trackingCode={done().trackingCode} showSync={false}>
                <p class="qdone__next">{t('kiosk.nextHint')}</p>
                <button type="button" class="button button--primary" onClick={next}>
                  {t('kiosk.next')}
                </button>
              </DoneView>
            );
          }}
        </Match>
        <Match when={session.ready() && catalogues() && lock() === here}>
          <FormScreen session={session} definition={session.ready()!.definition} catalogues={catalogues()!} shared />
        </Match>
        <Match when={true}>
          <p role="status">{t('forms.loading')}</p>
        </Match>
      </Switch>
      <Show when={lock() === here}>
        <footer class="qkiosk__exit">
          <Show
            when={leaving()}
            fallback={
              <button type="button" class="qkiosk__leave" onClick={() => setLeaving(true)}>
                {t('kiosk.leave')}
              </button>
            }
          >
            <section aria-labelledby="kiosk-leave-title">
              <h2 id="kiosk-leave-title">{t('kiosk.leaveTitle')}</h2>
              <PinForm id="kiosk-leave" confirm={false} focus submitLabel={t('kiosk.leaveConfirm')} error={pinError()} busy={busy()} onSubmit={(pin) => void leave(pin)} />
              <button type="button" class="button button--secondary" onClick={() => (setLeaving(false), setPinError(undefined))}>
                {t('kiosk.cancel')}
              </button>
            </section>
          </Show>
        </footer>
      </Show>
    </div>
  );
}
