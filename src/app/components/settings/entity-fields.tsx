import { createSignal, Show } from 'solid-js';
import { InputField } from '../input-field';
import type { SettingsDraft } from '../../state/settings/settings-draft';
import { logoDataUrl } from '../../state/settings/settings-files';
import { t } from '../../state/language';

/** Who the entity is: name, municipality, NIT, DIVIPOLA and a small logo kept inside the settings. */
export function EntityFields(props: { draft: SettingsDraft; errors: Record<string, string> }) {
  const [logoProblem, setLogoProblem] = createSignal<string>();
  async function chosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const url = await logoDataUrl(file);
    setLogoProblem(url === 'too_big' ? t('settings.logoTooBig') : undefined);
    if (url !== 'too_big') props.draft.setLogo(url);
  }
  return (
    <section class="card settings-section" aria-labelledby="settings-entity-title">
      <h2 id="settings-entity-title" class="card__title">
        {t('settings.entity')}
      </h2>
      <InputField id="settings-entityName" label={t('settings.entityName')} hint={t('settings.entityNameHint')} value={props.draft.draft.entityName} onInput={(v) => props.draft.setText('entityName', v)} error={props.errors.entityName} required />
      <InputField id="settings-municipality" label={t('settings.municipality')} value={props.draft.draft.municipality} onInput={(v) => props.draft.setText('municipality', v)} error={props.errors.municipality} required />
      <InputField id="settings-nit" label={t('settings.nit')} hint={t('settings.nitHint')} value={props.draft.draft.nit ?? ''} onInput={(v) => props.draft.setText('nit', v)} error={props.errors.nit} />
      <InputField id="settings-divipola" inputMode="numeric" label={t('settings.divipola')} hint={t('settings.divipolaHint')} value={props.draft.draft.divipola ?? ''} onInput={(v) => props.draft.setText('divipola', v)} error={props.errors.divipola} />
      <div class="field">
        <span class="field__label" id="settings-logo-label">
          {t('settings.logo')}
        </span>
        <Show when={props.draft.draft.logo}>
          {(logo) => <img class="settings-logo" src={logo()} alt={t('settings.logoPreview')} />}
        </Show>
        <div class="settings-actions">
          <input id="settings-logo" class="visually-hidden settings-file-input" type="file" accept="image/png,image/jpeg,image/svg+xml" aria-describedby="settings-logo-hint" onChange={(e) => void chosen(e.currentTarget)} />
          <label class="button button--secondary" for="settings-logo">
            {t('settings.logoChoose')}
          </label>
          <Show when={props.draft.draft.logo}>
            <button type="button" class="button button--secondary" onClick={() => props.draft.setLogo(undefined)}>
              {t('settings.logoRemove')}
            </button>
          </Show>
        </div>
        <p id="settings-logo-hint" class="field__hint">
          {t('settings.logoHint')}
        </p>
        <Show when={logoProblem() ?? props.errors.logo}>{(message) => <p class="field__error" role="alert">{message()}</p>}</Show>
      </div>
    </section>
  );
}
