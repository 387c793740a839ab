import { render } from 'solid-js/web';
import './styles/app.css';
import { App } from './App';
import { startApp } from './state/app-start';
import { languageReady } from './state/language';

declare const __CABILDO_DEBUG_HOOKS__: boolean;

startApp();
// Spanish (the default) or the remembered language: its texts first, so no screen paints message keys.
void languageReady.then(() => render(() => <App />, document.getElementById('app')!));

// Replaced by `false` at build time unless CABILDO_DEBUG_HOOKS=1 (the drain benchmark's build).
if (__CABILDO_DEBUG_HOOKS__) void import('./state/debug-hooks').then((m) => m.installDebugHooks());
