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
      passwordHash: text(),
      disabledAt: optionalText(),
      createdAt: text(),
      updatedAt: text(),
    },
  },
  /** tokenHash: sha256 (hex) of the cookie token; the token itself is never stored. */
  sessions: {
    columns: { tokenHash: text({ primaryKey: true }), userId: text({ references: 'users.id' }), createdAt: text(), expiresAt: text() },
    indexes: { sessions_user: ['userId'] },
  },
  devices: {
    columns: {
      deviceId: text({ primaryKey: true }),
      label: text(),
      /** JSON array of event ids; [] means every event. */
      eventIds: text(),
      secretHash: text(),
      enrolledBy: text(),
      enrolledAt: text(),
      lastSyncAt: optionalText(),
      revokedAt: optionalText(),
    },
  },
  enrollment_tokens: {
    columns: {
      tokenHash: text({ primaryKey: true }),
      label: text(),
      eventIds: text(),
      createdBy: text(),
      createdAt: text(),
      expiresAt: text(),
      usedAt: optionalText(),
      usedByDevice: optionalText(),
    },
  },
  setup_tokens: {
    columns: { tokenHash: text({ primaryKey: true }), createdAt: text(), usedAt: optionalText() },
  },
  audit_log: {
    columns: {
      id: text({ primaryKey: true }),
      /** Server clock, ISO 8601 UTC: client timestamps never order audit data. */
      at: text(),
      actorType: text<'user' | 'device' | 'anonymous' | 'system'>(),
      actorId: optionalText(),
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
      windowStart: text(),
      hits: integer(),
    },
    primaryKey: ['bucket', 'windowStart'],
    indexes: { rate_limit_windows_start: ['windowStart'] },
  },
  /**
   * The events a campo staff account is assigned to (issue 12): like an enrolled device, a campo session
   * pulls, reads and writes only those. The office edits the list; replacing it is delete + insert.
   */
  user_events: {
    columns: { userId: text({ references: 'users.id' }), eventId: text(), assignedAt: text() },
    primaryKey: ['userId', 'eventId'],
  },
} satisfies Record<string, TableDefinition>;
