import type { CatalogueEntry } from '../../core/catalogues/catalogue';
import { territoryWords } from '../../core/catalogues/territory-title';
import type { MessageKey } from '../i18n';
import type { SelectGroup } from '../components/select-field';
import { services } from './services';
import { language, t } from './language';

// Territory kinds in the order people look for them; any other kind goes last, under "Otros".
const KIND_LABEL: Record<string, MessageKey> = {
  comuna: 'attendance.comunas',
  corregimiento: 'attendance.corregimientos',
  localidad: 'attendance.localidades',
  ucg: 'attendance.ucg',
  zona: 'attendance.zonas',
  vereda: 'attendance.veredas',
};
const KIND_ORDER = Object.keys(KIND_LABEL);

const entryLabel = (entry: CatalogueEntry): string => (language() === 'en' && entry.nameEn) || entry.name;
const kindOf = (entry: CatalogueEntry): string => (entry.kind && entry.kind in KIND_LABEL ? entry.kind : 'other');
const rank = (kind: string): number => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

/**
 * The entity's territories as option groups by kind (comunas, corregimientos, localidades, UCG…); numeric codes
 * read "1. Popular", others by name alone ("Localidad Histórica y del Caribe Norte").
 */
export function territoryGroups(): SelectGroup[] {
  const entries = services()?.catalogues.territories.entries ?? [];
  const kinds = [...new Set(entries.map(kindOf))].sort((a, b) => rank(a) - rank(b));
  return kinds.map((kind) => ({
    label: t(KIND_LABEL[kind] ?? 'attendance.others'),
    options: entries
      .filter((e) => kindOf(e) === kind)
      .map((e) => ({ value: e.code, label: kind === 'other' || !/^\d+$/.test(e.code) ? entryLabel(e) : `${Number(e.code)}. ${entryLabel(e)}` })),
  }));
}

export function documentTypeGroups(): SelectGroup[] {
  const entries = services()?.catalogues.documentTypes.entries ?? [];
  return [{ label: '', options: entries.map((e) => ({ value: e.code, label: entryLabel(e) })) }];
}

/**
 * The door's territory question, in the entity's words: "Comuna o corregimiento donde vive" (Medellín), "Localidad o
 * unidad comunal de gobierno donde vive" (Cartagena), or a general one when its divisions have no one name.
 */
export function residenceLabel(): string {
  const words = territoryWords(services()?.catalogues.territories ?? { entries: [] });
  return words.named ? t('door.person.territory', { territory: words.title[language()] }) : t('door.person.territoryGeneral');
}
