/**
 * What counts as "answered", in one place: the renderer's empty states (null, '', '   ', [])
 * mean "no answer", so visibility, required-ness and storage all agree on them.
 */
export function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Compares an answer with a value named in a condition; text is compared without surrounding spaces. */
export function sameValue(answer: unknown, expected: string | number | boolean): boolean {
  if (typeof answer === 'string' && typeof expected === 'string') return answer.trim() === expected.trim();
  return answer === expected;
}
