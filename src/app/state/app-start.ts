import { installRouter, path } from './router';
import { findRoute } from '../routes/route-table';
import { applyDocumentLanguage } from './language';
import { dataServices, dataServicesStarted } from './services';
import type { DataServices } from './data-services';
import { startSyncStatus } from './sync-status';
import { askPersistentStorage } from './storage-info';
import { startServiceWorker } from './update';
import { storedDataExists, whenIdle } from './stored-data';

/** Everything the app starts besides rendering: router, service worker, data layer, sync status. */
export function startApp(): void {
  applyDocumentLanguage();
  installRouter();
  // Off the critical path: the worker's registration (and workbox-window) waits until the page is idle.
  whenIdle(startServiceWorker);
  const entry = findRoute(path())?.entry;
  // A citizen's phone opened on a poster link (a bare route) works no door and has no staff session:
  // asking for either would only earn 401s (and console errors) on the phone of someone filling a form.
  const citizenStart = entry?.bare === true;
  const started = (services: DataServices) => {
    startSyncStatus(services);
    // The entity's settings (territories, notice, name on prints): cached first, then the server's.
    void import('./settings/settings-load').then((m) => m.loadSettings());
    void askPersistentStorage();
    // Events, attendee lists and the signing key, for doors with no signal (loaded apart from the shell).
    if (!citizenStart) void import('./door/pull-status').then((m) => m.startPulling(services));
    // Form versions and escuchadero statuses follow the same triggers, so a kiosk opened offline later has them.
    void import('./forms/forms-services').then((m) => m.formsServices()).catch(() => undefined);
    // Device access banner, who is signed in, and the retention of personal data (Ley 1581).
    void import('./auth/auth-start').then((m) => m.startAuth(services, { askForSession: !citizenStart }));
  };
  const failed = (error: unknown) => console.error('Cabildo: no se pudo abrir el almacenamiento', error);
  if (entry?.citizen !== true) {
    void dataServices().then(started, failed);
    return;
  }
  // A citizen's page paints without the data layer (Dexie, the outbox runner): it starts with the first save,
  // with the page's own need (a kiosk, "Mis preguntas"), or after the first paint when this phone already
  // holds records (answers still to deliver, a pass), so nothing stored waits for a save to be sent.
  void dataServicesStarted.then(started);
  whenIdle(() => void storedDataExists().then((exists) => (exists ? dataServices().then(() => undefined, failed) : undefined)));
}
