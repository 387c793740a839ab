import { z } from 'zod';
import { officeMessage } from '../../core/problems/office-field-messages';
import { ANSWER_LIMITS, type AnswerLimit } from '../../core/forms/answer-limit';

export { ANSWER_LIMITS, defaultAnswerLimit, type AnswerLimit } from '../../core/forms/answer-limit';
export const answerLimitSchema = z.enum(ANSWER_LIMITS, { error: officeMessage('form.answer_limit') });

/** Who answered, under a limit; prefixed so that a personKey can never pass for a deviceId. */
export function answererKey(limit: AnswerLimit, deviceId: string, personKey: string | undefined): string | undefined {
  if (limit === 'none') return undefined;
  if (limit === 'perPerson' && personKey !== undefined) return `person:${personKey}`;
  return `device:${deviceId}`;
}
