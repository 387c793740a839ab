import { anonymousRecord, escuchaderoAt, evaluationAt, personCheckIn, prioritisationAt, type Person } from '../server/reports/fixtures';
import { eventDraft, newEventId } from '../server/events/fixtures';
import { commitmentOf, updateOf } from './commitment-fixtures';

/**
 * The typical event of issue 13, sent over the real API as the doors, the citizens' phones and the planning office
 * would: 200 people admitted (190 with consent across five comunas, 10 anonymous counts), 30 escuchadero questions
 * and proposals, every one answered (one of them a single 120-letter word that must wrap on paper), 80 evaluations,
 * 12 prioritisations and 3 commitments, one with progress. Its memoria must print in ≤ 10 A4 pages.
 */
export const TYPICAL = { attendees: 200, questions: 30, evaluations: 80 } as const;
export const TYPICAL_EVENT_NAME = 'Audiencia pública de rendición de cuentas 2026 — comunas nororientales';
export const LONG_WORD = `Participación${'ciudadana'.repeat(12)}`;

export interface SeedAccess {
  /** JSON content type and the staff credential. */
  headers(): Record<string, string>;
}

export interface TypicalEvent {
  eventId: string;
  /** The text of every question, and the answer given to it. */
  answered: { question: string; answer: string }[];
}

async function send(url: string, access: SeedAccess, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, { method, headers: access.headers(), body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

async function push(url: string, access: SeedAccess, records: { id: string }[]): Promise<void> {
  for (let from = 0; from < records.length; from += 250) {
    const batch = records.slice(from, from + 250);
    const body = (await send(url, access, 'POST', '/api/v1/sync', { deviceId: 'e2e-memoria', records: batch })) as { results: { status: string }[] };
    const refused = body.results.filter((r) => r.status !== 'accepted');
    if (refused.length > 0) throw new Error(`sync: ${JSON.stringify(refused.slice(0, 3))}`);
  }
}

const at = (minutes: number) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-11-21T${pad(8 + Math.floor(minutes / 60))}:${pad(minutes % 60)}:00-05:00`;
};

const FIRST = ['María', 'José', 'Ana', 'Luis', 'Rocío', 'Andrés', 'Luz Dary', 'Jhon Jairo', 'Yuliana', 'Wilmar'];
const LAST = ['Peña', 'Gómez', 'Ríos', 'Mosquera', 'Álvarez', 'Córdoba', 'Restrepo', 'Palacios'];
const COMUNAS = ['01', '02', '03', '03', '03', '04', '04', '08'];
const STAGES = ['juventud', 'adultez', 'adultez', 'persona_mayor'];

const person = (i: number): Person => ({
  firstNames: FIRST[i % FIRST.length]!,
  surnames: `${LAST[i % LAST.length]!} ${LAST[(i * 3 + 1) % LAST.length]!}`,
  document: String(50_000_000 + i),
  territory: COMUNAS[i % COMUNAS.length]!,
  // Three people of an ethnic group: a small cell the memoria must show as "Reservado".
  extra: { sexAtBirth: i % 2 === 0 ? 'mujer' : 'hombre', lifeStage: STAGES[i % STAGES.length]!, ...(i < 3 ? { ethnicity: 'indigena' } : {}) },
});

const TOPICS = ['3.1', '3.2', '3.3', '3.4'];

export async function seedTypicalEvent(url: string, access: SeedAccess): Promise<TypicalEvent> {
  const eventId = newEventId('memoria');
  await send(url, access, 'POST', '/api/v1/events', {
    id: eventId,
    ...eventDraft({
      name: TYPICAL_EVENT_NAME,
      status: 'closed',
      startsAt: '2026-11-21T08:00:00-05:00',
      endsAt: '2026-11-21T12:00:00-05:00',
      expectedAttendance: 250,
      objective: 'Rendir cuentas de la gestión 2026 en las comunas 1, 2, 3, 4 y 8: avances del plan de desarrollo, inversión por comuna y diálogo con la ciudadanía.',
    }),
  });
  const consented = TYPICAL.attendees - 10;
  const questions = Array.from({ length: TYPICAL.questions }, (_, i) =>
    i === 0
      ? `¿Qué pasará con la ${LONG_WORD} en el presupuesto del año próximo?`
      : `${i % 3 === 0 ? 'Propongo' : '¿Cuándo'} ${i % 3 === 0 ? 'que' : 'termina'} la obra número ${i + 1} de la comuna ${COMUNAS[i % COMUNAS.length]}${i % 3 === 0 ? ' se haga con mano de obra del barrio.' : '?'}`,
  );
  const entries = questions.map((mensaje, i) => escuchaderoAt(eventId, { tipo: i % 3 === 0 ? 'propuesta' : 'pregunta', mensaje, tema: TOPICS[i % TOPICS.length] }, at(120 + i)));
  await push(url, access, [
    ...Array.from({ length: consented }, (_, i) => personCheckIn(eventId, person(i), at(Math.floor(i / 3)), `puerta-${1 + (i % 3)}`)),
    ...Array.from({ length: 10 }, (_, i) => anonymousRecord(eventId, 'puerta-1', at(10 + i * 4))),
    ...Array.from({ length: TYPICAL.evaluations }, (_, i) => evaluationAt(eventId, [5, 4, 4, 3, 5, 2, 4, 5][i % 8]!)),
    ...Array.from({ length: 12 }, (_, i) => prioritisationAt(eventId, i % 2 === 0 ? ['3.1.1', '3.1.2'] : ['3.1.2'])),
    ...entries,
  ]);
  const answered = [];
  for (const [i, entry] of entries.entries()) {
    const answer = `Respuesta ${i + 1}: la Secretaría de Infraestructura incluyó la obra en el plan de inversiones; el contrato se publica en el SECOP.`;
    await send(url, access, 'POST', `/api/v1/escuchadero/${entry.id}/assign`, { office: 'planeacion' });
    await send(url, access, 'POST', `/api/v1/escuchadero/${entry.id}/answer`, { text: answer });
    answered.push({ question: questions[i]!, answer });
  }
  const made = [
    commitmentOf({ eventId, office: 'planeacion', territory: '03', topic: undefined, title: 'Publicar el plan de inversiones por comuna antes de marzo', dueDate: '2027-03-31', origin: { kind: 'escuchadero', entryId: entries[1]!.id } }),
    commitmentOf({ eventId, office: 'participacion', territory: '04', topic: undefined, title: 'Convocar mesas de trabajo con las juntas de acción comunal', dueDate: '2027-02-28' }),
    commitmentOf({ eventId, office: 'comunicaciones', territory: undefined, topic: undefined, title: 'Transmitir en directo la próxima audiencia con intérprete de lengua de señas', dueDate: '2027-06-30' }),
  ];
  for (const commitment of made) await send(url, access, 'POST', '/api/v1/commitments', commitment);
  await send(url, access, 'POST', `/api/v1/commitments/${made[0]!.id}/updates`, updateOf(made[0]!.id, { date: '2026-12-01', percent: 40, state: 'en_curso', text: 'Borrador del plan listo; en revisión jurídica.' }));
  return { eventId, answered };
}
