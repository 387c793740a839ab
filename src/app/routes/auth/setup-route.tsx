import { createSignal, onMount, Show } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import { FormProblem } from '../../components/auth/form-problem';
import { completeSetup, staffUser } from '../../state/auth/session';
import { forgetHash, tokenFromHash } from '../../state/auth/token-link';
import { t } from '../../state/language';
import { ChoiceGroup } from '../../components/events/choice-group';
import { InputField } from '../../components/input-field';
import { applyPreset, PRESET_IDS, presetEntityName } from '../../state/settings/first-run';
import type { PresetId } from '../../../core/settings/presets';
import { Page } from '../../components/page';

/** /configuracion-inicial#token=… — the first administrator, with the one-time link the server printed. */
export default function SetupRoute() {
  const [token, setToken] = createSignal<string>();
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  // Which entity this Cabildo serves: a preset, named as the office writes it (a blank municipality names itself).
  const [preset, setPreset] = createSignal<PresetId>('medellin');
  const [entityName, setEntityName] = createSignal(presetEntityName('medellin'));
  const [municipality, setMunicipality] = createSignal('');
  const [presetProblem, setPresetProblem] = createSignal<Problem>();
  const choosePreset = (id: PresetId) => {
    setPreset(id);
    setEntityName(presetEntityName(id));
  };

  onMount(() => {
    const found = tokenFromHash(location.hash);
    setToken(found);
    if (found) forgetHash();
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const value = token();
    if (!value) return;
    setBusy(true);
    try {
      const answer = await completeSetup({ token: value, name: name().trim(), email: email().trim(), password: password() });
      setProblem(answer.ok ? undefined : answer.problem);
      if (answer.ok) {
        const settings = await applyPreset(preset(), { entityName: entityName(), municipality: municipality() });
        setPresetProblem(settings.ok ? undefined : settings.problem);
      }
      setDone(answer.ok);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page name="setup" title={t('auth.setup.title')} class="auth-page">
      <p class="page__meta">{t('auth.setup.intro')}</p>
      <Show
        when={!done()}
        fallback={
          <>
            <p class="save-status__ok" role="status" data-testid="setup-done">
              {t('auth.setup.done', { name: staffUser()?.name ?? name() })}
            </p>
            <Show when={presetProblem()}>
              <p class="save-status__error" role="alert">
                {t('settings.presetFailed')}
              </p>
            </Show>
            <a class="button button--primary" href="/administracion/dispositivos">
              {t('auth.setup.next')}
            </a>
          </>
        }
      >
        <Show when={token()} fallback={<p class="save-status__error" role="alert">{t('auth.setup.noToken')}</p>}>
          <form onSubmit={(e) => void submit(e)} aria-labelledby="setup-title">
            <InputField id="setup-name" autocomplete="name" label={t('auth.name')} value={name()} onInput={setName} required />
            <InputField id="setup-email" type="email" autocomplete="username" label={t('auth.email')} value={email()} onInput={setEmail} required />
            <InputField
              id="setup-password"
              type="password"
              autocomplete="new-password"
              label={t('auth.password')}
              hint={t('auth.passwordHint')}
              value={password()}
              onInput={setPassword}
              required
            />
            <ChoiceGroup
              id="setup-preset"
              legend={t('settings.preset')}
              hint={t('settings.presetHint')}
              choices={PRESET_IDS.map((id) => ({ value: id, label: t(`settings.preset.${id}`) }))}
              value={preset()}
              onChange={(v) => choosePreset(v as PresetId)}
            />
            <InputField id="setup-entity" label={t('settings.entityName')} hint={t('settings.entityNameHint')} value={entityName()} onInput={setEntityName} required={preset() === 'municipio'} />
            <Show when={preset() === 'municipio'}>
              <InputField id="setup-municipality" label={t('settings.municipality')} value={municipality()} onInput={setMunicipality} required />
            </Show>
            <FormProblem problem={problem()} />
            <button type="submit" class="button button--primary auth-page__submit" disabled={busy()}>
              {busy() ? t('auth.working') : t('auth.setup.submit')}
            </button>
          </form>
        </Show>
      </Show>
    </Page>
  );
}
