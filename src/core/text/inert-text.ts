/**
 * Citizens' free text, shown to staff as written but inert. Bidirectional embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069) and the direction marks (U+200E, U+200F, U+061C) reorder the
 * characters around them: an RLO in a message turns "pague a 1234" into "4321 a eugap" on screen, in a
 * printed memoria or a spreadsheet. Each becomes a visible tag such as "[U+202E]", so staff see that it
 * was there and nothing is reordered. Markup and formulas are handled where text is rendered (Solid's text
 * nodes) and exported (neutraliseFormula); this is the one place for direction controls.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const hasDirectionControls = (text: string): boolean => new RegExp(DIRECTION_CONTROLS.source).test(text);

export const inertText = (text: string): string =>
  text.replace(DIRECTION_CONTROLS, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
