import { Match, Show, Switch } from 'solid-js';
import { isSyncing, status, syncCounts as counts, syncNow } from '../state/sync-status';
import { services, servicesFailure } from '../state/services';
import { formatCount, formatTime, problemText, t } from '../state/language';

/** Always in the header: what is still on this device, what the sync is doing, and what needs a person. */
export function SyncIndicator() {
  const pending = () => counts()?.pending ?? 0;
  const attention = () => counts()?.attention ?? 0;
  const pendingText = () => (pending() === 1 ? t('sync.pendingOne') : t('sync.pending', { count: formatCount(pending()) }));

  return (
    <section class="sync" aria-label={t('sync.label')} data-testid="sync-indicator">
      <div class="sync__text">
        <p class="sync__pending" role="status" data-testid="pending" data-pending={counts() ? pending() : undefined}>
          <Show when={counts()} fallback={servicesFailure() ? problemText(storageProblem) : t('sync.loading')}>
            {pendingText()}
          </Show>
        </p>
        <p class="sync__phase" data-testid="sync-phase">
          <Switch fallback={<LastSuccess />}>
            <Match when={status()?.phase === 'syncing'}>
              {t('sync.progress', { done: formatCount(status()?.done ?? 0), total: formatCount(status()?.total ?? 0) })}
            </Match>
            <Match when={status()?.phase === 'offline'}>{t('sync.offline')}</Match>
            <Match when={status()?.phase === 'error'}>{t('sync.error')}</Match>
          </Switch>
        </p>
      </div>
      <button
        type="button"
        class="button button--light sync__now"
        disabled={!services() || isSyncing()}
        onClick={() => void syncNow()}
      >
        {t('sync.now')}
      </button>
      <Show when={attention() > 0}>
        <a class="sync__attention" href="/atencion" data-testid="attention-link">
          {attention() === 1 ? t('sync.attentionOne') : t('sync.attention', { count: formatCount(attention()) })}
        </a>
      </Show>
    </section>
  );
}

const storageProblem = { code: 'storage.unavailable', message: '' };

function LastSuccess() {
  return (
    <Show when={status()?.lastSuccessAt} fallback={t('sync.never')}>
      {(at) => t('sync.lastSuccess', { time: formatTime(at()) })}
    </Show>
  );
}
