import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../src/core/forms/answers-schema';
import { normaliseAnswers } from '../../../src/core/forms/answer-drafts';
import { parseFormDefinition, type FormDefinition } from '../../../src/core/forms/form-definition';
import { quotedLabel } from '../../../src/core/forms/field-messages';
import { visibleFields } from '../../../src/core/forms/visibility';
import { canonicalJson } from '../../../src/core/records/canonical-json';
import { spanishErrors } from '../../../src/core/problems/field-issues';
import { definitionArb, testCatalogues } from './definition-arbitrary';
import { answersFromPlan, planArb } from './answers-arbitrary';
import { mutations } from './answer-mutations';

const RUNS = { numRuns: 150 };

/** A valid definition, a plan of answers for it, and the answers a person walking the form would give. */
const scenarioArb = definitionArb.chain((definition) =>
  planArb(definition).map((plan) => ({ definition, plan, ...answersFromPlan(definition, plan) })),
);

function verdict(definition: FormDefinition, answers: unknown) {
  const result = answersSchema(definition, testCatalogues).safeParse(answers, { error: spanishErrors });
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) };
}

/** The server receives both the definition and the answers as JSON text. */
function serverVerdict(definition: FormDefinition, answers: unknown) {
  const parsed = parseFormDefinition(JSON.parse(JSON.stringify(definition)), testCatalogues);
  if (!parsed.ok) throw new Error(`round-tripped definition refused: ${JSON.stringify(parsed.problem)}`);
  return verdict(parsed.value, JSON.parse(JSON.stringify(answers)));
}

describe('answersSchema derived from random valid definitions', () => {
  it('the generated definitions are valid, for the definition checker too', () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        const parsed = parseFormDefinition(definition, testCatalogues);
        expect(parsed.ok ? 'ok' : parsed.problem.details).toBe('ok');
      }),
      RUNS,
    );
  });

  it('accepts every answer set a renderer can produce, keeping only answered visible fields (trimmed)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ definition, answers }) => {
        const result = verdict(definition, answers);
        expect(result.ok ? 'accepted' : result.issues).toBe('accepted');
        if (!result.ok) return;
        expect(Object.keys(result.value).sort()).toEqual(Object.keys(answers).sort());
        for (const [id, value] of Object.entries(answers)) {
          expect(result.value[id]).toEqual(typeof value === 'string' ? value.trim() : value);
        }
      }),
      RUNS,
    );
  });

  it('shows exactly the fields the walk made visible', () => {
    fc.assert(
      fc.property(scenarioArb, ({ definition, answers, visible }) => {
        expect(visibleFields(definition, answers).map((f) => f.id)).toEqual(visible);
      }),
      RUNS,
    );
  });

  it('rejects each mutation with an issue on the mutated field, naming the question', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ definition, plan, answers, visible }, pick) => {
        const all = mutations(definition, plan, answers, visible);
        const mutation = all[pick % all.length]!;
        const result = verdict(definition, mutation.answers);
        expect(result.ok, `${mutation.name} on ${mutation.target} was accepted`).toBe(false);
        if (result.ok) return;
        const onTarget = result.issues.filter((i) => i.path[0] === mutation.target);
        expect(onTarget.length, `${mutation.name}: ${JSON.stringify(result.issues)}`).toBeGreaterThan(0);
        const field = definition.fields.find((f) => f.id === mutation.target);
        if (field) expect(onTarget.some((i) => i.message.includes(quotedLabel(field)))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same verdict after a JSON round trip of definition and answers (server path = device path)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.boolean(), ({ definition, plan, answers, visible }, pick, mutate) => {
        const all = mutations(definition, plan, answers, visible);
        const candidate = mutate ? all[pick % all.length]!.answers : answers;
        expect(canonicalJson(serverVerdict(definition, candidate))).toBe(canonicalJson(verdict(definition, candidate)));
      }),
      RUNS,
    );
  });

  it('normaliseAnswers turns a noisy draft (stale hidden answers, empty inputs, numbers as text) into accepted answers', () => {
    fc.assert(
      fc.property(scenarioArb, ({ definition, plan, answers, visible }) => {
        const draft: Record<string, unknown> = {};
        for (const field of definition.fields) {
          if (!visible.includes(field.id)) draft[field.id] = plan.values[field.id];
          else if (!Object.keys(answers).includes(field.id)) draft[field.id] = field.kind === 'multiple-choice' ? [] : field.kind === 'yes-no' ? null : '  ';
          else draft[field.id] = typeof answers[field.id] === 'number' ? ` ${String(answers[field.id])}` : answers[field.id];
        }
        const result = verdict(definition, normaliseAnswers(definition, draft));
        expect(result.ok ? Object.keys(result.value).sort() : result.issues).toEqual(Object.keys(answers).sort());
      }),
      RUNS,
    );
  });
});
