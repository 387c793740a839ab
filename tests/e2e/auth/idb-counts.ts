import type { Page } from 'playwright-core';

export interface QueueCounts {
  pending: number;
  attention: number;
  outbox: number;
}

/** Read straight from the app's IndexedDB (not through its code): what is still on the phone. */
export const queueCounts = (page: Page): Promise<QueueCounts> =>
  page.evaluate(
    () =>
      new Promise<QueueCounts>((resolve, reject) => {
        const open = indexedDB.open('cabildo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['records', 'outbox']);
          const records = tx.objectStore('records').index('syncState');
          const result: QueueCounts = { pending: 0, attention: 0, outbox: 0 };
          const count = (request: IDBRequest<number>, key: keyof QueueCounts) => (request.onsuccess = () => (result[key] = request.result));
          count(records.count('pending'), 'pending');
          count(records.count('attention'), 'attention');
          count(tx.objectStore('outbox').count(), 'outbox');
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
