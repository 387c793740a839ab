import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import type { CsvColumn, CsvValue, ColumnType } from './csv-cell';
import { writeCsv } from './csv-writer';

export interface Bilingual {
  es: string;
  en: string;
}

export interface OpenDataColumn extends CsvColumn {
  description: Bilingual;
}

/**
 * A table of anonymised aggregates for datos.gov.co, with its data dictionary. Column names are
 * lower-case ASCII snake_case because they become the dataset's API field names there.
 */
export interface OpenDataTable {
  name: string;
  title: Bilingual;
  description: Bilingual;
  columns: OpenDataColumn[];
  rows: CsvValue[][];
}

/** datos.gov.co (Socrata) column types for our CSV types. */
export const DATOS_GOV_CO_TYPE: Record<ColumnType, string> = {
  text: 'text',
  integer: 'number',
  decimal: 'number',
  date: 'calendar_date',
  datetime: 'calendar_date',
  boolean: 'checkbox',
};

export const FIELD_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export function dictionaryColumns(): OpenDataColumn[] {
  return [
    { name: 'campo', type: 'text', description: { es: 'Nombre de la columna', en: 'Column name' } },
    { name: 'tipo', type: 'text', description: { es: 'Tipo de dato en el CSV', en: 'Data type in the CSV' } },
    { name: 'tipo_datos_gov_co', type: 'text', description: { es: 'Tipo de columna en datos.gov.co', en: 'Column type on datos.gov.co' } },
    { name: 'descripcion', type: 'text', description: { es: 'Descripción en español', en: 'Description in Spanish' } },
    { name: 'description_en', type: 'text', description: { es: 'Descripción en inglés', en: 'Description in English' } },
  ];
}

/** The data dictionary as a table of its own: one row per column of `table`. */
export function dataDictionary(table: OpenDataTable): OpenDataTable {
  return {
    name: `${table.name}_diccionario`,
    title: { es: `Diccionario de datos: ${table.title.es}`, en: `Data dictionary: ${table.title.en}` },
    description: table.description,
    columns: dictionaryColumns(),
    rows: table.columns.map((c) => [c.name, c.type, DATOS_GOV_CO_TYPE[c.type], c.description.es, c.description.en]),
  };
}

export interface OpenDataFiles {
  data: string;
  dictionary: string;
}

/** Both CSV files, ','-separated with '.' decimals as datos.gov.co imports them. */
export function openDataFiles(table: OpenDataTable): Result<OpenDataFiles> {
  const badName = table.columns.find((c) => !FIELD_NAME.test(c.name));
  if (badName !== undefined) return fail(problem('export.invalid_cell', { column: badName.name, reason: 'field_name' }));
  const data = writeCsv(table.columns, table.rows, { separator: ',' });
  if (!data.ok) return data;
  const dictionary = dataDictionary(table);
  const dictionaryCsv = writeCsv(dictionary.columns, dictionary.rows, { separator: ',' });
  if (!dictionaryCsv.ok) return dictionaryCsv;
  return ok({ data: data.value, dictionary: dictionaryCsv.value });
}
