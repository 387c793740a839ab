/** The tables of accounts, devices, audit and rate limits (migration 0200-auth), as Kysely sees them. */
export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: string;
  /** scrypt$N$r$p$salt$hash (src/server/auth/passwords.ts). */
  password_hash: string;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface DevicesTable {
  device_id: string;
  label: string;
  /** JSON array of event ids; [] means every event. */
  event_ids: string;
  secret_hash: string;
  enrolled_by: string;
  enrolled_at: string;
  last_sync_at: string | null;
  revoked_at: string | null;
}

export interface EnrollmentTokensTable {
  token_hash: string;
  label: string;
  event_ids: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by_device: string | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  id: string;
  /** Server clock, ISO 8601 UTC: client timestamps never order audit data. */
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target: string | null;
  outcome: string;
  /** JSON object without personal data, or NULL. */
  details: string | null;
}

export interface RateLimitWindowsTable {
  /** What is counted, e.g. "login:ip:<sha256 of the address>". */
  bucket: string;
  /** Start of the fixed window, ISO 8601 UTC. */
  window_start: string;
  hits: number;
}

/** A campo account's assigned events (migration 0600-user-events). */
export interface UserEventsTable {
  user_id: string;
  event_id: string;
  assigned_at: string;
}

export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  devices: DevicesTable;
  enrollment_tokens: EnrollmentTokensTable;
  setup_tokens: SetupTokensTable;
  audit_log: AuditLogTable;
  rate_limit_windows: RateLimitWindowsTable;
  user_events: UserEventsTable;
}
