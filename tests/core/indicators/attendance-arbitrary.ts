import fc from 'fast-check';
import type { AttendanceFacts } from '../../../src/core/indicators/facts';

// Few codes per variable so that random rows collide and small cells (1–4) are common.
const code = (...codes: string[]) => fc.option(fc.constantFrom(...codes, ''), { nil: undefined });
const codes = (...values: string[]) => fc.option(fc.array(fc.constantFrom(...values, ''), { maxLength: 4 }), { nil: undefined });

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 0, 3) })
  .map((ms) => new Date(ms).toISOString());

export const attendanceRow = (eventIds: readonly string[] = ['ev-1', 'ev-2']): fc.Arbitrary<AttendanceFacts> =>
  fc.record(
    {
      eventId: fc.constantFrom(...eventIds),
      checkedInAt: fc.oneof({ weight: 20, arbitrary: instant }, { weight: 1, arbitrary: fc.constant('no es una fecha') }),
      consented: fc.boolean(),
      territory: code('01', '02', '03'),
      sex: code('mujer', 'hombre', 'intersexual'),
      genderIdentity: code('mujer', 'hombre', 'mujer_trans', 'no_binaria'),
      sexualOrientation: code('heterosexual', 'gay', 'bisexual'),
      lifeStage: code('juventud', 'adultez', 'persona_mayor'),
      ethnicGroup: code('indigena', 'rrom', 'afro', 'ninguno'),
      disabilities: codes('fisica', 'visual', 'auditiva'),
      differentialGroups: codes('victima', 'migrante', 'campesino'),
      organisationType: code('jac', 'veeduria'),
      accessibilityNeeds: codes('lsc', 'guia'),
      duplicateOfflineAdmitted: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['eventId', 'checkedInAt', 'consented'] },
  );
