import { createSignal, Show } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import { InputField } from '../../components/input-field';
import { FormProblem } from '../../components/auth/form-problem';
import { roleLabel } from '../../components/auth/account-status';
import { signIn, staffUser } from '../../state/auth/session';
import { t } from '../../state/language';
import { Page } from '../../components/page';

/** /ingresar — staff sign-in (email and password); the session cookie is HttpOnly, the page never sees it. */
export default function LoginRoute() {
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await signIn(email().trim(), password());
      setProblem(answer.ok ? undefined : answer.problem);
      if (answer.ok) setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page name="login" title={t('auth.login.title')} class="auth-page">
      <p class="page__meta">{t('auth.login.intro')}</p>
      <Show when={staffUser()}>
        {(user) => (
          <p class="save-status__ok" role="status" data-testid="login-done">
            {t('auth.login.done', { name: user().name, role: roleLabel(user().role) })}
          </p>
        )}
      </Show>
      <form onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <InputField id="login-email" type="email" autocomplete="username" label={t('auth.email')} value={email()} onInput={setEmail} required />
        <InputField id="login-password" type="password" autocomplete="current-password" label={t('auth.password')} value={password()} onInput={setPassword} required />
        <FormProblem problem={problem()} />
        <button type="submit" class="button button--primary auth-page__submit" disabled={busy()}>
          {busy() ? t('auth.working') : t('auth.login.submit')}
        </button>
      </form>
      <p class="page__meta auth-page__hint">{t('auth.login.setupHint')}</p>
    </Page>
  );
}
