import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, recordContent } from '../../../src/core/records/canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('round-trips through JSON.parse to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('drops undefined members like JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('recordContent', () => {
  const base = { kind: 'k', schemaVersion: 1, deviceId: 'd', createdAt: '2026-01-01T00:00:00Z', payload: { x: 1 } };

  it('ignores fields outside the content (the id is the key, not content)', () => {
    expect(recordContent({ ...base, id: 'one' } as typeof base)).toBe(recordContent({ ...base, id: 'two' } as typeof base));
  });

  it('changes when the payload changes', () => {
    expect(recordContent(base)).not.toBe(recordContent({ ...base, payload: { x: 2 } }));
  });
});
