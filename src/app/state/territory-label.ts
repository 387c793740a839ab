import { territoryWords, type TerritoryWords } from '../../core/catalogues';
import { language } from './language';
import { settingsCatalogues } from './settings/entity-settings';

/**
 * The entity's words for its territories in the reader's language: 'title' "Comuna o corregimiento", 'one'
 * "comuna o corregimiento", 'many' "comunas y corregimientos", 'a' "una comuna o corregimiento", 'that'; Cartagena's
 * "Localidad o unidad comunal de gobierno"… (core territoryWords).
 */
export const territoryText = (form: Exclude<keyof TerritoryWords, 'named'>): string => territoryWords(settingsCatalogues().territories)[form][language()];

/** The entity's name for its territories ("Comuna o corregimiento", "Localidad o unidad comunal de gobierno"), in the reader's language. */
export const territoryLabel = (): string => territoryText('title');
