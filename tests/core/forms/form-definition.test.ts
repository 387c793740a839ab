import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormDefinition, type FormDefinition } from '../../../src/core/forms/form-definition';
import type { FormField } from '../../../src/core/forms/field-definition';
import { definitionArb, testCatalogues } from './definition-arbitrary';

const RUNS = { numRuns: 100 };
const atLeastTwoFields = definitionArb.filter((d) => d.fields.length >= 2);

const issuePaths = (input: unknown, catalogues?: object): string[] => {
  const parsed = parseFormDefinition(input, catalogues);
  if (parsed.ok) return [];
  expect(parsed.problem.code).toBe('form.definition_invalid');
  return (parsed.problem.details?.fields ?? []).map((f) => f.path);
};

const replaceField = (d: FormDefinition, index: number, field: FormField): FormDefinition => ({
  ...d,
  fields: d.fields.map((f, i) => (i === index ? field : f)),
});

/** Index pairs i < j of a definition's fields. */
const withPair = atLeastTwoFields.chain((d) =>
  fc.integer({ min: 1, max: d.fields.length - 1 }).chain((j) => fc.integer({ min: 0, max: j - 1 }).map((i) => ({ d, i, j }))),
);

describe('form definition checks', () => {
  it('rejects a repeated field id, at the repeated one', () => {
    fc.assert(
      fc.property(withPair, ({ d, i, j }) => {
        const broken = replaceField(d, j, { ...d.fields[j]!, id: d.fields[i]!.id });
        expect(issuePaths(broken)).toContain(`fields.${j}.id`);
      }),
      RUNS,
    );
  });

  it('rejects showIf on the same or a later field', () => {
    fc.assert(
      fc.property(withPair, fc.boolean(), fc.boolean(), ({ d, i, j }, self, nested) => {
        const target = d.fields[self ? i : j]!.id;
        const atom = { field: target, answered: true };
        const broken = replaceField(d, i, { ...d.fields[i]!, showIf: nested ? { any: [atom] } : atom });
        expect(issuePaths(broken)).toContain(`fields.${i}.showIf`);
      }),
      RUNS,
    );
  });

  it('rejects min > max for every kind that has bounds', () => {
    const reversed = (f: FormField): { field: FormField; key: string } => {
      switch (f.kind) {
        case 'short-text':
        case 'long-text':
          return { field: { id: f.id, label: f.label, required: f.required, kind: f.kind, minLength: 9, maxLength: 3 }, key: 'minLength' };
        case 'date':
          return { field: { ...f, min: '2026-05-02', max: '2026-05-01' }, key: 'min' };
        case 'multiple-choice':
        case 'ranking':
          return { field: { ...f, minCount: 3, maxCount: 2 }, key: 'minCount' };
        default:
          return { field: { id: f.id, label: f.label, required: f.required, kind: 'number', min: 5, max: 4.5 }, key: 'min' };
      }
    };
    fc.assert(
      fc.property(definitionArb, fc.nat(), (d, pick) => {
        const index = pick % d.fields.length;
        const { field, key } = reversed(d.fields[index]!);
        // Keep the field in its section so that only the bounds are wrong.
        const broken = replaceField(d, index, d.fields[index]!.section ? { ...field, section: d.fields[index]!.section } : field);
        expect(issuePaths(broken)).toContain(`fields.${index}.${key}`);
      }),
      RUNS,
    );
  });

  it('accepts the same definition after a JSON round trip, unchanged', () => {
    fc.assert(
      fc.property(definitionArb, (d) => {
        const parsed = parseFormDefinition(JSON.parse(JSON.stringify(d)), testCatalogues);
        expect(parsed.ok ? parsed.value : parsed.problem).toEqual(d);
      }),
      RUNS,
    );
  });

  describe('examples', () => {
    const text = { es: 'Texto', en: 'Text' };
    const base = {
      id: 'ejemplo',
      version: 1,
      title: text,
      intro: text,
      sections: [] as unknown[],
      fields: [
        { id: 'uno', kind: 'single-choice', required: true, label: text, options: [{ value: 'a', label: text }, { value: 'b', label: text }] },
        { id: 'dos', kind: 'yes-no', required: false, label: text },
      ] as unknown[],
    };
    const withField = (index: number, over: Record<string, unknown>) => ({
      ...base,
      fields: base.fields.map((f, i) => (i === index ? { ...(f as object), ...over } : f)),
    });

    it('accepts the base example', () => {
      expect(issuePaths(base)).toEqual([]);
    });

    it('rejects empty options, repeated option values, and a condition value the field cannot take', () => {
      expect(issuePaths(withField(0, { options: [] }))).toEqual(['fields.0.options']);
      expect(issuePaths(withField(0, { options: [{ value: 'a', label: text }, { value: 'a', label: text }] }))).toEqual(['fields.0.options']);
      expect(issuePaths(withField(1, { showIf: { field: 'uno', equals: 'c' } }))).toEqual(['fields.1.showIf']);
      expect(issuePaths(withField(1, { showIf: { field: 'uno', equals: true } }))).toEqual(['fields.1.showIf']);
      expect(issuePaths(withField(1, { showIf: { field: 'nadie', answered: true } }))).toEqual(['fields.1.showIf']);
    });

    it('rejects typos (unknown properties), unknown kinds and ids that are not safe keys', () => {
      expect(issuePaths(withField(1, { requried: true }))).toEqual(['fields.1']);
      expect(issuePaths(withField(1, { kind: 'slider' }))).toEqual(['fields.1.kind']);
      expect(issuePaths(withField(1, { id: '__proto__' }))).toEqual(['fields.1.id']);
      expect(issuePaths({ ...base, fields: [] })).toEqual(['fields']);
    });

    it('requires sections to exist, to cover every field and to keep their order', () => {
      const sections = [
        { id: 'a', title: text },
        { id: 'b', title: text },
      ];
      expect(issuePaths({ ...withField(0, { section: 'b' }), sections: [sections[0]!, sections[1]!] })).toEqual(
        expect.arrayContaining(['fields.1.section']),
      );
      const ordered = { ...base, sections, fields: [{ ...(base.fields[0] as object), section: 'b' }, { ...(base.fields[1] as object), section: 'a' }] };
      expect(issuePaths(ordered)).toEqual(['fields.1.section']);
      expect(issuePaths({ ...base, sections, fields: [{ ...(base.fields[0] as object), section: 'x' }, { ...(base.fields[1] as object), section: 'a' }] })).toEqual([
        'fields.0.section',
      ]);
      expect(issuePaths({ ...base, sections: [sections[0], sections[0]], fields: base.fields.map((f) => ({ ...(f as object), section: 'a' })) })).toEqual([
        'sections.1.id',
      ]);
    });

    it('with catalogues, rejects a field whose catalogue is missing or too small', () => {
      const fromCatalogue = withField(0, { options: { catalogue: 'noExiste' } });
      expect(issuePaths(fromCatalogue)).toEqual([]);
      expect(issuePaths(fromCatalogue, testCatalogues)).toEqual(['fields.0.options']);
      expect(issuePaths(withField(0, { kind: 'ranking', maxCount: 5, minCount: 4, options: { catalogue: 'colours' } }), testCatalogues)).toEqual([
        'fields.0.options',
      ]);
      const territory = { id: 'uno', kind: 'territory', required: true, label: text, kinds: ['vereda'] };
      expect(issuePaths({ ...base, fields: [territory, base.fields[1]] }, testCatalogues)).toEqual(['fields.0.catalogue']);
    });

    it('allows only "answered" conditions on a consent', () => {
      const consent = { id: 'uno', kind: 'consent', required: true, label: text, notice: text, textVersion: 'v1' };
      const on = (showIf: unknown) => ({ ...base, fields: [consent, { ...(base.fields[1] as object), showIf }] });
      expect(issuePaths(on({ field: 'uno', answered: true }))).toEqual([]);
      expect(issuePaths(on({ field: 'uno', equals: 'v1' }))).toEqual(['fields.1.showIf']);
    });
  });
});
