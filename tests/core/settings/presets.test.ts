import { describe, expect, it } from 'vitest';
import { presets } from '../../../src/core/settings/presets';
import { entitySettingsSchema } from '../../../src/core/settings/entity-settings';

describe('entity presets', () => {
  it('Cartagena speaks in localidades and unidades comunales de gobierno, never in Medellín\'s comunas', () => {
    const territories = presets.cartagena.territories.entries;
    expect(territories.filter((e) => e.kind === 'localidad').map((e) => e.name)).toEqual([
      'Localidad Histórica y del Caribe Norte',
      'Localidad De la Virgen y Turística',
      'Localidad Industrial y de la Bahía',
    ]);
    expect(territories.filter((e) => e.kind === 'ucg')).toHaveLength(15);
    expect(JSON.stringify(presets.cartagena)).not.toMatch(/Medell[ií]n|Robledo|Popular/);
    expect(presets.cartagena.privacyNotices.notices[0]?.es.paragraphs[0]).toMatch(/^La Alcaldía Mayor de Cartagena de Indias es responsable/);
  });

  it('a blank municipality carries no other city\'s names', () => {
    expect(JSON.stringify(presets.municipio)).not.toMatch(/Medell[ií]n|Cartagena/);
    expect(presets.municipio.divipola).toBeUndefined();
  });

  it('Medellín keeps today\'s catalogues', () => {
    expect(presets.medellin.territories.entries.find((e) => e.code === '07')?.name).toBe('Robledo');
    expect(presets.medellin.divipola).toBe('05001');
  });

  it('refuses a third level, a repeated code and a malformed DIVIPOLA, each by field in Spanish', () => {
    const settings = structuredClone(presets.cartagena);
    settings.divipola = '1300';
    settings.territories.entries.push({ code: 'B1', name: 'Barrio', kind: 'barrio', parent: 'UCG01' }, { code: 'L1', name: 'Otra', kind: 'localidad' });
    const result = entitySettingsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'divipola: El código DIVIPOLA tiene 5 dígitos (ej. 05001).',
        'territories.entries: Cada código debe aparecer una sola vez.',
        expect.stringMatching(/^territories\.entries\.\d+\.parent: «UCG01» debe ser el código de una entrada del primer nivel\.$/),
      ]),
    );
  });
});
