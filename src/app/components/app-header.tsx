import { For } from 'solid-js';
import { path } from '../state/router';
import { t } from '../state/language';
import { findRoute, routeTable } from '../routes/route-table';
import { SyncIndicator } from './sync-indicator';
import { AccountStatus } from './auth/account-status';

const LINKS = routeTable.flatMap((entry) => (entry.nav ? [{ ...entry.nav, entry }] : []));

export function AppHeader() {
  return (
    <header class="header">
      <div class="header__brand">
        <span class="header__name">{t('app.name')}</span>
        <span class="header__tagline">{t('app.tagline')}</span>
      </div>
      <SyncIndicator />
      <AccountStatus />
      <nav class="nav" aria-label={t('nav.label')}>
        <For each={LINKS}>
          {(link) => (
            <a
              class="nav__link"
              href={link.href}
              aria-current={findRoute(path())?.entry === link.entry ? 'page' : undefined}
            >
              {t(link.label)}
            </a>
          )}
        </For>
      </nav>
    </header>
  );
}
