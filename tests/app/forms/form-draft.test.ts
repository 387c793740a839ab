import { describe, expect, it } from 'vitest';
import { builtinFormCatalogues, currentBuiltinDefinition, emptyAnswers, parseFormDefinition, type FormDefinition } from '../../../src/core/forms';
import { addRanked, checkDraft, draftTouched, errorsFromIssues, moveRanked, removeRanked, togglePick } from '../../../src/app/state/forms/form-draft';
import { optionGroups } from '../../../src/app/state/forms/field-options';

const builtin = (id: string) => currentBuiltinDefinition(id)!;
const escuchadero = builtin('escuchadero');

// Every kind the renderer shows, with limits and a condition, to check the draft helpers against the schema.
const allKinds = (() => {
  const parsed = parseFormDefinition(
    {
      id: 'todas',
      version: 1,
      title: { es: 'Todas', en: 'All' },
      intro: { es: 'Prueba', en: 'Test' },
      sections: [],
      fields: [
        { id: 'edad', kind: 'number', required: true, integer: true, min: 12, max: 110, label: { es: 'Edad', en: 'Age' } },
        { id: 'dia', kind: 'date', required: false, min: '2026-01-01', label: { es: 'Día', en: 'Day' } },
        { id: 'gusto', kind: 'rating', required: true, label: { es: 'Calificación', en: 'Rating' } },
        { id: 'volveria', kind: 'yes-no', required: true, label: { es: '¿Volvería?', en: 'Again?' } },
        { id: 'por_que', kind: 'short-text', required: true, showIf: { field: 'volveria', equals: false }, label: { es: '¿Por qué no?', en: 'Why not?' } },
        { id: 'temas', kind: 'ranking', required: true, maxCount: 2, options: { catalogue: 'topics', kinds: ['programa'] }, label: { es: 'Temas', en: 'Topics' } },
        { id: 'comuna', kind: 'territory', required: true, label: { es: 'Comuna', en: 'Comuna' } },
      ],
    },
    builtinFormCatalogues,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.value as FormDefinition;
})();

describe('checkDraft: the answers schema, field by field', () => {
  it('gives one Spanish message per unanswered required field, keyed by its id, and saves nothing', () => {
    const check = checkDraft(escuchadero, builtinFormCatalogues, emptyAnswers(escuchadero));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['forma_respuesta', 'mensaje', 'territorio', 'tipo']);
    expect(check.errors.tipo).toBe('Responda «¿Qué quiere hacer?».');
  });

  it('accepts a complete anonymous message, trimmed, without the hidden contact questions', () => {
    const draft = { ...emptyAnswers(escuchadero), tipo: 'pregunta', territorio: '03', mensaje: '  ¿Cuándo arreglan el parque?  ', forma_respuesta: 'anonimo', nombre: 'olvidado' };
    const check = checkDraft(escuchadero, builtinFormCatalogues, draft);
    expect(check).toEqual({ ok: true, answers: { tipo: 'pregunta', territorio: '03', mensaje: '¿Cuándo arreglan el parque?', publicar: false, forma_respuesta: 'anonimo' } });
  });

  it('asks for the contact questions only once the person chose to be contacted', () => {
    const draft = { ...emptyAnswers(escuchadero), tipo: 'queja-reclamo', territorio: '60', mensaje: 'El andén está roto hace meses.', forma_respuesta: 'contacto' };
    const check = checkDraft(escuchadero, builtinFormCatalogues, draft);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors).sort()).toEqual(['autorizacion', 'medio_contacto', 'nombre']);
  });

  it('reads a typed number, and judges limits, dates, ratings and rankings like the server', () => {
    const bad = checkDraft(allKinds, builtinFormCatalogues, { ...emptyAnswers(allKinds), edad: '9', dia: '2025-12-31', gusto: 7, volveria: false, temas: ['x'], comuna: '99' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.edad).toBe('En «Edad» escriba un número entre 12 y 110.');
      expect(Object.keys(bad.errors).sort()).toEqual(['comuna', 'dia', 'edad', 'gusto', 'por_que', 'temas']);
    }
    const good = checkDraft(allKinds, builtinFormCatalogues, { ...emptyAnswers(allKinds), edad: ' 34 ', gusto: 4, volveria: true, temas: ['3.1.1', '3.2.1'], comuna: '11' });
    expect(good).toEqual({ ok: true, answers: { edad: 34, gusto: 4, volveria: true, temas: ['3.1.1', '3.2.1'], comuna: '11' } });
  });

  it('maps a refused save back to the fields', () => {
    expect(errorsFromIssues([{ path: 'payload.answers.tipo', message: 'a' }, { path: 'payload.answers.tipo', message: 'b' }, { path: 'payload.eventId', message: 'c' }])).toEqual({ tipo: 'a' });
  });

  it('knows a touched draft from an untouched one (whitespace is not an answer)', () => {
    expect(draftTouched(escuchadero, { ...emptyAnswers(escuchadero), mensaje: '   ' })).toBe(false);
    expect(draftTouched(escuchadero, { ...emptyAnswers(escuchadero), tipo: 'pregunta' })).toBe(true);
    // The consent to publish starts at "no": choosing "yes" is a touch, the default is not.
    expect(draftTouched(escuchadero, { ...emptyAnswers(escuchadero), publicar: true })).toBe(true);
  });
});

describe('picks and rankings', () => {
  it('keeps the order of picking and never doubles a pick', () => {
    expect(togglePick(['b'], 'a', true)).toEqual(['b', 'a']);
    expect(togglePick(['b', 'a'], 'a', true)).toEqual(['b', 'a']);
    expect(togglePick(['b', 'a'], 'b', false)).toEqual(['a']);
  });

  it('adds up to the maximum, moves up and down within the ends, and removes', () => {
    const full = addRanked(addRanked(['a'], 'b', 2), 'c', 2);
    expect(full).toEqual(['a', 'b']);
    expect(moveRanked(full, 'b', -1)).toEqual(['b', 'a']);
    expect(moveRanked(full, 'a', -1)).toEqual(['a', 'b']);
    expect(moveRanked(full, 'b', 1)).toEqual(['a', 'b']);
    expect(removeRanked(full, 'a')).toEqual(['b']);
  });
});

describe('option groups', () => {
  it('lists comunas, then corregimientos, numbered, in the reader language', () => {
    const groups = optionGroups(escuchadero.fields.find((f) => f.id === 'territorio')!, builtinFormCatalogues, 'es');
    expect(groups.map((g) => g.label)).toEqual(['Comunas', 'Corregimientos', 'Otros']);
    expect(groups[0]!.options[2]).toEqual({ value: '03', label: '3. Manrique' });
  });

  it('puts programmes under their component, named from the catalogue', () => {
    const groups = optionGroups(allKinds.fields.find((f) => f.id === 'temas')!, builtinFormCatalogues, 'es');
    expect(groups).toHaveLength(4);
    expect(groups[0]!.label).toBe('Seguridad integral para el desarrollo social');
    expect(groups[0]!.options[0]!.value).toBe('3.1.1');
  });
});
