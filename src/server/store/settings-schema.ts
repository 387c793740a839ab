/** The table of entity settings versions, as Kysely sees it (joined into StoreDatabase in schema.ts). */
export interface SettingsVersionsTable {
  version: number;
  /** Server clock, ISO 8601 UTC. */
  saved_at: string;
  /** The administrador's user id (null for the built-in version 1). */
  saved_by: string | null;
  /** The EntitySettings as JSON text. */
  document: string;
}
