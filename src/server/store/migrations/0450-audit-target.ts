import type { Kysely, Migration } from 'kysely';

/**
 * A commitment's page shows its audit history (issue 14): the log is read by target, newest entries among
 * many thousands of others (exports, sign-ins), so the lookup gets its own index instead of a scan.
 */
export const addAuditTargetIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'at', 'id']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_log_target').execute();
  },
};
