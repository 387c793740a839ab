import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';

const registry = recordKinds(defaultCatalogues);
const record = (payload: unknown, over: Record<string, unknown> = {}) => ({
  id: uuidV7(1_763_700_000_000, new Uint8Array(10).fill(7)),
  kind: 'attendance.entry',
  schemaVersion: 1,
  deviceId: 'device-1',
  createdAt: '2026-11-21T10:00:00-05:00',
  payload,
  ...over,
});
const goodPayload = {
  eventId: 'evento-predeterminado',
  fullName: '  Ana María Peña  ',
  document: { type: 'CC', number: '43123456' },
  territory: '03',
  consent: { accepted: true, textVersion: '2026-1' },
};

describe('validateRecord', () => {
  it('accepts a valid attendance entry and returns the normalised payload', () => {
    const result = validateRecord(registry, record(goodPayload));
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value.payload as typeof goodPayload).fullName).toBe('Ana María Peña');
  });

  it('explains each bad field in Spanish, with its path', () => {
    const result = validateRecord(
      registry,
      record({ ...goodPayload, fullName: 'A', territory: '99', consent: { accepted: false, textVersion: '2026-1' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('record.invalid');
    const byPath = Object.fromEntries((result.problem.details?.fields ?? []).map((f) => [f.path, f.message]));
    expect(byPath['payload.fullName']).toMatch(/nombre completo/);
    expect(byPath['payload.territory']).toMatch(/comuna o corregimiento/);
    expect(byPath['payload.consent.accepted']).toMatch(/autorización/);
  });

  it('rejects an envelope that is not one, without looking at the payload', () => {
    const result = validateRecord(registry, record(goodPayload, { id: 'not-a-uuid', createdAt: 'ayer' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.details?.fields?.map((f) => f.path).sort()).toEqual(['createdAt', 'id']);
  });

  it('names an unknown kind or version as such', () => {
    for (const over of [{ kind: 'nope' }, { schemaVersion: 99 }]) {
      const result = validateRecord(registry, record(goodPayload, over));
      expect(result.ok ? null : result.problem.code).toBe('record.unknown_kind');
    }
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 42, 'x', [], { __proto__: { id: 1 } }, record(null), record('x')]) {
      expect(validateRecord(registry, input).ok).toBe(false);
    }
  });
});
