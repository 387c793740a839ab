/**
 * Names on the card are upper-case latin-1 letters; compound ones ("DE LA CRUZ", "D'ALEMAN") keep
 * their spaces and apostrophes. Anything else (digits, symbols, U+FFFD) means the read is wrong.
 */
const LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff";
const NAME = new RegExp(`^[${LETTER}]+(?:(?: |'|' )[${LETTER}]+)*$`);
const MAX_NAME_LENGTH = 60;

export function normalisedName(segment: string): string | undefined {
  const name = segment.trim().replace(/ {2,}/g, ' ');
  return name.length <= MAX_NAME_LENGTH && NAME.test(name) ? name : undefined;
}

export const isName = (segment: string): boolean => normalisedName(segment) !== undefined;
