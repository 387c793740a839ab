import type { Language } from '../../core/problems/problem';
import { es, type Dictionary, type MessageKey } from './es';

export type { Dictionary, Language, MessageKey };

/**
 * Spanish, the default, is in the first bundle (no extra round trip before the first paint); English loads
 * only when chosen, so a phone reading Spanish never downloads it. Per-area files (door, forms, reports,
 * auth) stay as they are.
 */
export const loadDictionary = (language: Language): Promise<Dictionary> =>
  language === 'es' ? Promise.resolve(es) : import('./en').then((m) => m.en);

/** The BCP 47 tag for <html lang> and for number/date formatting. */
export const localeOf = (language: Language): string => (language === 'es' ? 'es-CO' : 'en');

/** Fills "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
