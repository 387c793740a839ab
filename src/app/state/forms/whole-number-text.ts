import type { Language } from '../../i18n';

const GROUP_SEPARATOR: Record<Language, string> = { es: '.', en: ',' };

/**
 * A whole number as Intl.NumberFormat(localeOf(language)) writes it ("2.000" in es-CO, "2,000" in English),
 * without Intl: building a page's first NumberFormat sets up ICU's number data, 15–30 ms of a cheap phone's
 * main thread on the citizen form's first paint, for a character counter that only ever shows whole numbers.
 */
export function wholeNumberText(n: number, language: Language): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[language]);
  return n < 0 ? `-${digits}` : digits;
}
