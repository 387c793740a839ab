import fc from 'fast-check';
import type { Catalogue } from '../../../src/core/catalogues';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { defaultTopics } from '../../../src/core/forms/topics-catalogue';
import { fieldOptions } from '../../../src/core/forms/form-catalogues';
import type { Condition } from '../../../src/core/forms/conditions';
import type { FormField } from '../../../src/core/forms/field-definition';
import type { FormDefinition } from '../../../src/core/forms/form-definition';
import { dateOfDay, dayNumber } from '../../../src/core/time';

// Random VALID form definitions, with showIf chains on earlier fields of every kind.

const colours: Catalogue = {
  id: 'colores',
  version: 1,
  entries: [
    { code: 'rojo', name: 'Rojo', nameEn: 'Red', kind: 'calido' },
    { code: 'azul', name: 'Azul', kind: 'frio' },
    { code: 'verde', name: 'Verde', nameEn: 'Green', kind: 'frio' },
  ],
};

export const testCatalogues = { ...defaultCatalogues, topics: defaultTopics, colours };

type Base = Omit<FormField, 'id' | 'label' | 'required' | 'showIf' | 'section' | 'help'>;

const label = (i: number) =>
  fc.record({ es: fc.constantFrom(`¿Pregunta ${i}?`, `Cómo se enteró ${i}`, `Campo ${i} — ñandú`), en: fc.constant(`Question ${i}`) });

const inlineOptions = fc
  .integer({ min: 1, max: 5 })
  .map((n) => Array.from({ length: n }, (_, k) => ({ value: `o${k}`, label: { es: `Opción ${k}`, en: `Option ${k}` } })));
const catalogueOptions = fc.constantFrom(
  { catalogue: 'colours' },
  { catalogue: 'colours', kinds: ['frio'] },
  { catalogue: 'topics', kinds: ['componente'] },
);
const optionsArb = fc.oneof({ weight: 3, arbitrary: inlineOptions }, { weight: 1, arbitrary: catalogueOptions });
const optionCount = (options: unknown) =>
  Array.isArray(options) ? options.length : (fieldOptions({ kind: 'single-choice', options } as FormField, testCatalogues)?.length ?? 0);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const withoutUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const dateIn = (min: string, max: string) =>
  fc.integer({ min: dayNumber(min)!, max: dayNumber(max)! }).map(dateOfDay);

const lengths = (hardMax: number) =>
  fc
    .tuple(optional(fc.integer({ min: 1, max: 6 })), optional(fc.integer({ min: 0, max: 40 })))
    .map(([min, extra]) => ({ minLength: min, maxLength: extra === undefined ? undefined : Math.min(hardMax, (min ?? 1) + extra) }));

const counts = (n: number, maxRequired: boolean) =>
  fc.tuple(optional(fc.integer({ min: 0, max: n })), maxRequired ? fc.integer({ min: 0, max: n }) : optional(fc.integer({ min: 0, max: n }))).map(([min, extra]) => ({
    minCount: min,
    maxCount: extra === undefined ? undefined : Math.max(1, min ?? 0) + extra,
  }));

const baseArb: fc.Arbitrary<Base> = fc.oneof(
  fc.oneof(
    lengths(500).map((l) => ({ kind: 'short-text' as const, ...l })),
    fc.constantFrom('email' as const, 'phone' as const).map((format) => ({ kind: 'short-text' as const, format })),
  ),
  lengths(10_000).map((l) => ({ kind: 'long-text' as const, ...l })),
  fc
    .tuple(optional(fc.integer({ min: -50, max: 50 })), optional(fc.integer({ min: 0, max: 60 })), optional(fc.boolean()))
    .map(([min, span, integer]) => ({ kind: 'number' as const, min, max: span === undefined ? undefined : (min ?? 0) + span, integer })),
  fc
    .tuple(optional(dateIn('2020-01-01', '2030-12-31')), optional(fc.integer({ min: 0, max: 400 })))
    .map(([min, span]) => ({ kind: 'date' as const, min, max: span === undefined ? undefined : dateOfDay(dayNumber(min ?? '2026-01-01')! + span) })),
  optionsArb.map((options) => ({ kind: 'single-choice' as const, options })),
  optionsArb.chain((options) => counts(optionCount(options), false).map((c) => ({ kind: 'multiple-choice' as const, options, ...c }))),
  optionsArb.chain((options) =>
    counts(optionCount(options), true).map((c) => ({ kind: 'ranking' as const, options, minCount: c.minCount, maxCount: c.maxCount! })),
  ),
  fc.constant({ kind: 'rating' as const }),
  fc.constant({ kind: 'yes-no' as const }),
  fc.constantFrom(undefined, ['comuna'], ['corregimiento', 'otro']).map((kinds) => ({ kind: 'territory' as const, kinds })),
  fc.constantFrom('v1', '2026-1').map((textVersion) => ({
    kind: 'consent' as const,
    textVersion,
    notice: { es: 'Autorizo el tratamiento de mis datos.', en: 'I authorise processing my data.' },
  })),
);

/** Values a condition may name for a field: they must be able to match, so chains really switch. */
export function conditionValues(field: FormField): fc.Arbitrary<string | number | boolean> | undefined {
  switch (field.kind) {
    case 'yes-no':
      return fc.boolean();
    case 'rating':
      return fc.integer({ min: 1, max: 5 });
    case 'number':
      return fc.integer({ min: field.min ?? -3, max: field.max ?? Math.max(3, field.min ?? 3) });
    case 'consent':
      return undefined;
    case 'short-text':
    case 'long-text':
      return fc.constantFrom('a', 'bb');
    case 'date':
      return dateIn(field.min ?? '2026-01-01', field.max ?? field.min ?? '2026-01-03');
    default:
      return fc.constantFrom(...(fieldOptions(field, testCatalogues) ?? []).map((o) => o.value));
  }
}

function atomArb(earlier: FormField[]): fc.Arbitrary<Condition> {
  return fc.constantFrom(...earlier).chain((target): fc.Arbitrary<Condition> => {
    const values = conditionValues(target);
    const answered = fc.boolean().map((answered) => ({ field: target.id, answered }));
    if (!values) return answered;
    return fc.oneof(
      answered,
      values.map((equals) => ({ field: target.id, equals })),
      fc.array(values, { minLength: 1, maxLength: 3 }).map((list) => ({ field: target.id, in: list })),
    );
  });
}

const conditionArb = (earlier: FormField[]): fc.Arbitrary<Condition> =>
  fc.oneof(
    { weight: 3, arbitrary: atomArb(earlier) },
    { weight: 1, arbitrary: fc.array(atomArb(earlier), { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(atomArb(earlier), { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
  );

const fieldsArb = (n: number, sectionIds: string[], constructorLast: boolean) =>
  fc
    .tuple(...Array.from({ length: n }, (_, i) => fc.tuple(baseArb, label(i), fc.boolean(), optional(label(i)))))
    .map((parts) =>
      parts.map(([base, lbl, required, help], i): FormField => {
        const section = sectionIds.length ? sectionIds[Math.floor((i * sectionIds.length) / n)] : undefined;
        const id = constructorLast && i === n - 1 ? 'constructor' : `f${i}`;
        return withoutUndefined({ ...base, id, label: lbl, required, help, section }) as FormField;
      }),
    )
    .chain((fields) =>
      fc
        .tuple(...fields.map((_, i) => (i === 0 ? fc.constant(undefined) : fc.option(conditionArb(fields.slice(0, i)), { nil: undefined, freq: 2 }))))
        .map((conditions) => fields.map((f, i) => (conditions[i] ? { ...f, showIf: conditions[i] } : f))),
    );

export const definitionArb: fc.Arbitrary<FormDefinition> = fc
  .record({
    n: fc.integer({ min: 1, max: 7 }),
    sections: fc.integer({ min: 0, max: 3 }),
    constructorLast: fc.boolean(),
    version: fc.integer({ min: 1, max: 9 }),
  })
  .chain(({ n, sections, constructorLast, version }) => {
    const sectionIds = Array.from({ length: sections }, (_, i) => `s${i}`);
    return fieldsArb(n, sectionIds, constructorLast).map(
      (fields): FormDefinition => ({
        id: 'prueba',
        version,
        title: { es: 'Prueba', en: 'Test' },
        intro: { es: 'Formulario de prueba', en: 'Test form' },
        sections: sectionIds.map((id) => ({ id, title: { es: `Sección ${id}`, en: `Section ${id}` } })),
        fields,
      }),
    );
  });
