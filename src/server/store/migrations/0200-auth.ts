import type { Kysely, Migration } from 'kysely';

/**
 * Staff accounts, their sessions, enrolled devices, one-time tokens, the audit log and rate-limit windows.
 * Portable on purpose (SQLite and PostgreSQL): text and integer columns only, times as ISO 8601 UTC text
 * (they sort as text), no autoincrement. Secrets are never stored: only sha256 of tokens and scrypt of passwords.
 */
export const createAuth: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('disabled_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('devices')
      .addColumn('device_id', 'text', (col) => col.primaryKey())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('event_ids', 'text', (col) => col.notNull())
      .addColumn('secret_hash', 'text', (col) => col.notNull())
      .addColumn('enrolled_by', 'text', (col) => col.notNull())
      .addColumn('enrolled_at', 'text', (col) => col.notNull())
      .addColumn('last_sync_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('enrollment_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('event_ids', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .addColumn('used_by_device', 'text')
      .execute();

    await db.schema
      .createTable('setup_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_type', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('target', 'text')
      .addColumn('outcome', 'text', (col) => col.notNull())
      .addColumn('details', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();

    await db.schema
      .createTable('rate_limit_windows')
      .addColumn('bucket', 'text', (col) => col.notNull())
      .addColumn('window_start', 'text', (col) => col.notNull())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('rate_limit_windows_pk', ['bucket', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_limit_windows_start').on('rate_limit_windows').column('window_start').execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['rate_limit_windows', 'audit_log', 'setup_tokens', 'enrollment_tokens', 'devices', 'sessions', 'users']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
