import { describe, expect, it } from 'vitest';
import { builtinFormDefinitions } from '../../../src/core/forms/builtin-definitions';
import { definitionLookup } from '../../../src/core/forms/definition-lookup';
import { compiledKinds, validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { catalogues, envelope, fullEntry, idAt, minimalEntry } from '../attendance/fixtures';

// The server validates with compiled schemas, devices with the plain ones: both must say exactly the same.
const signature = 'A'.repeat(43);
const plain = recordKinds(catalogues, { lookup: definitionLookup(builtinFormDefinitions), verifyLink: (_bytes, sig) => sig.length === 32 });
const compiled = compiledKinds(plain);

const evaluation = {
  formId: 'evaluacion-audiencia',
  formVersion: 1,
  eventId: 'audiencia-2026',
  link: { signature },
  answers: { como_se_entero: ['redes-sociales'], explicacion_procedimiento: 'clara', oportunidad_intervenir: 'adecuada', tiempo_informe: 'adecuado', temas_interes: true, mostro_resultados: true, continuar_audiencias: true, calificacion: 4, comentarios: '  Bien.  ' },
};
const escuchadero = { formId: 'escuchadero', formVersion: 1, eventId: 'audiencia-2026', answers: {} };

const cases: [string, unknown][] = [
  ['a full attendance entry', envelope('attendance.entry', 2, fullEntry)],
  ['a minimal attendance entry', envelope('attendance.entry', 2, minimalEntry)],
  ['sensitive data without consent, an unknown field, a bad territory', envelope('attendance.entry', 2, { ...fullEntry, consent: { accepted: true, textVersion: '2026-1' }, bloodType: 'O+', territory: '99' })],
  ['names both ways and a document in the wrong shape', envelope('attendance.entry', 2, { ...minimalEntry, fullName: 'Ana Peña', document: { type: 'CC', number: 12 } })],
  ['a version 1 entry', envelope('attendance.entry', 1, { eventId: 'e-1', fullName: '  Ana María Peña ', document: { type: 'CC', number: '43123456' }, territory: '03', consent: { accepted: true, textVersion: '2026-1' } })],
  ['an anonymous count with a name', envelope('attendance.anonymous', 1, { eventId: 'e-1', method: 'manual', checkedInAt: '2026-11-21T10:00:00-05:00', fullName: 'Ana' })],
  ['an undo with a bad id', envelope('attendance.undo', 1, { eventId: 'e-1', checkInId: 'x', undoneAt: '2026-11-21T10:00:00-05:00' })],
  ['a pre-registration', envelope('attendance.registration', 1, { eventId: 'e-1', registeredAt: '2026-11-20T10:00:00-05:00', firstNames: 'Ana', surnames: 'Peña', territory: '03', consent: { accepted: true, textVersion: '2026-1' } })],
  ['an evaluation with trimmed text', envelope('form.submission', 1, evaluation)],
  ['an evaluation out of range, with a forged link', envelope('form.submission', 1, { ...evaluation, link: { signature: 'B'.repeat(60) }, answers: { ...evaluation.answers, calificacion: 9, otra: 1 } })],
  ['an escuchadero message without its tracking code', envelope('form.submission', 1, escuchadero)],
  ['an unknown form version', envelope('form.submission', 1, { ...evaluation, formVersion: 99 })],
  ['a payload that is not an object', envelope('attendance.entry', 2, 'nada')],
  ['an envelope of an unknown kind', { ...envelope('otra.cosa', 1, {}), id: idAt(1_763_700_000_000, 9) }],
];

describe('compiled record kinds', () => {
  it.each(cases)('judge %s exactly as the plain schemas do', (_name, input) => {
    expect(validateRecord(compiled, input)).toEqual(validateRecord(plain, input));
  });

  it('cover both outcomes, so the comparison means something', () => {
    const outcomes = cases.map(([, input]) => validateRecord(plain, input).ok);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});
