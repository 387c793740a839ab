import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { catalogues, envelope, fullEntry, minimalEntry } from './fixtures';

const registry = recordKinds(catalogues);
const v1Payload = {
  eventId: 'evento-predeterminado',
  fullName: 'Ana María Peña',
  document: { type: 'CC', number: '43123456' },
  territory: '03',
  consent: { accepted: true, textVersion: '2026-1' },
};

describe('attendance kinds in the registry', () => {
  it('makes version 2 current and keeps version 1 valid for old outboxes', () => {
    expect(registry.get('attendance.entry')?.currentVersion).toBe(2);
    expect(validateRecord(registry, envelope('attendance.entry', 1, v1Payload)).ok).toBe(true);
    expect(validateRecord(registry, envelope('attendance.entry', 2, fullEntry)).ok).toBe(true);
  });

  it('validates each version with its own schema', () => {
    expect(validateRecord(registry, envelope('attendance.entry', 2, v1Payload)).ok).toBe(false);
    expect(validateRecord(registry, envelope('attendance.entry', 1, minimalEntry)).ok).toBe(false);
  });

  it('reports v2 problems with payload paths', () => {
    const result = validateRecord(registry, envelope('attendance.entry', 2, { ...minimalEntry, territory: '99' }));
    expect(result.ok ? [] : result.problem.details?.fields?.map((f) => f.path)).toEqual(['payload.territory']);
  });

  it('knows the anonymous count and the pre-registration', () => {
    expect(registry.get('attendance.anonymous')?.currentVersion).toBe(1);
    expect(registry.get('attendance.registration')?.currentVersion).toBe(1);
  });
});
