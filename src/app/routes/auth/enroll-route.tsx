import { createResource, createSignal, onMount, Show } from 'solid-js';
import { fetchPublicEvent } from '../../state/events/public-event';
import type { Problem } from '../../../core/problems/problem';
import { FormProblem } from '../../components/auth/form-problem';
import { EnrollScanner } from '../../components/auth/enroll-scanner';
import { enrollThisDevice, enrolledDevice } from '../../state/auth/device-access';
import { forgetHash, tokenFromHash, tokenFromScan } from '../../state/auth/token-link';
import { pullNow } from '../../state/door/pull-status';
import { t } from '../../state/language';
import type { MessageKey } from '../../i18n';
import { Page } from '../../components/page';

const WRONG_CODE: Record<'not_enrollment' | 'other_server', MessageKey> = {
  not_enrollment: 'auth.enroll.notEnrollment',
  other_server: 'auth.enroll.otherServer',
};

/**
 * A phone is enrolled to work a door, often minutes before losing signal: download its events, lists and
 * pass key now, and load the door screen's code, rather than waiting for someone to open the door.
 */
function warmDoor(): void {
  void pullNow().catch(() => undefined);
  void import('../door/door-route').catch(() => undefined);
}

/** /enrolar — this phone becomes an enrolled device: from the QR's link (#token=…) or by scanning the QR here. */
export default function EnrollRoute() {
  const [phase, setPhase] = createSignal<'idle' | 'working' | 'done'>('idle');
  const [problem, setProblem] = createSignal<Problem>();
  const [wrongCode, setWrongCode] = createSignal<MessageKey>();
  const [scanning, setScanning] = createSignal(false);
  // The phone's events by name (public read), so the person holding it knows which doors it opens.
  const [eventNames] = createResource(
    () => (phase() === 'done' ? enrolledDevice()?.eventIds : undefined),
    (ids) => Promise.all(ids.map(async (id) => {
      const answer = await fetchPublicEvent(id);
      return answer.ok ? answer.value.event.name : id;
    })),
  );

  async function enroll(token: string) {
    if (phase() === 'working') return;
    setPhase('working');
    setWrongCode(undefined);
    const result = await enrollThisDevice(token);
    setProblem(result.ok ? undefined : result.problem);
    setPhase(result.ok ? 'done' : 'idle');
    if (result.ok) {
      setScanning(false);
      warmDoor();
    }
  }

  onMount(() => {
    const token = tokenFromHash(location.hash);
    if (!token) return;
    forgetHash();
    void enroll(token);
  });

  function scanned(text: string) {
    const found = tokenFromScan(text, location.origin);
    if ('token' in found) void enroll(found.token);
    else setWrongCode(WRONG_CODE[found.wrong]);
  }

  return (
    <Page name="enroll" title={t('auth.enroll.title')} class="auth-page">
      <Show when={phase() === 'working'}>
        <p role="status">{t('auth.enroll.working')}</p>
      </Show>
      <Show when={phase() === 'done' && enrolledDevice()}>
        {(device) => (
          <div class="save-status__ok" role="status" data-testid="enroll-done">
            <p>{t('auth.enroll.done', { label: device().label })}</p>
            <p>{device().eventIds.length === 0 ? t('auth.enroll.allEvents') : t('auth.enroll.events', { events: (eventNames() ?? device().eventIds).join(', ') })}</p>
          </div>
        )}
      </Show>
      <Show when={phase() !== 'done'}>
        <p class="page__meta">{t('auth.enroll.intro')}</p>
        <Show when={enrolledDevice()}>{(device) => <p class="page__meta">{t('auth.enroll.current', { label: device().label })}</p>}</Show>
        <FormProblem problem={problem()} />
        <Show when={wrongCode()}>{(key) => <p class="save-status__error" role="alert">{t(key())}</p>}</Show>
        <Show
          when={scanning()}
          fallback={
            <button type="button" class="button button--primary auth-page__submit" onClick={() => setScanning(true)}>
              {t('auth.enroll.scan')}
            </button>
          }
        >
          <EnrollScanner onText={scanned} />
        </Show>
      </Show>
      <p>
        <a class="button button--secondary" href="/">
          {t('auth.enroll.home')}
        </a>
      </p>
    </Page>
  );
}
