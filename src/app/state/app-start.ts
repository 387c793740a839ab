import { installRouter, path } from './router';
import { findRoute } from '../routes/route-table';
import { applyDocumentLanguage } from './language';
import { dataServices } from './services';
import { startSyncStatus } from './sync-status';
import { askPersistentStorage } from './storage-info';
import { startServiceWorker } from './update';

/** Everything the app starts besides rendering: router, service worker, data layer, sync status. */
export function startApp(): void {
  applyDocumentLanguage();
  installRouter();
  startServiceWorker();
  void dataServices().then(
    (services) => {
      startSyncStatus(services);
      // The entity's settings (territories, notice, name on prints): cached first, then the server's.
      void import('./settings/settings-load').then((m) => m.loadSettings());
      void askPersistentStorage();
      // Events, attendee lists and the signing key, for doors with no signal (loaded apart from the shell).
      // A citizen's phone opened on a poster link (a bare route) works no door and has no staff session:
      // asking for either would only earn 401s (and console errors) on the phone of someone filling a form.
      const citizenStart = findRoute(path())?.entry.bare === true;
      if (!citizenStart) void import('./door/pull-status').then((m) => m.startPulling(services));
      // Form versions and escuchadero statuses follow the same triggers, so a kiosk opened offline later has them.
      void import('./forms/forms-services').then((m) => m.formsServices()).catch(() => undefined);
      // Device access banner, who is signed in, and the retention of personal data (Ley 1581).
      void import('./auth/auth-start').then((m) => m.startAuth(services, { askForSession: !citizenStart }));
    },
    (error: unknown) => console.error('Cabildo: no se pudo abrir el almacenamiento', error),
  );
}
