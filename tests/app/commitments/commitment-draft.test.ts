import { describe, expect, it } from 'vitest';
import { commitmentOfDraft, draftFromAnswer, emptyCommitmentDraft, emptyProgressDraft, errorsOfProblem, progressOfDraft } from '../../../src/app/state/commitments/commitment-draft';
import { problem } from '../../../src/core/problems/problem';
import { clientId } from '../../support/commitment-fixtures';

const meta = () => ({ id: clientId(), origin: { kind: 'typed' as const }, createdAt: '2026-12-01T10:00:00-05:00' });

describe('a new commitment as typed', () => {
  it('names each field that is wrong, in Spanish, before anything is sent', () => {
    const checked = commitmentOfDraft(emptyCommitmentDraft({ title: 'x', dueDate: '2027-02-30' }), meta());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      eventId: 'Elija el evento en el que se hizo el compromiso.',
      title: 'Escriba el compromiso (5 caracteres o más).',
      office: 'Elija la dependencia responsable.',
      dueDate: 'La fecha de cumplimiento debe ser una fecha AAAA-MM-DD.',
    });
    const undated = commitmentOfDraft(emptyCommitmentDraft({ eventId: 'e', title: 'Alumbrado público', office: 'infraestructura' }), meta());
    expect(undated.ok ? undefined : undated.errors).toEqual({ dueDate: 'Elija la fecha de cumplimiento (día, mes y año).' });
  });

  it('leaves blank optional fields out instead of sending them empty', () => {
    const draft = emptyCommitmentDraft({ eventId: 'cabildo-rural', title: '  Alumbrado en la vereda La Palma  ', office: 'infraestructura', dueDate: '2027-03-31' });
    const checked = commitmentOfDraft(draft, meta());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.title).toBe('Alumbrado en la vereda La Palma');
    expect(checked.value).not.toHaveProperty('topic');
    expect(checked.value).not.toHaveProperty('territory');
    expect(checked.value).not.toHaveProperty('description');
  });

  it('takes the server’s field errors when it refuses, and nothing when it names none of the form’s fields', () => {
    const refusal = problem('request.invalid', { fields: [{ path: 'office', code: 'invalid_value', message: 'Elija la dependencia responsable de la lista.' }] });
    expect(errorsOfProblem(refusal, ['office', 'title'])).toEqual({ office: 'Elija la dependencia responsable de la lista.' });
    expect(errorsOfProblem(problem('commitment.id_taken'), ['office'])).toBeUndefined();
  });
});

describe('a commitment from an answered question', () => {
  it('starts from the answer’s first sentence and keeps the question, topic, territory and office', () => {
    const draft = draftFromAnswer(
      { eventId: 'audiencia-2026', text: '¿Cuándo arreglan la vía a El Carmen?', answer: 'Se pavimentará en marzo de 2027. La obra ya está contratada.', office: 'infraestructura', topic: '3.1.1', territory: '60' },
      { question: 'Pregunta', answer: 'Respuesta' },
    );
    expect(draft).toMatchObject({ eventId: 'audiencia-2026', title: 'Se pavimentará en marzo de 2027.', office: 'infraestructura', topic: '3.1.1', territory: '60' });
    expect(draft.description).toBe('Pregunta: ¿Cuándo arreglan la vía a El Carmen?\n\nRespuesta: Se pavimentará en marzo de 2027. La obra ya está contratada.');
  });
});

describe('a report of progress as typed', () => {
  const ids = () => ({ id: clientId(), commitmentId: clientId() });

  it('reads the percentage as a whole number and refuses words, decimals and more than 100', () => {
    for (const percent of ['', 'cincuenta', '50,5', '101']) {
      const checked = progressOfDraft({ ...emptyProgressDraft('2026-12-01'), percent, text: 'Obra iniciada.' }, ids());
      expect(checked.ok, percent).toBe(false);
      if (!checked.ok) expect(checked.errors.percent, percent).toBe('El porcentaje es un número de 0 a 100.');
    }
    const fine = progressOfDraft({ ...emptyProgressDraft('2026-12-01'), percent: ' 40 ', text: 'Obra iniciada.' }, ids());
    expect(fine.ok && fine.value.percent).toBe(40);
  });

  it('says that a fulfilled commitment is at 100 %, and that evidence must be a web link', () => {
    const checked = progressOfDraft({ date: '2026-12-01', percent: '80', state: 'cumplido', text: 'Entregado.', evidenceUrl: 'javascript:alert(1)' }, ids());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({ percent: 'Un compromiso cumplido tiene 100 % de avance.', evidenceUrl: 'La evidencia debe ser un enlace http(s).' });
  });
});
