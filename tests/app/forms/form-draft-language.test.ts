import { describe, expect, it } from 'vitest';
import { builtinFormCatalogues, currentBuiltinDefinition, definitionInWords, emptyAnswers, formTerritoryWords } from '../../../src/core/forms';
import { checkDraft } from '../../../src/app/state/forms/form-draft';

const escuchadero = currentBuiltinDefinition('escuchadero')!;
// The question as the person reads it: "{territory}" in the entity's words (Medellín's, the default catalogues).
const shown = definitionInWords(escuchadero, formTerritoryWords(builtinFormCatalogues));
const label = (id: string, language: 'es' | 'en') => shown.fields.find((f) => f.id === id)!.label[language];

describe("checkDraft in the screen's language", () => {
  it('names each unanswered question in English on the English screen', () => {
    const check = checkDraft(escuchadero, builtinFormCatalogues, emptyAnswers(escuchadero), 'en');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.tipo).toBe(`Answer “${label('tipo', 'en')}”.`);
    expect(check.errors.territorio).toBe('Answer “Which comuna or corregimiento is it about?”.');
  });

  it('keeps the Spanish message, byte for byte, on the Spanish screen (the default)', () => {
    const check = checkDraft(escuchadero, builtinFormCatalogues, emptyAnswers(escuchadero));
    expect(check.ok ? undefined : check.errors.tipo).toBe('Responda «¿Qué quiere hacer?».');
  });

  it("writes a value's own message (a choice not on the list) in English too", () => {
    const draft = { ...emptyAnswers(escuchadero), territorio: 'no-existe' };
    const check = checkDraft(escuchadero, builtinFormCatalogues, draft, 'en');
    expect(check.ok ? undefined : check.errors.territorio).toBe(`In “${label('territorio', 'en')}”, choose a comuna or corregimiento from the list.`);
  });
});
