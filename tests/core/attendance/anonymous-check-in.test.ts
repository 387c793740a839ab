import { describe, expect, it } from 'vitest';
import { anonymousCheckInV1 } from '../../../src/core/attendance/anonymous-check-in';
import { validateRecord } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { catalogues, envelope, messagesByPath } from './fixtures';

const registry = recordKinds(catalogues);
const count = { eventId: 'atril-comuna-3', method: 'manual', checkedInAt: '2026-11-21T10:05:00-05:00' };

describe('attendance.anonymous (a person who does not consent is counted, not recorded)', () => {
  it('accepts event, time, method and optionally the comuna', () => {
    expect(validateRecord(registry, envelope('attendance.anonymous', 1, count)).ok).toBe(true);
    expect(validateRecord(registry, envelope('attendance.anonymous', 1, { ...count, territory: '60' })).ok).toBe(true);
  });

  it.each([
    ['fullName', 'Ana María Peña'],
    ['firstNames', 'Ana'],
    ['document', { type: 'CC', number: '43123456' }],
    ['contact', { phone: '3001234567' }],
    ['attendeeId', '019aa6f4-6b00-7000-8000-000000000000'],
    ['birthDate', '1990-01-01'],
    ['consent', { accepted: true, textVersion: '2026-1' }],
  ])('refuses personal data: %s', (field, value) => {
    const result = validateRecord(registry, envelope('attendance.anonymous', 1, { ...count, [field]: value }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.problem.details?.fields ?? [];
    expect(issue?.path).toBe('payload');
    expect(issue?.message).toMatch(new RegExp(`no puede llevar datos personales.*${field}`));
  });

  it('still checks its own fields in Spanish', () => {
    const result = anonymousCheckInV1(catalogues).safeParse({ ...count, territory: '99', checkedInAt: 'hoy' });
    expect(messagesByPath(result.error?.issues ?? [])).toEqual({
      checkedInAt: expect.stringMatching(/fecha y hora/),
      territory: expect.stringMatching(/comuna o corregimiento/),
    });
  });
});
