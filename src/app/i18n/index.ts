import type { Language } from '../../core/problems/problem';
import { shellEs, type ShellDictionary } from './shell.es';
import type { StaffDictionary } from './staff.es';
import type { Dictionary, MessageKey } from './es';

export type { Dictionary, Language, MessageKey, ShellDictionary, StaffDictionary };

/**
 * Spanish shell texts (with the citizen's forms) are in the first bundle: no extra round trip before the
 * first paint. English loads only when chosen, and the staff areas' texts (door, reports, auth) only with
 * the first staff screen, so a citizen's phone reading Spanish downloads neither.
 */
export const loadShellTexts = (language: Language): Promise<ShellDictionary> =>
  language === 'es' ? Promise.resolve(shellEs) : import('./shell.en').then((m) => m.shellEn);

export const loadStaffTexts = (language: Language): Promise<StaffDictionary> =>
  language === 'es' ? import('./staff.es').then((m) => m.staffEs) : import('./staff.en').then((m) => m.staffEn);

/**
 * Texts a citizen's page needs beyond the shell's, loaded by that page alone: the kiosk's, those of "Mis preguntas"
 * (and the commitments shown there). The citizen's form from a poster link needs none of them.
 */
export const textAreas = {
  commitments: (language: Language): Promise<Partial<Dictionary>> =>
    language === 'es' ? import('./commitments.es').then((m) => m.commitmentsEs) : import('./commitments.en').then((m) => m.commitmentsEn),
  kiosk: (language: Language): Promise<Partial<Dictionary>> =>
    language === 'es' ? import('./kiosk.es').then((m) => m.kioskEs) : import('./kiosk.en').then((m) => m.kioskEn),
  tracking: (language: Language): Promise<Partial<Dictionary>> =>
    language === 'es' ? import('./tracking.es').then((m) => m.trackingEs) : import('./tracking.en').then((m) => m.trackingEn),
};
export type TextArea = keyof typeof textAreas;

/** The BCP 47 tag for <html lang> and for number/date formatting. */
export const localeOf = (language: Language): string => (language === 'es' ? 'es-CO' : 'en');

/** Fills "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
