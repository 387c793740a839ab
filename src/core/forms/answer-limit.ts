/**
 * "One answer per …", set per form and event when the planning office makes the poster link.
 * - none: every submission counts (the escuchadero: one person may ask several things);
 * - perPerson: one per person: the personKey a pass (or a kiosk session) put in the payload, else the
 *   device that took it;
 * - perDevice: one per device, whoever holds it.
 */
export const ANSWER_LIMITS = ['none', 'perPerson', 'perDevice'] as const;
export type AnswerLimit = (typeof ANSWER_LIMITS)[number];

/** Entries of this form become escuchadero cases, followed by their tracking code. */
export const ESCUCHADERO_FORM_ID = 'escuchadero';

/**
 * Until the office chooses otherwise: forms whose answers are counted (evaluation, prioritisation, urna and
 * forms copied from them) take one answer per person, so a phone cannot vote twice; the escuchadero takes
 * every message.
 */
export const defaultAnswerLimit = (formId: string): AnswerLimit => (formId === ESCUCHADERO_FORM_ID ? 'none' : 'perPerson');

/** A kiosk is one device shared by many people: each person's turn (reset after the thanks) is one "person". */
export const KIOSK_PERSON_PREFIX = 'kiosk:';
