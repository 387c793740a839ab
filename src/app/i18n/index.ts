import type { Language } from '../../core/problems/problem';
import { es, type Dictionary, type MessageKey } from './es';
import { en } from './en';

export type { Dictionary, Language, MessageKey };

export const dictionaries: Record<Language, Dictionary> = { es, en };

/** The BCP 47 tag for <html lang> and for number/date formatting. */
export const localeOf = (language: Language): string => (language === 'es' ? 'es-CO' : 'en');

/** Fills "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
