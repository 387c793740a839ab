import { territoryTitle } from '../../core/catalogues';
import { language } from './language';
import { settingsCatalogues } from './settings/entity-settings';

/** The entity's name for its territories ("Comuna o corregimiento", "Localidad o unidad comunal de gobierno"), in the reader's language. */
export const territoryLabel = (): string => territoryTitle(settingsCatalogues().territories)[language()];
