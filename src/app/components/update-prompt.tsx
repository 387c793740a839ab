import { Show } from 'solid-js';
import { applyUpdate, updateAvailable, updateBlocked } from '../state/update';
import { t } from '../state/language';

/** "Hay una nueva versión": the update waits for the person, and never reloads over unsaved input. */
export function UpdatePrompt() {
  return (
    <Show when={updateAvailable()}>
      <section class="update" role="status" aria-labelledby="update-title" data-testid="update-prompt">
        <p id="update-title" class="update__title">
          {t('update.available')}
        </p>
        <Show when={updateBlocked()}>
          <p id="update-blocked" class="update__blocked">
            {t('update.blocked')}
          </p>
        </Show>
        <button
          type="button"
          class="button button--primary"
          disabled={updateBlocked()}
          aria-describedby={updateBlocked() ? 'update-blocked' : undefined}
          onClick={() => void applyUpdate()}
        >
          {t('update.apply')}
        </button>
      </section>
    </Show>
  );
}
