import { render } from 'solid-js/web';
import './styles/app.css';
import { App, AppHeader } from './App';
import { startApp } from './state/app-start';
import { languageReady, needStaffTexts, needTexts } from './state/language';
import { findRoute } from './routes/route-table';
import { path } from './state/router';
import { readAhead } from './pwa/public-json';

declare const __CABILDO_DEBUG_HOOKS__: boolean;

startApp();
// Spanish (the default) or the remembered language: its texts first, so no screen paints message keys
// (a staff screen's area texts too; a citizen's page needs only the shell's).
const firstRoute = findRoute(path())?.entry;
// The first screen's chunk loads alongside the texts rather than after the first render.
(firstRoute?.component as { preload?: () => unknown } | undefined)?.preload?.();
if (firstRoute?.reads) readAhead(firstRoute.reads);
// A staff screen paints with its header (a separate chunk), so the page does not jump when it arrives.
const textsFirst = firstRoute?.citizen
  ? Promise.all([languageReady, firstRoute.texts && needTexts(firstRoute.texts)])
  : Promise.all([languageReady, needStaffTexts(), firstRoute?.bare ? undefined : AppHeader.preload()]);
void textsFirst.then(() => render(() => <App />, document.getElementById('app')!));

// Replaced by `false` at build time unless CABILDO_DEBUG_HOOKS=1 (the drain benchmark's build).
if (__CABILDO_DEBUG_HOOKS__) void import('./state/debug-hooks').then((m) => m.installDebugHooks());
