import { installRouter } from './router';
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
      void askPersistentStorage();
      // Events, attendee lists and the signing key, for doors with no signal (loaded apart from the shell).
      void import('./door/pull-status').then((m) => m.startPulling(services));
      // Form versions and escuchadero statuses follow the same triggers, so a kiosk opened offline later has them.
      void import('./forms/forms-services').then((m) => m.formsServices()).catch(() => undefined);
    },
    (error: unknown) => console.error('Cabildo: no se pudo abrir el almacenamiento', error),
  );
}
