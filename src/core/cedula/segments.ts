/**
 * The card pads every field with NUL bytes; how many varies between card generations, so only
 * the order of the non-empty pieces is meaningful. Spaces around a piece are padding too.
 */
export function nulSeparatedSegments(text: string): string[] {
  return text
    .split(/\u0000+/)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}
