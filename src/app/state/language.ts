import { createSignal } from 'solid-js';
import type { Problem } from '../../core/problems/problem';
import { messageFrom, type CataloguePart } from '../../core/problems/catalogue-part';
import { citizenProblems } from '../../core/problems/citizen-problems';
import { format, loadShellTexts, loadStaffTexts, localeOf, textAreas, type Dictionary, type Language, type MessageKey, type TextArea } from '../i18n';
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
// The shell's texts, plus the staff areas' once a staff screen asked for them (citizen pages never do).
const [dictionary, setDictionary] = createSignal<Partial<Dictionary>>();
const [staffTextsSettled, setStaffTextsSettled] = createSignal(false);
let staffWanted = false;

/** Each language's part is loaded once; a failed load (offline, not cached) may be tried again. */
function loadOnce<T>(cache: Map<Language, Promise<T>>, next: Language, load: (l: Language) => Promise<T>): Promise<T> {
  let loading = cache.get(next);
  if (!loading) {
    loading = load(next);
    cache.set(next, loading);
    loading.catch(() => cache.delete(next));
  }
  return loading;
}
const shellLoads = new Map<Language, Promise<Partial<Dictionary>>>();
const staffLoads = new Map<Language, Promise<Partial<Dictionary>>>();
// A citizen's page may want one area's texts without the staff areas' (the commitments on "Mis preguntas").
const areaLoads = new Map<TextArea, Map<Language, Promise<Partial<Dictionary>>>>();
const areaLoad = (area: TextArea, next: Language) => {
  if (!areaLoads.has(area)) areaLoads.set(area, new Map());
  return loadOnce(areaLoads.get(area)!, next, textAreas[area]);
};

async function textsOf(next: Language): Promise<Partial<Dictionary>> {
  const shell = await loadOnce(shellLoads, next, loadShellTexts);
  const staff = staffWanted ? await loadOnce(staffLoads, next, loadStaffTexts).catch(() => ({})) : {};
  const areas = await Promise.all([...areaLoads.keys()].map((area) => areaLoad(area, next).catch(() => ({}))));
  return Object.assign({ ...shell, ...staff }, ...areas) as Partial<Dictionary>;
}

const [settledAreas, setSettledAreas] = createSignal<ReadonlySet<TextArea>>(new Set());
/** Whether a citizen page's own texts have arrived, or could not (no area: nothing to wait for). */
export const textsSettled = (area: TextArea | undefined): boolean => area === undefined || settledAreas().has(area);

/** One area's texts for a citizen's page; settles even when they cannot load. */
export async function needTexts(area: TextArea): Promise<void> {
  const asked = language();
  try {
    const texts = await areaLoad(area, asked);
    if (language() === asked) setDictionary((d) => ({ ...d, ...texts }));
  } catch {
    // Offline and not cached yet: the page shows keys for that part rather than nothing.
  }
  if (!settledAreas().has(area)) setSettledAreas((areas) => new Set(areas).add(area));
}

export { language, staffTextsSettled };

/** The remembered language's shell texts; the app renders once they are here (main.tsx). */
export const languageReady: Promise<void> = textsOf(language())
  .catch(() => {
    setLanguageSignal('es'); // the other language's texts could not load: Spanish, the default
    return textsOf('es');
  })
  .then((d) => void setDictionary(d));

// The citizen's part of the problem catalogue is always here; the whole catalogue loads with the staff texts, or
// when a problem of the office's part is to be shown (its Spanish wire text shows until then).
const [problemTexts, setProblemTexts] = createSignal<CataloguePart>(citizenProblems);
let wholeCatalogue: Promise<void> | undefined;
function loadWholeCatalogue(): Promise<void> {
  wholeCatalogue ??= import('../../core/problems/catalogue').then(
    (m) => void setProblemTexts(m.problemCatalogue),
    () => void (wholeCatalogue = undefined), // offline and not cached yet: tried again by the next problem shown
  );
  return wholeCatalogue;
}

let staffLoading: Promise<void> | undefined;
/**
 * The staff areas' texts (door, reports, auth), loaded once, by the first staff screen. Settles even when
 * they cannot load (offline and not cached yet): the screen then shows, with keys rather than nothing.
 */
export function needStaffTexts(): Promise<void> {
  staffWanted = true;
  staffLoading ??= (async () => {
    const asked = language();
    const catalogue = loadWholeCatalogue();
    try {
      const staff = await loadOnce(staffLoads, asked, loadStaffTexts);
      await catalogue;
      if (language() === asked) setDictionary((d) => ({ ...d, ...staff }));
    } catch {
      staffLoading = undefined; // a later staff screen tries again
    }
    setStaffTextsSettled(true);
  })();
  return staffLoading;
}

/** Sets <html lang> from the remembered choice (index.html ships es-CO, the default). */
export function applyDocumentLanguage(): void {
  document.documentElement.lang = localeOf(language());
}

/** Switches once the other language's texts are loaded (offline they are precached), so no screen shows keys. */
export async function setLanguage(next: Language): Promise<void> {
  setDictionary(await textsOf(next));
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

/** A problem from the core catalogue, in the reader's language (reactive: the whole catalogue may arrive later). */
export function problemText(p: Problem): string {
  const texts = problemTexts();
  if (!Object.prototype.hasOwnProperty.call(texts, p.code)) void loadWholeCatalogue();
  return messageFrom(texts, p, language());
}

/**
 * Time only for today (what a person at the door needs), date and time otherwise; always on Bogotá's
 * clock, as prints and exports are, whatever time zone the device is set to.
 */
export function formatTime(at: string | number | Date, nowMs: number = Date.now()): string {
  const date = new Date(at);
  const today = bogotaToday(nowMs) === bogotaToday(date.getTime());
  const options: Intl.DateTimeFormatOptions = today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' };
  return dateTimeFormat(localeOf(language()), today ? 'time' : 'dateTime', { ...options, timeZone: BOGOTA_TIME_ZONE }).format(date);
}

// Building an Intl formatter costs far more than using one (a form's counters format on every keystroke): one
// per locale and style, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(locale: string, style: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
function dateTimeFormat(locale: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

// Thousands as Intl groups whole numbers in each language ("4.000", "4,000"), written out: the first Intl formatter
// costs a cheap phone tens of ms (its locale data) on a form's first paint, for counters such as "0 / 4.000".
const THOUSANDS: Record<Language, string> = { es: '.', en: ',' };

/** A count in a language's digits and grouping; only what is not a whole number needs Intl's formatter. */
export function countText(n: number, lang: Language): string {
  if (!Number.isSafeInteger(n)) return numberFormat(localeOf(lang), 'count').format(n);
  // A hyphen-minus in both languages, as Intl writes it (a counter's "characters over" may come out negative).
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[lang]);
}

export const formatCount = (n: number): string => countText(n, language());

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${numberFormat(localeOf(language()), 'bytes', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
