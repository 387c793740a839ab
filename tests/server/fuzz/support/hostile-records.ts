import fc from 'fast-check';
import { JsonMembers, RawJson, defineOwn, deepArrays, deepObjects } from './json-text';
import { EXTREME_NUMBERS, NUMBER_TOKENS, PROTO_KEYS, hostileText, pollutingValue, wrongValue } from './hostile-values';
import { recordId } from './valid-records';

type Path = (string | number)[];
type Tree = Record<string, unknown> | unknown[];

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !(value instanceof RawJson) && !(value instanceof JsonMembers);

/** A deep copy that keeps own "__proto__" keys and the RawJson/JsonMembers leaves. */
export function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (!isTree(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineOwn(copy, key, cloneTree((value as Record<string, unknown>)[key]));
  return copy as T;
}

/** Every node below the root, parents before children. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isTree(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string, unknown>)[key as string], [...prefix, key])]);
}

const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (isTree(node) ? (node as Record<string, unknown>)[key as string] : undefined), root);

function setAt(root: Tree, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  if (!isTree(parent)) return;
  const key = path.at(-1)!;
  if (Array.isArray(parent)) parent[key as number] = value;
  else defineOwn(parent, String(key), value);
}

function deleteAt(root: Tree, path: Path): void {
  const parent = at(root, path.slice(0, -1));
  if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
  else if (isTree(parent)) delete (parent as Record<string, unknown>)[String(path.at(-1))];
}

export type Mutation =
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'text'; pick: number; value: string }
  | { op: 'append'; pick: number; value: string }
  | { op: 'delete'; pick: number }
  | { op: 'addKey'; pick: number; key: string; value: unknown };

const pick = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('set' as const), pick, value: wrongValue }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('text' as const), pick, value: hostileText }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('append' as const), pick, value: hostileText }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), pick }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('addKey' as const),
      pick,
      key: fc.oneof({ arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 3 }, { arbitrary: hostileText, weight: 1 }),
      value: fc.oneof(fc.constant(pollutingValue()), wrongValue),
    }),
    weight: 3,
  },
);

/**
 * Applies mutations to a copy: each picks its target among the nodes (or text leaves) present at that moment.
 * Inserted values are copied too: fast-check hands out the same constant [] or {} again, and a later
 * mutation inside a shared one could otherwise make a cycle.
 */
export function mutate(record: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  const copy = cloneTree(record);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (m.op === 'text' || m.op === 'append') {
      const texts = paths.filter((p) => typeof at(copy, p) === 'string');
      const target = texts[m.pick % Math.max(1, texts.length)];
      if (target) setAt(copy, target, m.op === 'text' ? m.value : `${at(copy, target) as string}${m.value}`);
    } else if (m.op === 'addKey') {
      const objects = [[], ...paths].filter((p) => isTree(at(copy, p)) && !Array.isArray(at(copy, p)));
      const target = objects[m.pick % objects.length]!;
      setAt(copy, [...target, m.key], cloneTree(m.value));
    } else if (paths.length > 0) {
      const target = paths[m.pick % paths.length]!;
      if (m.op === 'set') setAt(copy, target, cloneTree(m.value));
      else deleteAt(copy, target);
    }
  }
  return copy;
}

/** Envelope fields take their own extreme values (schemaVersion bounds, look-alike ids, unknown kinds). */
const envelopeValue: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant('schemaVersion'), fc.constantFrom<unknown>(-1, 0, 2, 3, 1000, 1001, -(2 ** 53), 2 ** 53, ...EXTREME_NUMBERS, ...NUMBER_TOKENS, '1', [1], null)),
  fc.tuple(fc.constant('kind'), fc.oneof(fc.constantFrom('attendance.entry ', 'ATTENDANCE.ENTRY', 'form.submission\u0000', '__proto__', 'constructor', 'toString', 'x'.repeat(65)), hostileText)),
  fc.tuple(
    fc.constant('id'),
    fc.oneof(
      recordId.map((id) => id.toUpperCase()),
      recordId.map((id) => `${id.slice(0, 14)}4${id.slice(15)}`), // a UUIDv4 look-alike
      recordId.map((id) => ` ${id}`),
      recordId.map((id) => `${id}\u0000`),
      hostileText,
    ),
  ),
  fc.tuple(fc.constantFrom('deviceId', 'createdAt'), fc.oneof(hostileText, fc.constantFrom('x'.repeat(65), '2026-11-21T10:00:00', '2026-02-30T10:00:00Z', '9999-99-99T99:99:99Z'))),
);

/** One record of a batch: mostly a valid record with 0–3 mutations, sometimes not a record at all. */
export const hostileRecord = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.tuple(valid, fc.array(mutation, { maxLength: 3 })).map(([record, ms]) => mutate(record, ms)), weight: 10 },
    { arbitrary: fc.tuple(valid, envelopeValue).map(([record, [key, value]]) => ({ ...cloneTree(record), [key]: value })), weight: 3 },
    { arbitrary: valid, weight: 4 },
    { arbitrary: wrongValue, weight: 1 },
    { arbitrary: fc.constantFrom(deepArrays(1000), deepArrays(10_000), deepObjects(10_000, '__proto__'), deepObjects(10_000, 'payload')), weight: 1 },
  );

const OTHER_TIME = '2026-11-21T10:00:00.5-05:00';

/**
 * A batch with ids repeated on purpose: an exact copy of an earlier record (a replay inside the
 * batch) or the same id with other content (a conflict).
 */
export const hostileBatch = (valid: fc.Arbitrary<Record<string, unknown>>, minLength: number, maxLength: number): fc.Arbitrary<unknown[]> =>
  fc
    .tuple(
      fc.array(hostileRecord(valid), { minLength, maxLength, size: 'max' }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }),
    )
    .map(([records, copies]) => {
      const batch = [...records];
      for (const [from, to, same] of copies) {
        const source = batch[from % batch.length];
        if (!isTree(source) || Array.isArray(source)) continue;
        const copy = cloneTree(source);
        // Other content, same device (a credential pushes only its own records): another device time.
        if (!same) defineOwn(copy, 'createdAt', copy.createdAt === OTHER_TIME ? `${OTHER_TIME.slice(0, 19)}.75-05:00` : OTHER_TIME);
        batch.splice(to % (batch.length + 1), 0, copy);
      }
      return batch;
    });
