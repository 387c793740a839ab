import { describe, expect, it } from 'vitest';
import { attendanceEntryV2 } from '../../../src/core/attendance/attendance-entry-v2';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { builtinFormCatalogues, builtinFormDefinitions } from '../../../src/core/forms/builtin-definitions';
import { definitionLookup } from '../../../src/core/forms/definition-lookup';
import { validateSubmission } from '../../../src/core/forms/form-submission';
import { citizenFieldMessages } from '../../../src/core/problems/citizen-field-messages';
import { officeFieldMessages } from '../../../src/core/problems/office-field-messages';
import { doorFieldMessages } from '../../../src/core/problems/door-field-messages';
import { eventDraftSchema } from '../../../src/core/events/event';
import { fieldIssuesFrom, parseIn } from '../../../src/core/problems/field-issues';
import { readingIn, readingLanguage, renderFieldMessage } from '../../../src/core/problems/field-message';
import type { Language } from '../../../src/core/problems/problem';
import { cataloguesOf } from '../../../src/core/settings/settings-version';
import { presets } from '../../../src/core/settings/presets';
import { minimalEntry } from '../attendance/fixtures';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const messagesOf = (language: Language, payload: unknown, catalogues = defaultCatalogues) => {
  const parsed = parseIn(language, attendanceEntryV2(catalogues), payload);
  expect(parsed.success).toBe(false);
  return Object.fromEntries(fieldIssuesFrom(parsed.error!).map((i) => [i.path, i.message]));
};

describe('field messages in both languages', () => {
  it('defines every message in Spanish and English, with the same parameters', () => {
    const keys = [...Object.keys(citizenFieldMessages), ...Object.keys(doorFieldMessages), ...Object.keys(officeFieldMessages)];
    expect(new Set(keys).size, 'a key is defined once, in one part').toBe(keys.length);
    for (const [key, { es, en }] of Object.entries({ ...citizenFieldMessages, ...doorFieldMessages, ...officeFieldMessages })) {
      expect(es.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(en, key).not.toBe(es);
      expect(placeholders(en), key).toEqual(placeholders(es));
    }
  });

  it("writes a schema's own message in English when the parse asks for English, in Spanish otherwise", () => {
    const payload = { ...minimalEntry, firstNames: 'A', document: { type: 'CC' } };
    expect(messagesOf('en', payload)).toMatchObject({
      firstNames: 'Enter the first names (at least 2 letters).',
      'document.number': 'Enter the document number or choose "No document".',
    });
    expect(messagesOf('es', payload)).toMatchObject({
      firstNames: 'Escriba los nombres (mínimo 2 letras).',
      'document.number': 'Escriba el número de documento o elija «Sin documento».',
    });
  });

  it('names the territory as the entity does: Medellín unchanged, Cartagena its localidades', () => {
    expect(messagesOf('es', { ...minimalEntry, territory: 'zz' }).territory).toBe('Elija una comuna o corregimiento de la lista.');
    expect(messagesOf('en', { ...minimalEntry, territory: 'zz' }).territory).toBe('Choose a comuna or corregimiento from the list.');
    const cartagena = cataloguesOf(defaultCatalogues, presets.cartagena);
    expect(messagesOf('es', { ...minimalEntry, territory: 'zz' }, cartagena).territory).toBe(
      'Elija una localidad o unidad comunal de gobierno de la lista.',
    );
  });

  it("names a form's question in the reader's language", () => {
    const lookup = definitionLookup(builtinFormDefinitions);
    const payload = { formId: 'evaluacion-audiencia', formVersion: 1, eventId: 'audiencia-2026', answers: { calificacion: 9 } };
    const english = validateSubmission(lookup, payload, builtinFormCatalogues, 'en');
    const spanish = validateSubmission(lookup, payload, builtinFormCatalogues);
    const message = (r: typeof english, path: string) => (r.ok ? undefined : r.problem.details?.fields?.find((f) => f.path === path)?.message);
    const definition = builtinFormDefinitions.find((d) => d.id === 'evaluacion-audiencia')!;
    const rating = definition.fields.find((f) => f.id === 'calificacion')!;
    expect(message(english, 'answers.calificacion')).toBe(`In “${rating.label.en}”, choose a value from 1 to 5.`);
    expect(message(spanish, 'answers.calificacion')).toBe(`En «${rating.label.es}» elija un valor de 1 a 5.`);
    // the problem itself stays Spanish on the wire: clients translate it by code
    expect(english.ok ? undefined : english.problem.message).toBe(spanish.ok ? undefined : spanish.problem.message);
  });

  it("writes the office's messages in English too (an event's dates and territory)", () => {
    const parsed = parseIn('en', eventDraftSchema(defaultCatalogues), { name: 'Audiencia', startsAt: '', territory: 'zz' });
    const byPath = Object.fromEntries(fieldIssuesFrom(parsed.error!).map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({ startsAt: 'Enter the start date and time.', territory: 'Choose a comuna or corregimiento from the list.' });
  });

  it('keeps a missing parameter visible and restores the outer language even when the parse throws', () => {
    expect(renderFieldMessage({ es: 'Escriba {name}.', en: 'Enter {name}.' }, 'en')).toBe('Enter {name}.');
    expect(() =>
      readingIn('en', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(readingLanguage()).toBe('es');
  });
});
