import { createMemo, For } from 'solid-js';
import { path } from '../state/router';
import { t } from '../state/language';
import { findRoute, routeTable } from '../routes/route-table';
import { SyncIndicator } from './sync-indicator';
import { AccountStatus } from './auth/account-status';
import { viewer } from '../state/viewer';
import { OfficeLanguageSwitch } from './office-language-switch';

const LINKS = routeTable.flatMap((entry) => (entry.nav ? [{ ...entry.nav, entry }] : []));

export function AppHeader() {
  // Trimmed per role: each item only for those who work with it (route-table.ts, `nav.for`).
  const links = createMemo(() => {
    const who = viewer();
    return LINKS.filter((link) => link.for === undefined || (who !== undefined && link.for.includes(who)));
  });
  return (
    <header class="header">
      <div class="header__brand">
        <span class="header__name">{t('app.name')}</span>
        <span class="header__tagline">{t('app.tagline')}</span>
        <OfficeLanguageSwitch />
      </div>
      <SyncIndicator />
      <AccountStatus />
      <nav class="nav" aria-label={t('nav.label')}>
        <For each={links()}>
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
