import { createSignal, Show } from 'solid-js';
import { changeRetentionDays, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, retentionDays } from '../../state/auth/retention';
import { t } from '../../state/language';
import { InputField } from '../input-field';

/** On /acerca: how many days this device keeps personal data of records the server already has. */
export function RetentionSetting() {
  const [draft, setDraft] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [saved, setSaved] = createSignal<number>();
  const value = () => draft() ?? (retentionDays() === undefined ? '' : String(retentionDays()));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const days = Number(value());
    const ok = Number.isInteger(days) && (await changeRetentionDays(days));
    setError(ok ? undefined : t('auth.retention.invalid'));
    setSaved(ok ? days : undefined);
  }

  return (
    <form class="retention" aria-labelledby="retention-title" onSubmit={(e) => void save(e)}>
      <h2 id="retention-title" class="retention__title">
        {t('auth.retention.title')}
      </h2>
      <InputField
        id="retention-days"
        type="number"
        min={MIN_RETENTION_DAYS}
        max={MAX_RETENTION_DAYS}
        label={t('auth.retention.days')}
        hint={t('auth.retention.hint')}
        error={error()}
        value={value()}
        onInput={setDraft}
      />
      <button type="submit" class="button button--secondary">
        {t('auth.retention.save')}
      </button>
      <div role="status" class="auth-status">
        <Show when={saved()}>{(days) => <p class="save-status__ok">{t('auth.retention.saved', { days: days() })}</p>}</Show>
      </div>
    </form>
  );
}
