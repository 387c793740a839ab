/** The stored shape of answers: one entry per answered, visible field; nothing for the rest. */
export interface ConsentAnswer {
  accepted: true;
  /** The version of the notice the person read and accepted (Ley 1581 de 2012). */
  textVersion: string;
}

export type AnswerValue = string | number | boolean | string[] | ConsentAnswer;
export type Answers = Record<string, AnswerValue>;

/** Own properties only: a field may be called "constructor" without reading Object.prototype. */
export const answerOf = (answers: Readonly<Record<string, unknown>>, fieldId: string): unknown =>
  Object.hasOwn(answers, fieldId) ? answers[fieldId] : undefined;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
