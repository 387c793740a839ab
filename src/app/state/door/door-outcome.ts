import type { CheckInMethod } from '../../../core/attendance/check-in';
import type { Problem } from '../../../core/problems/problem';

/** What the form starts with when the door opens it (a cédula reading, a pass of someone not yet pulled…). */
export interface FormPrefill {
  method: CheckInMethod;
  attendeeId?: string;
  document?: { type: string; number: string };
  firstNames?: string;
  surnames?: string;
  fullName?: string;
  sexAtBirth?: string;
  birthDate?: string;
  lifeStage?: string;
  accessibilityNeeds?: string[];
}

export type RejectReason =
  /** verifyPass refused it: problem is pass.malformed, pass.forged or pass.wrong_event. */
  | 'pass'
  /** A pass, but this device has never downloaded the server's public key. */
  | 'no_key'
  | 'cedula_unreadable'
  | 'unrecognised'
  | 'save_failed'
  /** The server revoked this phone: it admits nobody until enrolled again. */
  | 'revoked';

/** The result screen of one scan or entry (pretixSCAN's green / yellow / red), or the form to complete. */
export type DoorOutcome =
  | { kind: 'admitted'; name: string; recordId: string; method: CheckInMethod; anonymous?: boolean; needs?: string[] }
  /** `deviceLabel`: the enrolled name of the device that admitted the person, when this device knows it. */
  | { kind: 'already'; name?: string | undefined; at: string; deviceId: string; thisDevice: boolean; deviceLabel?: string | undefined }
  | { kind: 'rejected'; reason: RejectReason; problem?: Problem }
  | { kind: 'form'; prefill: FormPrefill; why: 'cedula' | 'manual' | 'attendee' };

export type ResultColour = 'green' | 'yellow' | 'red';

export const colourOf = (outcome: DoorOutcome): ResultColour | undefined =>
  outcome.kind === 'admitted' ? 'green' : outcome.kind === 'already' ? 'yellow' : outcome.kind === 'rejected' ? 'red' : undefined;
