import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFormCatalogues, builtinFormDefinitions, currentBuiltinDefinition, currentBuiltinDefinitions } from '../../../src/core/forms/builtin-definitions';
import { parseFormDefinition, type FormDefinition } from '../../../src/core/forms/form-definition';
import { answersSchema } from '../../../src/core/forms/answers-schema';
import { visibleFields } from '../../../src/core/forms/visibility';
import { emptyAnswers, normaliseAnswers } from '../../../src/core/forms/answer-drafts';
import { defaultTopics, programmesOf, topicsCatalogueSchema } from '../../../src/core/forms/topics-catalogue';
import { fieldOptions } from '../../../src/core/forms/form-catalogues';
import { definitionInWords, formTerritoryWords } from '../../../src/core/forms/territory-placeholders';

const dir = join(import.meta.dirname, '../../../src/core/forms/definitions');
const byId = (id: string) => currentBuiltinDefinition(id)!;
const check = (definition: FormDefinition, answers: Record<string, unknown>) => {
  const result = answersSchema(definition, builtinFormCatalogues).safeParse(answers);
  return result.success ? 'ok' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('built-in form definitions', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(files)('%s is a valid definition with the default catalogues, in Spanish and English', (file) => {
    const parsed = parseFormDefinition(JSON.parse(readFileSync(join(dir, file), 'utf8')), builtinFormCatalogues);
    expect(parsed.ok ? 'ok' : parsed.problem.details).toBe('ok');
    if (!parsed.ok) return;
    // `<id>.json` is version 1; a later version N is `<id>.v<N>.json`, beside the versions before it.
    expect(parsed.value.version === 1 ? `${parsed.value.id}.json` : `${parsed.value.id}.v${parsed.value.version}.json`).toBe(file);
    for (const field of parsed.value.fields) {
      expect(field.label.es).not.toBe(field.label.en);
      expect(fieldOptions(field, builtinFormCatalogues)?.every((o) => o.label.es && o.label.en)).toBe(true);
    }
  });

  it('are the four forms of seed 003, all loaded, every shipped version', () => {
    expect(files.length).toBe(9);
    expect(builtinFormDefinitions.map((d) => `${d.id}@${d.version}`).sort()).toEqual([
      'escuchadero@1',
      'escuchadero@2',
      'escuchadero@3',
      'evaluacion-audiencia@1',
      'evaluacion-audiencia@2',
      'priorizacion-temas@1',
      'priorizacion-temas@2',
      'urna-virtual@1',
      'urna-virtual@2',
    ]);
    expect(currentBuiltinDefinitions.map((d) => `${d.id}@${d.version}`).sort()).toEqual(['escuchadero@3', 'evaluacion-audiencia@2', 'priorizacion-temas@2', 'urna-virtual@2']);
    expect(byId('urna-virtual').template).toBe(true);
  });

  it('escuchadero: version 1 stays as first shipped (no consent question); version 2 adds "publicar" and nothing else', () => {
    const [v1, v2] = [1, 2].map((version) => builtinFormDefinitions.find((d) => d.id === 'escuchadero' && d.version === version)!);
    expect(v1!.fields.map((f) => f.id)).not.toContain('publicar');
    expect(v2!.fields.filter((f) => !v1!.fields.some((old) => old.id === f.id)).map((f) => f.id)).toEqual(['publicar']);
    expect(v2!.fields.filter((f) => f.id !== 'publicar')).toEqual(v1!.fields);
    expect(check(v1!, { tipo: 'pregunta', territorio: '80', mensaje: 'Una pregunta de la versión 1.', forma_respuesta: 'anonimo', publicar: true })).toEqual([
      'publicar: Esta respuesta no corresponde a ninguna pregunta de este formulario.',
    ]);
  });

  it.each([
    ['escuchadero', 2, '¿A qué comuna o corregimiento se refiere?', '¿A qué {territorio} se refiere?', 'Which {territory} is it about?'],
    ['evaluacion-audiencia', 1, '¿En qué comuna o corregimiento vive?', '¿En qué {territorio} vive?', 'Which {territory} do you live in?'],
    ['priorizacion-temas', 1, '¿En qué comuna o corregimiento vive?', '¿En qué {territorio} vive?', 'Which {territory} do you live in?'],
    ['urna-virtual', 1, '¿En qué comuna o corregimiento vive?', '¿En qué {territorio} vive?', 'Which {territory} do you live in?'],
  ])('%s: the current version names the entity\'s territories by placeholder; version %i stays as shipped; nothing else changed', (id, previous, oldEs, es, en) => {
    const before = builtinFormDefinitions.find((d) => d.id === id && d.version === previous)!;
    const current = byId(id);
    expect(current.version).toBe(previous + 1);
    expect(before.fields.find((f) => f.id === 'territorio')!.label.es).toBe(oldEs);
    expect(current.fields.find((f) => f.id === 'territorio')!.label).toEqual({ es, en });
    const withoutTerritory = (d: FormDefinition) => ({ ...d, version: 0, fields: d.fields.filter((f) => f.id !== 'territorio') });
    expect(withoutTerritory(current)).toEqual(withoutTerritory(before));
    // Read with Medellín's catalogues (the defaults), the new version asks exactly what the old one asked.
    expect(definitionInWords(current, formTerritoryWords(builtinFormCatalogues))).toEqual({ ...before, version: current.version });
  });

  it('escuchadero: anonymous needs no personal data; contact asks for it, with consent', () => {
    const escuchadero = byId('escuchadero');
    const message = { tipo: 'queja-reclamo', tema: '3.1.7', territorio: '80', mensaje: 'El parque del barrio no tiene luz.' };
    expect(check(escuchadero, { ...message, forma_respuesta: 'anonimo' })).toBe('ok');
    expect(check(escuchadero, { ...message, forma_respuesta: 'anonimo', nombre: 'Ana Peña' })).toEqual([
      'nombre: La pregunta «Nombre completo» no aplica según las respuestas anteriores; quite esta respuesta.',
    ]);
    const contact = { ...message, forma_respuesta: 'contacto', nombre: 'Ana Peña', medio_contacto: 'correo', correo: 'ana@example.co' };
    expect(check(escuchadero, contact)).toEqual(['autorizacion: Para continuar, lea y acepte «Autorización de tratamiento de datos personales».']);
    expect(check(escuchadero, { ...contact, autorizacion: { accepted: true, textVersion: 'escuchadero-2026-1' } })).toBe('ok');
    expect(visibleFields(escuchadero, { forma_respuesta: 'contacto', medio_contacto: 'telefono' }).map((f) => f.id)).toContain('telefono');
    expect(visibleFields(escuchadero, { forma_respuesta: 'anonimo', medio_contacto: 'telefono' }).map((f) => f.id)).not.toContain('telefono');
  });

  it('an untouched draft asks only for the visible required questions', () => {
    const escuchadero = byId('escuchadero');
    const draft = emptyAnswers(escuchadero);
    expect(Object.keys(draft)).toEqual(escuchadero.fields.map((f) => f.id));
    // Publishing the question is a choice the citizen makes: it starts at "no".
    expect(draft).toMatchObject({ tipo: null, mensaje: '', autorizacion: null, publicar: false });
    expect(check(escuchadero, draft)).toEqual([
      'tipo: Responda «¿Qué quiere hacer?».',
      'territorio: Responda «¿A qué comuna o corregimiento se refiere?».',
      'mensaje: Responda «Escriba su mensaje».',
      'forma_respuesta: Responda «¿Cómo quiere recibir la respuesta?».',
    ]);
    expect(normaliseAnswers(escuchadero, { ...draft, forma_respuesta: 'anonimo', nombre: ' Ana ', mensaje: ' Hola ' })).toEqual({
      forma_respuesta: 'anonimo',
      mensaje: 'Hola',
      publicar: false,
    });
  });

  it('evaluación: the classic questions, with Spanish messages naming them', () => {
    const issues = check(byId('evaluacion-audiencia'), { calificacion: 7 });
    expect(issues).toContain('como_se_entero: Responda «¿Cómo se enteró de la audiencia pública?».');
    expect(issues).toContain('calificacion: En «En general, ¿cómo califica la audiencia pública?» elija un valor de 1 a 5.');
  });

  it('priorización: up to five programmes, in order, no components', () => {
    const form = byId('priorizacion-temas');
    expect(check(form, { temas: ['3.4.10', '3.2.3', '3.1.1'] })).toBe('ok');
    expect(check(form, { temas: ['3.1'] })).not.toBe('ok');
    expect(check(form, { temas: ['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6'] })).toEqual([
      'temas: En «Elija y ordene hasta cinco temas» elija como máximo 5 opciones.',
    ]);
  });
});

describe('topics catalogue (Pilar 3)', () => {
  it('has 4 components and 28 programmes, each programme under a component', () => {
    const components = defaultTopics.entries.filter((e) => e.kind === 'componente');
    expect(components.map((c) => c.code)).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(components.map((c) => programmesOf(defaultTopics, c.code).length)).toEqual([7, 4, 7, 10]);
    expect(defaultTopics.entries.filter((e) => e.kind === 'programa')).toHaveLength(28);
    expect(defaultTopics.entries.every((e) => e.nameEn)).toBe(true);
  });

  it('refuses a programme without a known component and a repeated code', () => {
    const broken = {
      ...defaultTopics,
      entries: [...defaultTopics.entries, { code: '9.9.9', kind: 'programa', parent: '9.9', name: 'Huérfano' }, defaultTopics.entries[0]],
    };
    const result = topicsCatalogueSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([`entries.32.parent`, `entries.33.code`]);
  });

  it('gives choice fields grouped options', () => {
    const options = fieldOptions({ id: 't', kind: 'single-choice', required: true, label: { es: 'x', en: 'x' }, options: { catalogue: 'topics', kinds: ['programa'] } }, builtinFormCatalogues);
    expect(options?.[0]).toEqual({
      value: '3.1.1',
      label: { es: 'Planeación y gestión integral de la seguridad y convivencia ciudadana', en: 'Comprehensive planning and management of public safety and coexistence' },
      group: '3.1',
    });
  });
});
