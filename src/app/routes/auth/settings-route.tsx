import '../../styles/auth.css';
import '../../styles/settings.css';
import { createMemo, onMount, Show } from 'solid-js';
import { AdminTabs } from '../../components/auth/admin-tabs';
import { FormProblem } from '../../components/auth/form-problem';
import { CatalogueEditor } from '../../components/settings/catalogue-editor';
import { EntityFields } from '../../components/settings/entity-fields';
import { NoticeFields } from '../../components/settings/notice-fields';
import { createSettingsDraft } from '../../state/settings/settings-draft';
import { currentSettings } from '../../state/settings/entity-settings';
import { formatTime, t } from '../../state/language';
import { Page } from '../../components/page';

/** /administracion/configuracion — the entity, its territories, plan, dependencies and habeas-data notice. */
export default function SettingsRoute() {
  const settings = createSettingsDraft();
  onMount(() => void settings.load());
  // The server's refusal names fields by path ("divipola", "territories.entries.3.parent"): the entity's own
  // fields show theirs under the input; the others are listed with the problem.
  const errors = createMemo(() => Object.fromEntries((settings.problem()?.details?.fields ?? []).map((f) => [f.path, f.message])));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    await settings.save();
  }

  return (
    <Page name="settings" title={t('settings.title')} class="auth-page settings-page">
      <AdminTabs />
      <p class="page__meta">{t('settings.intro')}</p>
      <p class="page__meta" data-testid="settings-version">
        {t('settings.version', { version: currentSettings().version, date: formatTime(currentSettings().savedAt) })}
      </p>
      <Show when={settings.loaded()} fallback={<p role="status">{t('settings.loading')}</p>}>
        <form onSubmit={(e) => void save(e)} aria-labelledby="settings-title" novalidate>
          <EntityFields draft={settings} errors={errors()} />
          <CatalogueEditor draft={settings} name="territories" title={t('settings.territories')} hint={t('settings.territoriesHint')} twoLevel />
          <CatalogueEditor draft={settings} name="topics" title={t('settings.topics')} hint={t('settings.topicsHint')} twoLevel />
          <CatalogueEditor draft={settings} name="offices" title={t('settings.offices')} hint={t('settings.officesHint')} twoLevel={false} />
          <NoticeFields draft={settings} />
          <div class="settings-save">
            <FormProblem problem={settings.problem()} />
            <div role="status">
              <Show when={settings.saved()}>{(version) => <p class="save-status__ok" data-testid="settings-saved">{t('settings.saved', { version: version() })}</p>}</Show>
            </div>
            <button type="submit" class="button button--primary" disabled={settings.busy()}>
              {settings.busy() ? t('settings.saving') : t('settings.save')}
            </button>
          </div>
        </form>
      </Show>
    </Page>
  );
}
