// Particles stay lower-case inside a name ("María de la Cruz"), as people write them.
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y']);

/** "MARIA DE LA CRUZ" (as the cédula prints it) → "Maria de la Cruz". Accents the card lacks are not guessed. */
export function titleCaseName(raw: string): string {
  return raw
    .trim()
    .toLocaleLowerCase('es-CO')
    .split(/\s+/)
    .filter(Boolean)
    .map((word, index) =>
      index > 0 && PARTICLES.has(word)
        ? word
        : word.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase('es-CO')),
    )
    .join(' ');
}

/** Joins optional name parts with single spaces, skipping blanks. */
export const joinNames = (...parts: (string | undefined)[]): string =>
  parts
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
