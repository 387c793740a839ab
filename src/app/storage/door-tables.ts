import type { CheckInRow } from '../../core/attendance/attendance-model';
import type { EventDocument } from '../../core/events';

/** An event as last pulled from the server (highest revision wins, see mergeEvents). */
export type PulledEvent = EventDocument;

/**
 * One person on an event's attendee list, as pulled: enough to greet them, find them by name or document
 * digest and admit them with their pass while offline. Their registration's answers stay on the server:
 * the check-in refers to the registration (attendance.registered).
 */
export interface PulledAttendee {
  attendeeId: string;
  eventId: string;
  displayName: string;
  registeredAt: string;
  accessibilityNeeds: string[];
  pass?: string | undefined;
  /** displayName folded for search (lower case, no accents). */
  search: string;
  /** The digest of the person's document (core/attendance/document-digest.ts), never the number itself. */
  documentDigest?: string | undefined;
}

/** Another device's check-in (or ours, once synced), slim: who, when, where — never the person's data. */
export type RemoteCheckIn = CheckInRow;

/** The enrolled name of a device that wrote pulled check-ins ("Puerta norte"), as the last pull gave it. */
export interface KeptDeviceLabel {
  deviceId: string;
  label: string;
}

/** A pass this device received at pre-registration ("Mis pases"): kept to show at the door, also offline. */
export interface MyPass {
  attendeeId: string;
  eventId: string;
  code: string;
  displayName: string;
  eventName: string;
  startsAt?: string | undefined;
  place?: string | undefined;
  receivedAt: string;
}

/** Keys of the door's entries in `meta`. */
export const DOOR_META_KEYS = {
  pullCursor: 'pull.cursor',
  lastPullAt: 'pull.lastSuccessAt',
  signingKey: 'keys.signing',
} as const;

/** The server's Ed25519 public key (raw, base64url), kept so passes verify with no signal. */
export interface StoredSigningKey {
  algorithm: 'Ed25519';
  publicKey: string;
  fetchedAt: string;
}

/** Folds text for search: "Peña Álvarez" and "pena alvarez" match. */
export const searchFold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
