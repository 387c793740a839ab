import { describe, expect, it } from 'vitest';
import { importCatalogueCsv } from '../../../src/core/catalogues/catalogue-csv';

const target = { id: 'territorios-cartagena', version: 2, municipality: 'Cartagena' };

describe('catalogue CSV import', () => {
  it('reads a two-level list as an office saves it from a spreadsheet (BOM, ";", accents, CRLF, children before parents)', () => {
    const text =
      '\uFEFFCódigo;Nombre;Tipo;Padre\r\n' +
      'UCG1;Unidad Comunal de Gobierno 1;ucg;L1\r\n' +
      'L1;Localidad Histórica y del Caribe Norte;localidad;\r\n' +
      '"L2";"Localidad De la Virgen y Turística";localidad;\r\n' +
      'UCG4;"Unidad Comunal de Gobierno 4; sector ""Olaya""";ucg;L2\r\n' +
      ';;;\r\n';
    const result = importCatalogueCsv(text, target);
    expect(result).toEqual({
      ok: true,
      value: {
        ...target,
        entries: [
          { code: 'UCG1', name: 'Unidad Comunal de Gobierno 1', kind: 'ucg', parent: 'L1' },
          { code: 'L1', name: 'Localidad Histórica y del Caribe Norte', kind: 'localidad' },
          { code: 'L2', name: 'Localidad De la Virgen y Turística', kind: 'localidad' },
          { code: 'UCG4', name: 'Unidad Comunal de Gobierno 4; sector "Olaya"', kind: 'ucg', parent: 'L2' },
        ],
      },
    });
  });

  it('accepts English headers, a comma separator and the English name', () => {
    const result = importCatalogueCsv('code,name,name_en\n3.1,Seguridad integral,Comprehensive security\n', target);
    expect(result.ok && result.value.entries).toEqual([{ code: '3.1', name: 'Seguridad integral', nameEn: 'Comprehensive security' }]);
  });

  it('reports every bad row by its line and imports nothing', () => {
    const text = [
      'codigo;nombre;tipo;padre',
      '01;Popular;comuna;',
      ';Sin código;comuna;',
      '01;Repetida;comuna;',
      '02;Santa Cruz;comuna;Z9',
      '03;' + 'x'.repeat(201) + ';comuna;',
      'V1;Vereda;vereda;02b',
      '02b;Hija;sector;01',
    ].join('\n');
    const result = importCatalogueCsv(text, target);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('catalogue.csv_invalid');
    const messages = result.problem.details?.fields?.map((f) => f.message);
    expect(messages).toEqual([
      'Línea 3: falta el código.',
      'Línea 4: el código «01» ya está en la línea 2.',
      'Línea 5: el padre «Z9» no es el código de ninguna fila.',
      'Línea 6: el nombre es demasiado largo.',
      'Línea 7: «02b» ya pertenece a otro grupo: el catálogo tiene dos niveles como máximo.',
    ]);
  });

  it('says which columns it needs when the header is wrong, and refuses an empty file', () => {
    const noHeader = importCatalogueCsv('Popular;Santa Cruz\n', target);
    expect(!noHeader.ok && noHeader.problem.details?.fields?.[0]?.message).toMatch(/«codigo» y «nombre»/);
    const empty = importCatalogueCsv('codigo;nombre\n', target);
    expect(!empty.ok && empty.problem.details?.fields?.[0]?.message).toBe('Línea 2: el archivo no tiene filas.');
  });
});
