import type { TrackedCommitment } from '../../core/commitments';
import type { FormDefinition } from '../../core/forms';
import type { CaseState } from '../../core/escuchadero';

/** A form version the server published, kept so a poster link opens with no signal. */
export interface StoredDefinition {
  /** `${id}@${version}`: one row per version, never overwritten by another version. */
  key: string;
  id: string;
  version: number;
  definition: FormDefinition;
  fetchedAt: string;
}

export const definitionKey = (id: string, version: number): string => `${id}@${version}`;

/**
 * An escuchadero code this device follows ("Mis preguntas"): one it made when a person sent a message
 * here, or one a person typed to look up. Status and answer are what the server said last.
 */
export interface TrackedCode {
  code: string;
  /** The submission this device made (absent for a typed code). */
  recordId?: string | undefined;
  origin: 'sent' | 'typed';
  eventId?: string | undefined;
  keptAt: string;
  status?: CaseState | undefined;
  dueDate?: string | undefined;
  answer?: string | undefined;
  answeredAt?: string | undefined;
  checkedAt?: string | undefined;
  /** True from when an answer first arrives until the person has seen it on the tracking screen. */
  answerUnseen?: boolean | undefined;
  /** The commitments the answer produced, as last reported (not indexed: no schema version needed). */
  commitments?: TrackedCommitment[] | undefined;
}

/** Keys of the forms' entries in `meta`. */
export const FORMS_META_KEYS = {
  definitionsPulledAt: 'forms.definitionsPulledAt',
  kioskLock: 'kiosk.lock',
} as const;

/** The kiosk's exit PIN, never stored as typed: PBKDF2-SHA-256 of it with a random salt. */
export interface KioskLock {
  path: string;
  salt: string;
  hash: string;
  iterations: number;
  lockedAt: string;
}
