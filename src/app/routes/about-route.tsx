import { For, Show, onMount } from 'solid-js';
import { BUILD_ID } from '../pwa/build-info';
import { services } from '../state/services';
import { askPersistentStorage, persistResult, refreshStorageInfo, storageInfo } from '../state/storage-info';
import { formatBytes, language, setLanguage, t } from '../state/language';
import type { Language } from '../i18n';
import { RetentionSetting } from '../components/auth/retention-setting';
import { Page } from '../components/page';

const LANGUAGES: { code: Language; label: string; lang: string }[] = [
  { code: 'es', label: 'Español', lang: 'es-CO' },
  { code: 'en', label: 'English', lang: 'en' },
];

export default function AboutRoute() {
  onMount(() => void refreshStorageInfo());
  const persisted = () => storageInfo()?.persisted ?? persistResult();

  return (
    <Page name="about" title={t('about.title')}>
      <dl class="facts">
        <dt>{t('about.build')}</dt>
        <dd data-testid="build-id">{BUILD_ID}</dd>
        <dt>{t('about.device')}</dt>
        <dd data-testid="device-id">{services()?.deviceId ?? '…'}</dd>
        <dt>{t('about.persisted')}</dt>
        <dd data-testid="persisted">
          {persisted() === undefined
            ? t('about.persistedUnknown')
            : persisted()
              ? t('about.persistedYes')
              : t('about.persistedNo')}
        </dd>
        <dt>{t('about.usage')}</dt>
        <dd data-testid="usage">
          <Show when={storageInfo()?.usage !== undefined && storageInfo()?.quota !== undefined} fallback={t('about.unknown')}>
            {t('about.usageValue', {
              usage: formatBytes(storageInfo()?.usage ?? 0),
              quota: formatBytes(storageInfo()?.quota ?? 0),
            })}
          </Show>
        </dd>
      </dl>
      <Show when={persisted() !== true}>
        <button type="button" class="button button--secondary" onClick={() => void askPersistentStorage()}>
          {t('about.requestPersist')}
        </button>
      </Show>

      <fieldset class="choice">
        <legend class="field__label">{t('about.language')}</legend>
        <For each={LANGUAGES}>
          {(option) => (
            <label class="checkbox" lang={option.lang}>
              <input
                type="radio"
                name="language"
                class="checkbox__input"
                value={option.code}
                checked={language() === option.code}
                onChange={() => void setLanguage(option.code)}
              />
              <span class="checkbox__label">{option.label}</span>
            </label>
          )}
        </For>
      </fieldset>

      <RetentionSetting />
    </Page>
  );
}
