import { Show } from 'solid-js';
import type { OfflineReadiness } from '../../state/door/offline-readiness';
import { formatCount, formatTime, t } from '../../state/language';

/**
 * "Can this phone work with no signal?" before the queue starts: app cached, list downloaded (how many,
 * when), pass key. Collapsed to one line when everything is ready; open, as a warning, when not.
 */
export function OfflineReadinessView(props: { readiness: OfflineReadiness; registered: number | undefined; hasKey: boolean; revoked: boolean }) {
  const listReady = () => props.readiness.eventPulled && props.readiness.listAt !== undefined;
  // A revoked phone is never ready: it admits nobody (the door says why in its own banner).
  const ready = () => props.readiness.appCached && listReady() && props.hasKey && !props.revoked;
  const item = (ok: boolean, yes: string, no: string) => (
    <li class="readiness__item" data-ok={ok ? 'true' : 'false'}>
      <span aria-hidden="true">{ok ? '✓' : '✕'}</span> {ok ? yes : no}
    </li>
  );
  return (
    <details class="readiness" classList={{ 'readiness--missing': !ready() }} open={!ready()} data-testid="offline-readiness" data-ready={ready() ? 'true' : 'false'}>
      <summary class="readiness__title">{ready() ? t('door.ready.title') : t('door.ready.notTitle')}</summary>
      <ul class="readiness__list">
        {item(props.readiness.appCached, t('door.ready.app'), t('door.ready.appMissing'))}
        <Show when={listReady()} fallback={item(false, '', t('door.ready.listMissing'))}>
          {item(true, t('door.ready.list', { count: formatCount(props.registered ?? 0), time: formatTime(props.readiness.listAt!) }), '')}
        </Show>
        {item(props.hasKey, t('door.ready.key'), t('door.ready.keyMissing'))}
      </ul>
    </details>
  );
}
