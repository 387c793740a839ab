import type { Catalogue, CatalogueEntry } from '../../../core/catalogues/catalogue';
import type { Catalogues } from '../../../core/catalogues';
import type { SelectGroup } from '../../components/select-field';
import { language } from '../language';
import { services } from '../services';

export const entryLabel = (entry: CatalogueEntry): string => (language() === 'en' && entry.nameEn) || entry.name;

const catalogue = (name: keyof Catalogues): Catalogue | undefined => services()?.catalogues[name];

/** A catalogue as radio/checkbox choices in the reader's language (empty until the data layer loads). */
export const catalogueChoices = (name: keyof Catalogues) =>
  (catalogue(name)?.entries ?? []).map((entry) => ({ value: entry.code, label: entryLabel(entry) }));

/** A catalogue as one <select> group. */
export const catalogueGroups = (name: keyof Catalogues): SelectGroup[] => [{ label: '', options: catalogueChoices(name) }];

/** Codes that must stand alone in a multiple choice ("Ninguna", "Prefiero no responder"). */
export const exclusiveCodes = (name: keyof Catalogues): string[] =>
  (catalogue(name)?.entries ?? []).filter((e) => e.kind === 'exclusivo' || e.code === 'no_responde').map((e) => e.code);

/** The name of a code in the reader's language (the code itself if unknown). */
export const catalogueName = (name: keyof Catalogues, code: string): string => {
  const entry = catalogue(name)?.entries.find((e) => e.code === code);
  return entry ? entryLabel(entry) : code;
};

/**
 * The plan's topics grouped under their first level (Medellín's components, another plan's lines or pillars):
 * entries without a parent head a group, their programmes follow. Dotted codes ("3.1.2") are shown, others not.
 */
export function topicGroups(): { component: { value: string; label: string }; programmes: { value: string; label: string }[] }[] {
  const entries = (catalogue('topics')?.entries ?? []) as (CatalogueEntry & { parent?: string })[];
  const labelOf = (e: CatalogueEntry) => (/^[\d.]+$/.test(e.code) ? `${e.code} ${entryLabel(e)}` : entryLabel(e));
  return entries
    .filter((e) => e.parent === undefined)
    .map((head) => ({
      component: { value: head.code, label: labelOf(head) },
      programmes: entries.filter((e) => e.parent === head.code).map((e) => ({ value: e.code, label: labelOf(e) })),
    }));
}
