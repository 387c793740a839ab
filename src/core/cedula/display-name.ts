// Spanish particles inside compound names stay lower-case ("María de los Ángeles", "Juan de la Cruz").
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e']);

function capitalised(word: string): string {
  // Handles "D'ALEMAN" → "D'Aleman": each apostrophe-joined part gets its capital.
  return word
    .split("'")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("'");
}

/** The card prints names in capitals; forms read better in the usual Spanish title case. */
export function displayName(upperCaseName: string): string {
  return upperCaseName
    .toLowerCase()
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word, position) => (position > 0 && PARTICLES.has(word) ? word : capitalised(word)))
    .join(' ');
}
