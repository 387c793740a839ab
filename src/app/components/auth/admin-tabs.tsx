import { For } from 'solid-js';
import { t } from '../../state/language';
import { path } from '../../state/router';

const TABS = [
  { href: '/administracion/dispositivos', label: 'auth.devices.title' },
  { href: '/administracion/usuarios', label: 'auth.users.title' },
  { href: '/administracion/configuracion', label: 'settings.nav' },
] as const;

/** Devices, users and settings: the administration screens link to each other. */
export function AdminTabs() {
  return (
    <nav class="admin-tabs" aria-label={t('auth.admin.sections')}>
      <For each={TABS}>
        {(tab) => (
          <a class="button button--secondary" href={tab.href} aria-current={path() === tab.href ? 'page' : undefined}>
            {t(tab.label)}
          </a>
        )}
      </For>
    </nav>
  );
}
