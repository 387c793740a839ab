import type { Role } from '../../core/auth/roles';
import { integer, optionalText, text, type TableDefinition } from './table-definition';

/**
 * Staff accounts, their sessions, enrolled devices, one-time tokens, the audit log and rate-limit windows
 * (migration 0200-auth). Portable on purpose: text and integer columns only, times as ISO 8601 UTC text (they
 * sort as text), no autoincrement. Secrets are never stored: only sha256 of tokens and scrypt of passwords.
 */
export const authTables = {
  users: {
    columns: {
      id: text({ primaryKey: true }),
      /** Lower-cased; unique. */
      email: text({ unique: true }),
      name: text(),
      role: text<Role>(),
      /** scrypt$N$r$p$salt$hash (src/server/auth/passwords.ts). */
      password_hash: text(),
      disabled_at: optionalText(),
      created_at: text(),
      updated_at: text(),
    },
  },
  /** token_hash: sha256 (hex) of the cookie token; the token itself is never stored. */
  sessions: {
    columns: { token_hash: text({ primaryKey: true }), user_id: text({ references: 'users.id' }), created_at: text(), expires_at: text() },
    indexes: { sessions_user: ['user_id'] },
  },
  devices: {
    columns: {
      device_id: text({ primaryKey: true }),
      label: text(),
      /** JSON array of event ids; [] means every event. */
      event_ids: text(),
      secret_hash: text(),
      enrolled_by: text(),
      enrolled_at: text(),
      last_sync_at: optionalText(),
      revoked_at: optionalText(),
    },
  },
  enrollment_tokens: {
    columns: {
      token_hash: text({ primaryKey: true }),
      label: text(),
      event_ids: text(),
      created_by: text(),
      created_at: text(),
      expires_at: text(),
      used_at: optionalText(),
      used_by_device: optionalText(),
    },
  },
  setup_tokens: {
    columns: { token_hash: text({ primaryKey: true }), created_at: text(), used_at: optionalText() },
  },
  audit_log: {
    columns: {
      id: text({ primaryKey: true }),
      /** Server clock, ISO 8601 UTC: client timestamps never order audit data. */
      at: text(),
      actor_type: text<'user' | 'device' | 'anonymous' | 'system'>(),
      actor_id: optionalText(),
      action: text(),
      target: optionalText(),
      outcome: text<'ok' | 'denied' | 'failed'>(),
      /** JSON object without personal data, or NULL. */
      details: optionalText(),
    },
    indexes: { audit_log_at: ['at', 'id'] },
  },
  rate_limit_windows: {
    columns: {
      /** What is counted, e.g. "login:ip:<sha256 of the address>". */
      bucket: text(),
      /** Start of the fixed window, ISO 8601 UTC. */
      window_start: text(),
      hits: integer(),
    },
    primaryKey: ['bucket', 'window_start'],
    indexes: { rate_limit_windows_start: ['window_start'] },
  },
  /**
   * The events a campo staff account is assigned to (issue 12): like an enrolled device, a campo session
   * pulls, reads and writes only those. The office edits the list; replacing it is delete + insert.
   */
  user_events: {
    columns: { user_id: text({ references: 'users.id' }), event_id: text(), assigned_at: text() },
    primaryKey: ['user_id', 'event_id'],
  },
} satisfies Record<string, TableDefinition>;
