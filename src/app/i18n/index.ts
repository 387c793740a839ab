import type { Language } from '../../core/problems/problem';
import type { Dictionary, MessageKey } from './es';

export type { Dictionary, Language, MessageKey };

/**
 * Each language's texts load on their own: a phone reading Spanish (the default) never downloads the
 * English ones, and the other way round. Per-area files (door, forms, reports, auth) stay as they are.
 */
// Two functions, not one conditional: the bundler's preload wrapper would fetch both languages' files.
const spanish = (): Promise<Dictionary> => import('./es').then((m) => m.es);
const english = (): Promise<Dictionary> => import('./en').then((m) => m.en);

export const loadDictionary = (language: Language): Promise<Dictionary> => (language === 'es' ? spanish() : english());

/** The BCP 47 tag for <html lang> and for number/date formatting. */
export const localeOf = (language: Language): string => (language === 'es' ? 'es-CO' : 'en');

/** Fills "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
