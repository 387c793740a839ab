import type { Role } from '../../core/auth/roles';

/** A staff account as stored (the password hash never leaves the server). */
export interface StoredUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  disabledAt: string | null;
  createdAt: string;
}

export interface StoredDevice {
  deviceId: string;
  label: string;
  eventIds: string[];
  secretHash: string;
  enrolledBy: string;
  enrolledAt: string;
  lastSyncAt: string | null;
  revokedAt: string | null;
}

export interface EnrollmentGrant {
  tokenHash: string;
  label: string;
  eventIds: string[];
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorType: 'user' | 'device' | 'anonymous' | 'system';
  actorId: string | null;
  action: string;
  target: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  details: Record<string, unknown> | null;
}

/** A record holding a person's data, for habeas data export and erasure. */
export interface PersonRecord {
  id: string;
  kind: string;
  eventId: string | null;
  receivedAt: string;
  payload: Record<string, unknown>;
}

/** A conflicting version (record_conflicts) of one of a person's records, or one carrying their data. */
export interface PersonConflict {
  seq: number;
  recordId: string;
  receivedAt: string;
  /** The version as it arrived (recordContent's fields). */
  version: { kind: string; schemaVersion: number; deviceId: string; createdAt: string; payload: Record<string, unknown> };
}

/**
 * Accounts, sessions, devices, one-time tokens, audit log and rate-limit windows. Everything that must be
 * shared by several server processes lives here, in the database. Times are ISO 8601 UTC strings.
 */
export interface AuthStore {
  countUsers(): Promise<number>;
  userById(id: string): Promise<StoredUser | undefined>;
  userByEmail(email: string): Promise<StoredUser | undefined>;
  listUsers(): Promise<StoredUser[]>;
  /** false when the email is taken. */
  createUser(user: StoredUser): Promise<boolean>;
  updateUser(id: string, patch: { name?: string; role?: Role; disabledAt?: string | null }, at: string): Promise<StoredUser | undefined>;

  addSetupToken(tokenHash: string, at: string): Promise<void>;
  /** Consumes an unused setup token and creates the first user, only while there is no user at all. */
  completeSetup(tokenHash: string, user: StoredUser): Promise<'created' | 'token_invalid' | 'already_done'>;

  createSession(tokenHash: string, userId: string, at: string, expiresAt: string): Promise<void>;
  /** The session's user while the session is unexpired at `now`. */
  sessionUser(tokenHash: string, now: string): Promise<{ user: StoredUser; expiresAt: string } | undefined>;
  extendSession(tokenHash: string, expiresAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<void>;

  /** The events a campo account is assigned to, sorted (none: it touches no event). */
  userEvents(userId: string): Promise<string[]>;
  /** Replaces the account's assigned events. */
  setUserEvents(userId: string, eventIds: readonly string[], at: string): Promise<void>;

  addEnrollment(grant: EnrollmentGrant): Promise<void>;
  /**
   * Uses an unexpired, unused enrollment token and (re-)enrolls the device with a new secret: a revoked
   * device enrolled again gets a new credential and is no longer revoked.
   */
  enroll(tokenHash: string, device: { deviceId: string; label?: string; secretHash: string }, at: string): Promise<StoredDevice | undefined>;
  deviceById(deviceId: string): Promise<StoredDevice | undefined>;
  listDevices(): Promise<StoredDevice[]>;
  revokeDevice(deviceId: string, at: string): Promise<boolean>;
  /** Renames a device ("Puerta norte, tableta 2"); false when there is no such device. */
  relabelDevice(deviceId: string, label: string): Promise<boolean>;
  touchDeviceSync(deviceId: string, at: string): Promise<void>;

  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first; `before` is an entry's (at, id) to page on. */
  listAudit(limit: number, before?: { at: string; id: string }): Promise<AuditEntry[]>;
  /** The entries about one target (a commitment's id), oldest first, at most `limit`. */
  auditOf(target: string, limit: number): Promise<AuditEntry[]>;

  /** Counts one hit in a fixed window and returns the hits so far in it (this one included). */
  hit(bucket: string, windowStart: string): Promise<number>;
  /** Forgets windows that started before `before`. */
  pruneWindows(before: string): Promise<void>;

  /** Records whose payload carries this document number (payload.document.number or payload.documentNumber). */
  personRecords(documentNumber: string): Promise<PersonRecord[]>;
  replacePayloads(updates: { id: string; payload: Record<string, unknown> }[]): Promise<void>;
  /** Conflicting versions of these records (a person's), or carrying this document number or a link to them. */
  personConflicts(documentNumber: string, recordIds: readonly string[]): Promise<PersonConflict[]>;
  /**
   * Rewrites stored conflicting versions by seq. Their content_hash stays: a replay of the original version is
   * still recognised as already kept, and its personal data is not stored again.
   */
  replaceConflictContents(updates: { seq: number; content: string }[]): Promise<void>;
}
