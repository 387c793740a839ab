import '../../styles/auth.css';
import { Show } from 'solid-js';
import { ROLE_LABELS, type Role } from '../../../core/auth/role-names';
import { enrolledDevice, staffUser } from '../../state/auth/access-signals';
import { language, t } from '../../state/language';

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role]?.[language()] ?? role;

/** In the header: who is signed in on this browser and which enrolled device this is; sign out or sign in. */
export function AccountStatus() {
  return (
    <section class="account" aria-label={t('auth.account')} data-testid="account-status">
      <Show when={enrolledDevice()}>{(device) => <p class="account__line">{t('auth.deviceAs', { label: device().label })}</p>}</Show>
      <Show
        when={staffUser()}
        fallback={
          // An enrolled phone works with its credential: no sign-in prompt in its header.
          <Show when={!enrolledDevice()}>
            <a class="account__link" href="/ingresar">
              {t('auth.signIn')}
            </a>
          </Show>
        }
      >
        {(user) => (
          <>
            <p class="account__line" data-testid="signed-in-as">
              {t('auth.signedInAs', { name: user().name, role: roleLabel(user().role) })}
            </p>
            <button type="button" class="button button--light account__out" onClick={() => void import('../../state/auth/session').then((m) => m.signOut())}>
              {t('auth.signOut')}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}
