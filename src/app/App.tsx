import { Show, Suspense, createEffect, createMemo, lazy, on } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { UpdatePrompt } from './components/update-prompt';
import { DeviceBanner } from './components/auth/device-banner';
import { findRoute } from './routes/route-table';
import { path } from './state/router';
import { needStaffTexts, needTexts, staffTextsSettled, t, textsSettled } from './state/language';

const NotFoundRoute = lazy(() => import('./routes/not-found-route'));
// Staff chrome: a citizen's page (bare) never shows it, so it is not in the first bundle (main.tsx preloads it
// with a staff screen's texts).
export const AppHeader = lazy(() => import('./components/app-header').then((m) => ({ default: m.AppHeader })));

export function App() {
  let main: HTMLElement | undefined;
  const route = createMemo(() => findRoute(path()));
  // Staff screens wait for the staff areas' texts (one chunk, precached); citizen pages never load them, only
  // their own when they have some (the kiosk's, those of "Mis preguntas").
  const citizenPage = () => route()?.entry.citizen === true;
  const pageTexts = () => route()?.entry.texts;
  const textsReady = () => (citizenPage() ? textsSettled(pageTexts()) : staffTextsSettled());
  createEffect(() => {
    if (!citizenPage()) void needStaffTexts();
    const texts = pageTexts();
    if (citizenPage() && texts) void needTexts(texts);
  });

  createEffect(() => {
    document.title = `${t(route()?.entry.title ?? 'notFound.title')} · ${t('app.name')}`;
  });
  // After an in-app navigation, move focus to the new page so screen readers announce it.
  createEffect(on(path, () => main?.querySelector<HTMLElement>('h1')?.focus(), { defer: true }));

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Show when={!route()?.entry.bare && textsReady()}>
        <AppHeader />
      </Show>
      <UpdatePrompt />
      <DeviceBanner />
      <main id="main" ref={main} class="main" tabindex="-1">
        <Suspense>
          <Show when={textsReady()}>
            <Show when={route()} fallback={<NotFoundRoute />} keyed>
              {(found) => <Dynamic component={found.entry.component} params={found.params} />}
            </Show>
          </Show>
        </Suspense>
      </main>
    </>
  );
}
