import { describe, expect, it } from 'vitest';
import { attendanceEntryV2 } from '../../../src/core/attendance/attendance-entry-v2';
import { spanishErrors } from '../../../src/core/problems/field-issues';
import { catalogues, fullEntry, messagesByPath, minimalEntry } from './fixtures';

const schema = attendanceEntryV2(catalogues);
const parse = (payload: unknown) => schema.safeParse(payload, { error: spanishErrors });
const messages = (payload: unknown) => {
  const result = parse(payload);
  expect(result.success).toBe(false);
  return messagesByPath(result.error?.issues ?? []);
};

describe('attendance.entry v2 payload', () => {
  it('accepts a record with every variable and normalises the document number', () => {
    const result = parse(fullEntry);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.document).toEqual({ type: 'CC', number: '43123456' });
  });

  it('accepts the minimal record: names, territory, consent, check-in', () => {
    expect(parse(minimalEntry).success).toBe(true);
    expect(parse({ ...minimalEntry, firstNames: undefined, surnames: undefined, fullName: 'Ana María Peña' }).success).toBe(true);
  });

  it('explains bad single fields in Spanish, by path', () => {
    const byPath = messages({
      ...minimalEntry,
      method: 'telepatia',
      checkedInAt: 'ayer',
      territory: '99',
      sexAtBirth: 'x',
      birthDate: '1990-02-30',
      contact: { phone: 'llámeme', email: 'ana@' },
      document: { type: 'XX', number: '1' },
    });
    expect(byPath).toMatchObject({
      method: expect.stringMatching(/Forma de registro/),
      checkedInAt: expect.stringMatching(/fecha y hora/),
      territory: expect.stringMatching(/comuna o corregimiento/),
      sexAtBirth: expect.stringMatching(/sexo al nacer/),
      birthDate: expect.stringMatching(/fecha real/),
      'contact.phone': expect.stringMatching(/teléfono/),
      'contact.email': expect.stringMatching(/correo/),
      'document.type': expect.stringMatching(/tipo de documento/),
      'document.number': expect.stringMatching(/3 a 20/),
    });
  });

  it('asks for names, either together or in parts, and not both', () => {
    const none = messages({ ...minimalEntry, firstNames: undefined, surnames: undefined });
    expect(none).toMatchObject({ firstNames: 'Escriba los nombres.', surnames: 'Escriba los apellidos.' });
    expect(messages({ ...minimalEntry, fullName: 'Ana María Peña' }).fullName).toMatch(/no ambos/);
    expect(messages({ ...minimalEntry, firstNames: 'Ana3' }).firstNames).toMatch(/solo con letras/);
  });

  it('requires a document number unless the person has no document', () => {
    expect(messages({ ...minimalEntry, document: { type: 'CC' } })['document.number']).toMatch(/Sin documento/);
    expect(messages({ ...minimalEntry, document: { type: 'SD', number: '123' } })['document.number']).toMatch(/vacío/);
    expect(parse({ ...minimalEntry, document: { type: 'SD' } }).success).toBe(true);
  });

  it('refuses to keep data without consent, or with a notice version that does not exist', () => {
    expect(messages({ ...minimalEntry, consent: { accepted: false, textVersion: '2026-1' } })['consent.accepted']).toMatch(/autorización/);
    expect(messages({ ...minimalEntry, consent: { accepted: true, textVersion: '1999-9' } })['consent.textVersion']).toMatch(/aviso de privacidad/);
    expect(messages({ ...minimalEntry, consent: undefined }).consent).toMatch(/autorización/);
  });

  it('keeps sensitive answers only with express authorisation (Ley 1581 art. 6)', () => {
    for (const sensitive of [
      { ethnicity: 'indigena' },
      { disabilities: ['ninguna'] },
      { sexualOrientation: 'gay' },
      { genderIdentity: 'mujer_trans' },
      { differentialGroups: ['lgbtiq'] },
      { organisation: { type: 'veeduria' } },
    ]) {
      expect(messages({ ...minimalEntry, ...sensitive })['consent.sensitiveData']).toMatch(/autorización expresa/);
      expect(parse({ ...minimalEntry, ...sensitive, consent: { ...minimalEntry.consent, sensitiveData: true } }).success).toBe(true);
    }
  });

  it('offers "prefiero no responder" on every sensitive question, without asking for more consent', () => {
    const declined = {
      ...minimalEntry,
      ethnicity: 'no_responde',
      disabilities: ['no_responde'],
      sexualOrientation: 'no_responde',
      genderIdentity: 'no_responde',
      differentialGroups: ['no_responde'],
      organisation: { type: 'no_responde' },
    };
    expect(parse(declined).error?.issues).toBeUndefined();
  });

  it('keeps "ninguna" and "prefiero no responder" alone, and each choice once', () => {
    const consent = { ...minimalEntry.consent, sensitiveData: true };
    expect(messages({ ...minimalEntry, consent, disabilities: ['ninguna', 'visual'] }).disabilities).toMatch(/no se pueden combinar/);
    expect(messages({ ...minimalEntry, consent, differentialGroups: ['no_responde', 'victima'] }).differentialGroups).toMatch(/no se pueden combinar/);
    expect(messages({ ...minimalEntry, consent, disabilities: ['visual', 'visual'] }).disabilities).toMatch(/dos veces/);
    expect(messages({ ...minimalEntry, consent, disabilities: ['telepatica'] })['disabilities.0']).toMatch(/discapacidades/);
  });

  it('checks the life stage against the birth date on the day of the check-in', () => {
    const base = { ...minimalEntry, birthDate: '2008-11-22' }; // 17 on 2026-11-21, 18 the day after
    expect(parse({ ...base, lifeStage: 'adolescencia' }).success).toBe(true);
    expect(messages({ ...base, lifeStage: 'juventud' }).lifeStage).toMatch(/no corresponde/);
    expect(parse({ ...base, checkedInAt: '2026-11-22T08:00:00-05:00', lifeStage: 'juventud' }).success).toBe(true);
    expect(messages({ ...minimalEntry, birthDate: '2027-01-01' }).birthDate).toMatch(/posterior/);
  });

  it('requires the attendee id for a pass check-in', () => {
    expect(messages({ ...minimalEntry, method: 'pass' }).attendeeId).toMatch(/persona inscrita/);
    expect(messages({ ...minimalEntry, method: 'pass', attendeeId: 'abc' }).attendeeId).toMatch(/no es válido/);
  });

  it('asks to describe an "other" accessibility need, and for a phone or email in a contact', () => {
    expect(messages({ ...minimalEntry, accessibilityNeeds: ['otra'] }).accessibilityOther).toMatch(/Describa/);
    expect(messages({ ...minimalEntry, contact: {} }).contact).toMatch(/teléfono o un correo/);
  });

  it('refuses fields it does not know instead of silently keeping them (no blood type anywhere)', () => {
    expect(messages({ ...minimalEntry, bloodType: 'O+' })['']).toMatch(/no previstos.*bloodType/);
  });

  it('shows cross-field problems together with single-field ones, so a form can show them all', () => {
    const byPath = messages({ ...minimalEntry, territory: '99', firstNames: undefined, ethnicity: 'indigena' });
    expect(Object.keys(byPath).sort()).toEqual(['consent.sensitiveData', 'firstNames', 'territory']);
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 1, 'x', [], { consent: 'sí' }, { ...minimalEntry, disabilities: 'fisica', contact: 5 }]) {
      expect(() => parse(input)).not.toThrow();
      expect(parse(input).success).toBe(false);
    }
  });
});
