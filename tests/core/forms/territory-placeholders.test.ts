import { describe, expect, it } from 'vitest';
import { defaultCatalogues, territoryWords, type CatalogueEntry } from '../../../src/core/catalogues';
import { builtinFormCatalogues, currentBuiltinDefinition } from '../../../src/core/forms/builtin-definitions';
import { checkWrittenDefinition, parseFormDefinition } from '../../../src/core/forms/form-definition';
import { answersSchema } from '../../../src/core/forms/answers-schema';
import { definitionInWords, formTerritoryWords, inTerritoryWords } from '../../../src/core/forms/territory-placeholders';
import cartagena from '../../../src/core/settings/presets/cartagena-territories.json';
import blank from '../../../src/core/settings/presets/blank-territories.json';

const entries = (...kinds: string[]) => ({ entries: kinds.map((kind, i): CatalogueEntry => ({ code: String(i + 1), name: `Entrada ${i + 1}`, kind })) });
const MEDELLIN = territoryWords(defaultCatalogues.territories);
const CARTAGENA = territoryWords(cartagena);
// A small town whose rural part is in veredas: its corregimientos and veredas, or its zones and veredas.
const VEREDAS = territoryWords(entries('corregimiento', 'vereda', 'otro'));
const ZONAS = territoryWords(entries('zona', 'vereda'));

const every = {
  es: '{Territorio}: ¿en qué {territorio} vive? Los {territorios}; elija {un_territorio}; en {ese_territorio}.',
  en: '{Territory}: which {territory} do you live in? The {territories}; choose {a_territory}; in {that_territory}.',
};

describe('territory placeholders in a form text', () => {
  it("keeps Medellín's question byte for byte, in Spanish and English", () => {
    expect(inTerritoryWords({ es: '¿En qué {territorio} vive?', en: 'Which {territory} do you live in?' }, MEDELLIN)).toEqual({
      es: '¿En qué comuna o corregimiento vive?',
      en: 'Which comuna or corregimiento do you live in?',
    });
    expect(inTerritoryWords(every, MEDELLIN)).toEqual({
      es: 'Comuna o corregimiento: ¿en qué comuna o corregimiento vive? Los comunas y corregimientos; elija una comuna o corregimiento; en esa comuna o corregimiento.',
      en: 'Comuna or corregimiento: which comuna or corregimiento do you live in? The comunas and corregimientos; choose a comuna or corregimiento; in that comuna or corregimiento.',
    });
  });

  it("asks Cartagena about its localidades and unidades comunales de gobierno", () => {
    expect(inTerritoryWords(every, CARTAGENA)).toEqual({
      es:
        'Localidad o unidad comunal de gobierno: ¿en qué localidad o unidad comunal de gobierno vive? Los localidades y unidades comunales de gobierno; ' +
        'elija una localidad o unidad comunal de gobierno; en esa localidad o unidad comunal de gobierno.',
      en:
        'Localidad or unidad comunal de gobierno: which localidad or unidad comunal de gobierno do you live in? The localidades and unidades comunales de gobierno; ' +
        'choose a localidad or unidad comunal de gobierno; in that localidad or unidad comunal de gobierno.',
    });
  });

  it('agrees the article with a small town\'s first division: "un corregimiento o vereda", "una zona o vereda", "an area"', () => {
    const articles = { es: '{un_territorio} / {ese_territorio} / {Territorio}', en: '{a_territory} / {that_territory} / {Territory}' };
    expect(inTerritoryWords(articles, VEREDAS)).toEqual({
      es: 'un corregimiento o vereda / ese corregimiento o vereda / Corregimiento o vereda',
      en: 'a corregimiento or vereda / that corregimiento or vereda / Corregimiento or vereda',
    });
    expect(inTerritoryWords(articles, ZONAS)).toEqual({ es: 'una zona o vereda / esa zona o vereda / Zona o vereda', en: 'an area or vereda / that area or vereda / Area or vereda' });
    expect(inTerritoryWords(articles, territoryWords(blank))).toEqual({ es: 'una zona / esa zona / Zona', en: 'an area / that area / Area' });
    // An entity whose divisions have no name of their own reads the general word.
    expect(inTerritoryWords(articles, territoryWords(entries('barrio')))).toEqual({ es: 'un territorio / ese territorio / Territorio', en: 'a territory / that territory / Territory' });
  });

  it("fills each language with its own names only, and leaves other braces and a text without any as they are", () => {
    expect(inTerritoryWords({ es: 'En {territory}', en: 'In {territorio}' }, CARTAGENA)).toEqual({ es: 'En {territory}', en: 'In {territorio}' });
    expect(inTerritoryWords({ es: 'Sin marcadores { }, {1,2}, {ñandú}', en: '{}' }, CARTAGENA)).toEqual({ es: 'Sin marcadores { }, {1,2}, {ñandú}', en: '{}' });
    const plain = { es: 'Sin llaves', en: 'No braces' };
    expect(inTerritoryWords(plain, CARTAGENA)).toBe(plain);
    expect(inTerritoryWords({ es: '{constructor} {__proto__}', en: '{toString}' }, CARTAGENA)).toEqual({ es: '{constructor} {__proto__}', en: '{toString}' });
  });

  it("takes the words from the catalogues' territories; without them, the general word", () => {
    expect(formTerritoryWords({ ...builtinFormCatalogues, territories: cartagena })).toEqual(CARTAGENA);
    expect(formTerritoryWords(builtinFormCatalogues)).toEqual(MEDELLIN);
    expect(formTerritoryWords({}).one).toEqual({ es: 'territorio', en: 'territory' });
  });
});

describe('a definition in the entity\'s words', () => {
  const cartagenaCatalogues = { ...builtinFormCatalogues, territories: cartagena };

  it("resolves sections, questions, help, scale ends, options and notices; not the form's title", () => {
    const t = (es: string, en: string) => ({ es, en });
    const definition = {
      id: 'prueba',
      version: 1,
      title: t('Prueba', 'Test'),
      intro: t('Intro', 'Intro'),
      sections: [{ id: 's', title: t('Su {territorio}', 'Your {territory}'), intro: t('De {ese_territorio}', 'Of {that_territory}') }],
      fields: [
        { id: 'a', kind: 'rating', required: true, section: 's', label: t('¿Cómo califica {ese_territorio}?', 'How do you rate {that_territory}?'), help: t('{Territorio}', '{Territory}'), lowLabel: t('Mal {territorio}', 'Bad {territory}'), highLabel: t('Bien', 'Good') },
        { id: 'b', kind: 'single-choice', required: false, section: 's', label: t('Uno', 'One'), options: [{ value: 'x', label: t('Otra {territorio}', 'Another {territory}') }] },
        { id: 'c', kind: 'consent', required: false, section: 's', label: t('Aviso', 'Notice'), notice: t('Sobre {territorios}', 'About {territories}'), textVersion: 'v1' },
      ],
    };
    const parsed = parseFormDefinition(definition, cartagenaCatalogues);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const shown = definitionInWords(parsed.value, CARTAGENA);
    const l = 'localidad o unidad comunal de gobierno';
    expect(shown.sections[0]).toEqual({ id: 's', title: t(`Su ${l}`, 'Your localidad or unidad comunal de gobierno'), intro: t(`De esa ${l}`, 'Of that localidad or unidad comunal de gobierno') });
    expect(shown.fields[0]).toMatchObject({ label: { es: `¿Cómo califica esa ${l}?` }, help: { es: 'Localidad o unidad comunal de gobierno' }, lowLabel: { es: `Mal ${l}` }, highLabel: t('Bien', 'Good') });
    expect(shown.fields[1]).toMatchObject({ options: [{ value: 'x', label: { es: `Otra ${l}` } }] });
    expect(shown.fields[2]).toMatchObject({ notice: { es: 'Sobre localidades y unidades comunales de gobierno' }, textVersion: 'v1' });
    // The stored definition keeps its placeholders: a published version never changes.
    expect(parsed.value.fields[0]!.label.es).toBe('¿Cómo califica {ese_territorio}?');
  });

  it("shows Cartagena's citizen the escuchadero's territory question in Cartagena's words, and names it so in messages", () => {
    const escuchadero = currentBuiltinDefinition('escuchadero')!;
    const question = (d: typeof escuchadero) => d.fields.find((f) => f.id === 'territorio')!.label;
    expect(question(definitionInWords(escuchadero, CARTAGENA))).toEqual({
      es: '¿A qué localidad o unidad comunal de gobierno se refiere?',
      en: 'Which localidad or unidad comunal de gobierno is it about?',
    });
    const result = answersSchema(escuchadero, cartagenaCatalogues).safeParse({ tipo: 'pregunta', mensaje: 'Una pregunta sobre el parque.', forma_respuesta: 'anonimo', territorio: '80' });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'En «¿A qué localidad o unidad comunal de gobierno se refiere?» elija una localidad o unidad comunal de gobierno de la lista.',
    ]);
    expect(answersSchema(escuchadero, cartagenaCatalogues).safeParse({ tipo: 'pregunta', mensaje: 'Una pregunta sobre el parque.', forma_respuesta: 'anonimo', territorio: 'L1' }).success).toBe(true);
  });
});

describe('placeholders in the check of a definition being written', () => {
  const text = { es: 'Texto', en: 'Text' };
  const base = {
    id: 'ejemplo',
    version: 1,
    title: text,
    intro: text,
    sections: [] as unknown[],
    fields: [{ id: 'uno', kind: 'territory', required: true, label: { es: '¿En qué {territorio} vive?', en: 'Which {territory} do you live in?' } }] as unknown[],
  };
  const issues = (input: unknown, language: 'es' | 'en' = 'es') => {
    const read = parseFormDefinition(input, undefined, language);
    const parsed = read.ok ? checkWrittenDefinition(read.value, language) : read;
    return parsed.ok ? [] : (parsed.problem.details?.fields ?? []).map((f) => `${f.path}: ${f.message}`);
  };
  const withLabel = (label: { es: string; en: string }) => ({ ...base, fields: [{ ...(base.fields[0] as object), label }] });

  it('accepts every name of the set, each in its own language', () => {
    expect(issues(base)).toEqual([]);
    expect(issues(withLabel({ es: '{Territorio} {territorio} {territorios} {un_territorio} {ese_territorio}', en: '{Territory} {territory} {territories} {a_territory} {that_territory}' }))).toEqual([]);
    expect(issues(withLabel({ es: 'Llaves que no son marcadores: { } {1,2} {ñandú}', en: 'Text' }))).toEqual([]);
  });

  it('refuses an unknown placeholder at its text, naming it and the ones allowed, in Spanish and in English', () => {
    const typo = withLabel({ es: '¿En qué {teritorio} vive?', en: 'Which {territorio} do you live in?' });
    expect(issues(typo)).toEqual([
      'fields.0.label.es: El marcador «{teritorio}» no existe; en este texto puede usar {territorio}, {Territorio}, {territorios}, {un_territorio}, {ese_territorio}.',
      'fields.0.label.en: El marcador «{territorio}» no existe; en este texto puede usar {territory}, {Territory}, {territories}, {a_territory}, {that_territory}.',
    ]);
    expect(issues(typo, 'en')).toEqual([
      'fields.0.label.es: The placeholder “{teritorio}” does not exist; this text may use {territorio}, {Territorio}, {territorios}, {un_territorio}, {ese_territorio}.',
      'fields.0.label.en: The placeholder “{territorio}” does not exist; this text may use {territory}, {Territory}, {territories}, {a_territory}, {that_territory}.',
    ]);
    const inOptions = { ...base, fields: [{ id: 'dos', kind: 'single-choice', required: true, label: text, options: [{ value: 'a', label: { es: '{nombre}', en: 'A' } }] }] };
    expect(issues(inOptions).map((i) => i.split(':')[0])).toEqual(['fields.0.options.0.label.es']);
    const inSection = { ...base, sections: [{ id: 's', title: text, intro: { es: 'Hola', en: '{name}' } }], fields: [{ ...(base.fields[0] as object), section: 's' }] };
    expect(issues(inSection).map((i) => i.split(':')[0])).toEqual(['sections.0.intro.en']);
  });

  it('still opens, for a reader, a form stored before the set existed: its word in braces is shown as written', () => {
    const older = withLabel({ es: 'Escriba {nombre} completo', en: 'Write {name} in full' });
    const read = parseFormDefinition(older);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(checkWrittenDefinition(read.value).ok).toBe(false);
    const shown = definitionInWords(read.value, formTerritoryWords(defaultCatalogues));
    expect(shown.fields[0]!.label).toEqual({ es: 'Escriba {nombre} completo', en: 'Write {name} in full' });
  });

  it("refuses placeholders in the form's title and intro, which lists and posters show as written", () => {
    expect(issues({ ...base, title: { es: 'Encuesta de {territorio}', en: 'Survey' } })).toEqual([
      'title.es: Los marcadores del territorio van en las secciones y las preguntas, no en el título ni en la presentación del formulario.',
    ]);
    expect(issues({ ...base, intro: { es: 'Hola', en: 'About your {territory}' } }, 'en')).toEqual([
      "intro.en: The territory placeholders go in sections and questions, not in the form's title or introduction.",
    ]);
  });
});
