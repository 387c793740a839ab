import '../../styles/auth.css';
import { Show } from 'solid-js';
import { syncBlock } from '../../state/auth/access-signals';
import { syncCounts } from '../../state/sync-status';
import { formatCount, t } from '../../state/language';

/**
 * Persistent while the server refuses this device: the records are NOT lost, and the person is told who
 * can fix it. It goes away by itself once the phone is enrolled again and the queue drains.
 */
export function DeviceBanner() {
  const pending = () => syncCounts()?.pending ?? 0;
  const text = (code: string) => {
    const revoked = code === 'device.revoked';
    if (pending() === 1) return t(revoked ? 'auth.banner.revokedOne' : 'auth.banner.refusedOne');
    return t(revoked ? 'auth.banner.revoked' : 'auth.banner.refused', { count: formatCount(pending()) });
  };
  return (
    <Show when={syncBlock()}>
      {(block) => (
        <div class="auth-banner" role="alert" data-testid="device-banner" data-code={block().problem.code}>
          <p class="auth-banner__text">
            {text(block().problem.code)}
          </p>
          <div class="auth-banner__actions">
            <a class="button button--secondary" href="/enrolar">
              {t('auth.banner.enroll')}
            </a>
            <Show when={block().problem.code !== 'device.revoked'}>
              <a class="button button--secondary" href="/ingresar">
                {t('auth.signIn')}
              </a>
            </Show>
          </div>
        </div>
      )}
    </Show>
  );
}
