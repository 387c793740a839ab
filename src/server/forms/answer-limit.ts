import { z } from 'zod';

/**
 * "One answer per …", set per form and event when the planning office makes the poster link.
 * - none: every submission counts (a shared kiosk tablet, an open urna);
 * - perPerson: one per person: the personKey a pass put in the payload, else the device that took it;
 * - perDevice: one per device, whoever holds it.
 */
export const ANSWER_LIMITS = ['none', 'perPerson', 'perDevice'] as const;
export type AnswerLimit = (typeof ANSWER_LIMITS)[number];
export const answerLimitSchema = z.enum(ANSWER_LIMITS, { error: 'Elija el límite de respuestas: none, perPerson o perDevice.' });

/** Who answered, under a limit; prefixed so that a personKey can never pass for a deviceId. */
export function answererKey(limit: AnswerLimit, deviceId: string, personKey: string | undefined): string | undefined {
  if (limit === 'none') return undefined;
  if (limit === 'perPerson' && personKey !== undefined) return `person:${personKey}`;
  return `device:${deviceId}`;
}
