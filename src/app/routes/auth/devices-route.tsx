import '../../styles/auth.css';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { DeviceView } from '../../../core/auth/devices';
import type { EventDocument } from '../../../core/events';
import { EventPicker } from '../../components/auth/event-picker';
import { DeviceLabelEditor } from '../../components/auth/device-label-editor';
import { fetchEvents } from '../../state/events/events-api';
import { AdminTabs } from '../../components/auth/admin-tabs';
import { InputField } from '../../components/input-field';
import { EnrollmentQr } from '../../components/auth/enrollment-qr';
import { FormProblem } from '../../components/auth/form-problem';
import { createDeviceAdmin } from '../../state/auth/admin-devices';
import { formatTime, t } from '../../state/language';
import { Page } from '../../components/page';

type Admin = ReturnType<typeof createDeviceAdmin>;

function DeviceCard(props: { device: DeviceView; admin: Admin; eventNames: ReadonlyMap<string, string> }) {
  const [confirming, setConfirming] = createSignal(false);
  // Event names, not ids (an event deleted or not readable keeps its id).
  const events = () =>
    props.device.eventIds.length === 0 ? t('auth.devices.allEvents') : props.device.eventIds.map((id) => props.eventNames.get(id) ?? id).join(', ');
  return (
    <li class="card device-card" data-testid="device" data-device={props.device.deviceId} data-revoked={props.device.revokedAt ? 'true' : 'false'}>
      <h3 class="card__title">{props.device.label}</h3>
      <DeviceLabelEditor deviceId={props.device.deviceId} label={props.device.label} busy={props.admin.busy()} onSave={(label) => props.admin.rename(props.device.deviceId, label)} />
      <p>{t('auth.devices.eventsOf', { events: events() })}</p>
      <p>{t('auth.devices.enrolledAt', { time: formatTime(props.device.enrolledAt) })}</p>
      <p data-testid="device-last-sync">
        <Show when={props.device.lastSyncAt} fallback={t('auth.devices.neverSynced')}>
          {(at) => t('auth.devices.lastSync', { time: formatTime(at()) })}
        </Show>
      </p>
      <Show
        when={props.device.revokedAt}
        fallback={
          <Show
            when={confirming()}
            fallback={
              <button type="button" class="button button--secondary" aria-label={t('auth.devices.revokeOf', { label: props.device.label })} onClick={() => setConfirming(true)}>
                {t('auth.devices.revoke')}
              </button>
            }
          >
            <div class="device-card__confirm" role="group" aria-labelledby={`confirm-${props.device.deviceId}`}>
              <p id={`confirm-${props.device.deviceId}`} class="device-card__question">
                {t('auth.devices.confirm', { label: props.device.label })}
              </p>
              <button type="button" class="button button--danger" disabled={props.admin.busy()} onClick={() => void props.admin.revoke(props.device.deviceId).then(() => setConfirming(false))}>
                {t('auth.devices.confirmYes')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                {t('auth.devices.cancel')}
              </button>
            </div>
          </Show>
        }
      >
        {(at) => <p class="device-card__revoked">{t('auth.devices.revokedAt', { time: formatTime(at()) })}</p>}
      </Show>
    </li>
  );
}

/** /administracion/dispositivos — enrollment QR with a countdown, devices with last sync, revocation with confirmation. */
export default function DevicesRoute() {
  const admin = createDeviceAdmin();
  const [label, setLabel] = createSignal('');
  const [picked, setPicked] = createSignal<string[]>([]);
  const [ttl, setTtl] = createSignal('10');
  const [shownLabel, setShownLabel] = createSignal('');
  const [eventList, setEventList] = createSignal<EventDocument[]>();
  const eventNames = createMemo(() => new Map((eventList() ?? []).map((e) => [e.id, e.name])));
  onMount(() => {
    void admin.load();
    void fetchEvents().then((answer) => setEventList(answer.ok ? answer.value.events : []));
  });

  async function create(event: SubmitEvent) {
    event.preventDefault();
    if (await admin.createEnrollment(label().trim(), picked(), Number(ttl()) || 10)) setShownLabel(label().trim());
  }

  return (
    <Page name="devices" title={t('auth.devices.title')} class="auth-page">
      <AdminTabs />
      <p class="page__meta">{t('auth.devices.intro')}</p>
      <FormProblem problem={admin.problem()} />
      <Show when={admin.problem()?.code === 'auth.required' || admin.problem()?.code === 'auth.forbidden'}>
        <p>
          <a class="button button--primary" href="/ingresar">
            {t('auth.signIn')}
          </a>
        </p>
      </Show>
      <Show
        when={admin.enrollment()}
        fallback={
          <form class="card" aria-labelledby="new-device-title" onSubmit={(e) => void create(e)}>
            <h2 id="new-device-title" class="card__title">
              {t('auth.devices.new')}
            </h2>
            <InputField id="device-label" label={t('auth.devices.label')} hint={t('auth.devices.labelHint')} value={label()} onInput={setLabel} required />
            <EventPicker events={eventList()} picked={picked()} onChange={setPicked} />
            <InputField id="device-ttl" type="number" min={1} max={60} label={t('auth.devices.ttl')} value={ttl()} onInput={setTtl} />
            <button type="submit" class="button button--primary" disabled={admin.busy() || label().trim() === ''}>
              {t('auth.devices.create')}
            </button>
          </form>
        }
      >
        {(enrollment) => <EnrollmentQr enrollment={enrollment()} label={shownLabel()} onHide={() => void admin.closeEnrollment()} />}
      </Show>
      <h2 class="auth-page__section">{t('auth.devices.list')}</h2>
      <button type="button" class="button button--secondary" onClick={() => void admin.load()}>
        {t('auth.devices.refresh')}
      </button>
      <Show when={admin.devices()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t('auth.devices.empty')}</p>}>
            <ul class="cards">
              <For each={list()}>{(device) => <DeviceCard device={device} admin={admin} eventNames={eventNames()} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </Page>
  );
}
