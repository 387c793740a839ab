import { createSignal } from 'solid-js';
import { problemMessage, type Problem } from '../../core/problems/problem';
import { format, loadDictionary, localeOf, type Dictionary, type Language, type MessageKey } from '../i18n';
import { BOGOTA_TIME_ZONE, bogotaToday } from '../../core/time';

const STORAGE_KEY = 'cabildo.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'es';
  } catch {
    return 'es'; // storage blocked: Spanish, the default
  }
}

const [language, setLanguageSignal] = createSignal<Language>(initialLanguage());
const [dictionary, setDictionary] = createSignal<Dictionary>();
const loaded = new Map<Language, Promise<Dictionary>>();
function dictionaryOf(next: Language): Promise<Dictionary> {
  let loading = loaded.get(next);
  if (!loading) {
    loading = loadDictionary(next);
    loaded.set(next, loading);
    loading.catch(() => loaded.delete(next)); // a failed load (offline, not cached) may be tried again
  }
  return loading;
}

export { language };

/** The remembered language's texts; the app renders once they are here (main.tsx). */
export const languageReady: Promise<void> = dictionaryOf(language())
  .catch(() => {
    setLanguageSignal('es'); // the other language's texts could not load: Spanish, the default
    return dictionaryOf('es');
  })
  .then((d) => void setDictionary(d));

/** Sets <html lang> from the remembered choice (index.html ships es-CO, the default). */
export function applyDocumentLanguage(): void {
  document.documentElement.lang = localeOf(language());
}

/** Switches once the other language's texts are loaded (offline they are precached), so no screen shows keys. */
export async function setLanguage(next: Language): Promise<void> {
  setDictionary(await dictionaryOf(next));
  setLanguageSignal(next);
  document.documentElement.lang = localeOf(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered across reloads; the switch still works for this session.
  }
}

/** Translates a key in the current language (reactive: re-runs when the language changes). */
export const t = (key: MessageKey, params?: Record<string, string | number>): string => {
  const text = dictionary()?.[key];
  return text === undefined ? key : format(text, params);
};

/** A problem from the core catalogue, in the reader's language. */
export const problemText = (p: Problem): string => problemMessage(p, language());

/**
 * Time only for today (what a person at the door needs), date and time otherwise; always on Bogotá's
 * clock, as prints and exports are, whatever time zone the device is set to.
 */
export function formatTime(at: string | number | Date, nowMs: number = Date.now()): string {
  const date = new Date(at);
  const today = bogotaToday(nowMs) === bogotaToday(date.getTime());
  const options: Intl.DateTimeFormatOptions = today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(localeOf(language()), { ...options, timeZone: BOGOTA_TIME_ZONE }).format(date);
}

export const formatCount = (n: number): string => new Intl.NumberFormat(localeOf(language())).format(n);

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(localeOf(language()), { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
