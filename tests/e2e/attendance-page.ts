import type { Page } from 'playwright-core';

export interface Attendee {
  fullName: string;
  documentType?: string;
  documentNumber?: string;
  territory: string;
}

/** Fills the attendance form as a person would and waits for the device's confirmation. */
export async function registerAttendee(page: Page, attendee: Attendee): Promise<void> {
  await page.getByLabel('Nombre completo').fill(attendee.fullName);
  await page.getByLabel('Tipo de documento').selectOption(attendee.documentType ?? 'CC');
  if (attendee.documentNumber !== undefined) await page.getByLabel('Número de documento').fill(attendee.documentNumber);
  await page.getByLabel('Comuna o corregimiento').selectOption(attendee.territory);
  await page.getByRole('checkbox', { name: /autoriza el tratamiento/ }).check();
  await page.getByRole('button', { name: 'Guardar asistencia' }).click();
  await page
    .getByTestId('save-status')
    .getByText(`Guardado en este dispositivo: ${attendee.fullName}`)
    .waitFor();
}

/** Tries the network from inside the page: "failed" proves the page is really cut off. */
export const probeNetwork = (page: Page): Promise<'reached' | 'failed'> =>
  page.evaluate(() =>
    fetch('/api/v1/health', { cache: 'no-store' }).then(
      () => 'reached' as const,
      () => 'failed' as const,
    ),
  );

/** Records in the app's own IndexedDB, read directly (not through the app's code). */
export const localRecordCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cabildo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('records').objectStore('records').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
