import { describe, expect, it } from 'vitest';
import { builtinFormCatalogues, builtinFormDefinitions } from '../../../src/core/forms/builtin-definitions';
import { definitionLookup, latestDefinitions } from '../../../src/core/forms/definition-lookup';
import { FORM_SUBMISSION_KIND, formSubmissionKind, validateSubmission } from '../../../src/core/forms/form-submission';
import { createKindRegistry, validateRecord } from '../../../src/core/records/kind-registry';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { formSubmissionRegistryKind, recordKinds } from '../../../src/core/records/registry';

const lookup = definitionLookup(builtinFormDefinitions);
const payload = (over: Record<string, unknown> = {}) => ({
  formId: 'evaluacion-audiencia',
  formVersion: 1,
  eventId: 'audiencia-2026',
  answers: {
    como_se_entero: ['redes-sociales', 'comunidad'],
    explicacion_procedimiento: 'clara',
    oportunidad_intervenir: 'adecuada',
    tiempo_informe: 'adecuado',
    temas_interes: true,
    mostro_resultados: true,
    continuar_audiencias: true,
    calificacion: 4,
    comentarios: '  Muy bien organizada.  ',
  },
  ...over,
});
const fields = (result: ReturnType<typeof validateSubmission>) => (result.ok ? [] : (result.problem.details?.fields ?? []).map((f) => f.path));

describe('form submissions', () => {
  it('accepts a complete evaluation and returns the normalised answers', () => {
    const result = validateSubmission(lookup, payload({ trackingCode: 'ACDEFHJK', link: { signature: 'A'.repeat(43) } }), builtinFormCatalogues);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.answers.comentarios).toBe('Muy bien organizada.');
  });

  it('names an unknown form or version as form.unknown', () => {
    for (const over of [{ formVersion: 99 }, { formId: 'no-existe' }]) {
      const result = validateSubmission(lookup, payload(over), builtinFormCatalogues);
      expect(result.ok ? null : result.problem.code).toBe('form.unknown');
    }
  });

  it('points at the generic part and at the answers with their paths', () => {
    expect(fields(validateSubmission(lookup, payload({ eventId: 'Con Espacios', trackingCode: 'OOOO0000', extra: 1 }), builtinFormCatalogues)).sort()).toEqual([
      '',
      'eventId',
      'trackingCode',
    ]);
    const bad = payload();
    expect(fields(validateSubmission(lookup, { ...bad, answers: { ...bad.answers, calificacion: 9, otra: 1 } }, builtinFormCatalogues))).toEqual([
      'answers.otra',
      'answers.calificacion',
    ]);
  });

  it('registers as a record kind whose validation includes the answers', () => {
    const registry = createKindRegistry([formSubmissionKind(lookup, builtinFormCatalogues)]);
    const record = (p: unknown) => ({
      id: uuidV7(1_763_700_000_000, new Uint8Array(10).fill(3)),
      kind: FORM_SUBMISSION_KIND,
      schemaVersion: 1,
      deviceId: 'tableta-1',
      createdAt: '2026-11-21T10:00:00-05:00',
      payload: p,
    });
    expect(validateRecord(registry, record(payload())).ok).toBe(true);
    const missing = payload();
    const { calificacion: _, ...answers } = missing.answers;
    const result = validateRecord(registry, record({ ...missing, answers }));
    expect(result.ok ? [] : result.problem.details?.fields).toEqual([
      { path: 'payload.answers.calificacion', code: 'custom', message: 'Responda «En general, ¿cómo califica la audiencia pública?».' },
    ]);
    const unknown = validateRecord(registry, record(payload({ formVersion: 7 })));
    expect(unknown.ok ? [] : unknown.problem.details?.fields?.map((f) => f.path)).toEqual(['payload.formVersion']);
  });

  it("a device's form-only registry judges submissions exactly as the whole registry (the server's) does", () => {
    const formsOnly = createKindRegistry([formSubmissionRegistryKind(builtinFormCatalogues, { lookup })]);
    const whole = recordKinds(builtinFormCatalogues, { lookup });
    const record = (p: unknown) => ({
      id: uuidV7(1_763_700_000_000, new Uint8Array(10).fill(4)),
      kind: FORM_SUBMISSION_KIND,
      schemaVersion: 1,
      deviceId: 'telefono-1',
      createdAt: '2026-11-21T10:00:00-05:00',
      payload: p,
    });
    const escuchadero = { formId: 'escuchadero', formVersion: 1, eventId: 'audiencia-2026', answers: { tipo: 'pregunta', territorio: '03', mensaje: '¿Cuándo empiezan las obras del parque?', forma_respuesta: 'anonimo' } };
    const cases = [payload(), payload({ formVersion: 7 }), escuchadero, { ...escuchadero, trackingCode: 'ACDEFHJK' }];
    const verdicts = (registry: typeof whole) => cases.map((p) => { const r = validateRecord(registry, record(p)); return r.ok ? 'ok' : [r.problem.code, r.problem.details?.fields]; });
    expect(verdicts(formsOnly)).toEqual(verdicts(whole));
    // Not vacuous: an escuchadero message without its tracking code is refused, a complete evaluation accepted.
    expect(verdicts(formsOnly)[0]).toBe('ok');
    expect(JSON.stringify(verdicts(formsOnly)[2])).toContain('trackingCode');
    expect(verdicts(formsOnly)[3]).toBe('ok');
    // And a form-only registry knows no other kind.
    expect(validateRecord(formsOnly, { ...record(payload()), kind: 'attendance.entry' }).ok).toBe(false);
  });

  it('never throws on hostile payloads', () => {
    for (const input of [null, 7, 'x', [], { ...payload(), answers: [] }, { ...payload(), answers: null }, JSON.parse('{"__proto__":{"formId":"x"}}')]) {
      expect(validateSubmission(lookup, input, builtinFormCatalogues).ok).toBe(false);
    }
  });

  it('finds the latest version of each form', () => {
    // A version after every shipped one of the same form (built-in forms gain versions over time).
    const next = { ...builtinFormDefinitions[0]!, version: 99 };
    expect(latestDefinitions([...builtinFormDefinitions, next]).find((d) => d.id === next.id)?.version).toBe(99);
    expect(definitionLookup([...builtinFormDefinitions, next])(next.id, 1)?.version).toBe(1);
  });
});
