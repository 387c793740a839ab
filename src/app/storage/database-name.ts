/** The app's IndexedDB database (apart from database.ts, so a check for it needs no Dexie). */
export const DEFAULT_DATABASE_NAME = 'cabildo';
