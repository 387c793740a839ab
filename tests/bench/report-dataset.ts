import { randomBytes } from 'node:crypto';
import { newTrackingCode } from '../../src/core/escuchadero/tracking-code';
import { uuidV7 } from '../../src/core/ids/uuidv7';

/**
 * The reports benchmarks' dataset (report.bench.ts on the server, report-render.bench.ts in Chromium):
 * one event with 5,000 attendees and a year (2025) with 200 events and ~100,000 records (check-ins with the
 * population variables, anonymous counts, offline duplicates, evaluations, escuchadero entries), seeded
 * through the real sync endpoint.
 */
export const EVENTS = 200;
export const BIG_EVENT_ATTENDEES = 5_000;
const SMALL_EVENT_CHECK_INS = 460;
const EVALUATIONS = 12;
const ESCUCHADERO = 5;
const BATCH = 500;
const CLIENTS = 4;

const TERRITORIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '50', '60', '70', '80', '90'];
const ETHNIC = ['indigena', 'negro_afro', 'ninguno', 'ninguno', 'ninguno', 'no_responde'];
const STAGES = ['juventud', 'adultez', 'adultez', 'persona_mayor'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const pad = (n: number) => String(n).padStart(2, '0');
const id = () => uuidV7(Date.now(), randomBytes(10));
const envelope = (kind: string, schemaVersion: number, deviceId: string, createdAt: string, payload: unknown) => ({ id: id(), kind, schemaVersion, deviceId, createdAt, payload });

const startOf = (e: number) => {
  const day = new Date(Date.UTC(2025, 0, 2) + Math.floor((e * 360) / EVENTS) * 86_400_000).toISOString().slice(0, 10);
  return `${day}T09:00:00-05:00`;
};
const at = (start: string, minutes: number) => `${start.slice(0, 11)}${pad(9 + Math.floor(minutes / 60) % 12)}:${pad(minutes % 60)}:00-05:00`;

export const isAnonymous = (i: number) => i % 30 === 29;
export const isDuplicate = (i: number) => i % 100 === 99;

function checkIns(eventId: string, start: string, count: number, seed: number): unknown[] {
  const records: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const checkedInAt = at(start, Math.floor((i * 180) / count));
    const device = `puerta-${i % 4}`;
    if (isAnonymous(i)) {
      records.push(envelope('attendance.anonymous', 1, device, checkedInAt, { eventId, method: 'manual', checkedInAt, territory: pick(TERRITORIES, i) }));
      continue;
    }
    const sensitive = i % 3 === 0;
    // Every 100th person is admitted again by another device that was offline: the same document.
    const number = String(10_000_000 + seed * 10_000 + (isDuplicate(i) ? i - 1 : i));
    records.push(
      envelope('attendance.entry', 2, device, checkedInAt, {
        eventId,
        method: 'cedula',
        checkedInAt,
        firstNames: 'Persona',
        surnames: 'De Prueba',
        document: { type: 'CC', number },
        territory: pick(TERRITORIES, i * 7),
        sexAtBirth: i % 2 === 0 ? 'mujer' : 'hombre',
        lifeStage: pick(STAGES, i),
        ...(sensitive ? { ethnicity: pick(ETHNIC, i), disabilities: i % 9 === 0 ? ['auditiva'] : ['ninguna'] } : {}),
        ...(i % 250 === 0 ? { accessibilityNeeds: ['interprete_lsc'] } : {}),
        consent: { accepted: true, textVersion: '2026-1', ...(sensitive ? { sensitiveData: true } : {}) },
      }),
    );
  }
  return records;
}

function forms(eventId: string, start: string, evaluations: number, entries: number): unknown[] {
  const records: unknown[] = [];
  for (let i = 0; i < evaluations; i++) {
    records.push(
      // Each citizen on their own phone: the evaluation admits one answer per person (or device).
      envelope('form.submission', 1, `telefono-${i}`, at(start, 150), {
        formId: 'evaluacion-audiencia',
        formVersion: 1,
        eventId,
        answers: {
          como_se_entero: ['redes-sociales'],
          explicacion_procedimiento: 'clara',
          oportunidad_intervenir: 'adecuada',
          tiempo_informe: 'adecuado',
          temas_interes: true,
          mostro_resultados: true,
          continuar_audiencias: true,
          calificacion: 1 + (i % 5),
        },
      }),
    );
  }
  for (let i = 0; i < entries; i++) {
    records.push(
      envelope('form.submission', 1, 'kiosco', at(start, 120), {
        formId: 'escuchadero',
        formVersion: 1,
        eventId,
        trackingCode: newTrackingCode((n) => new Uint8Array(randomBytes(n))),
        answers: { tipo: i % 2 === 0 ? 'pregunta' : 'propuesta', territorio: pick(TERRITORIES, i), mensaje: 'Mensaje de prueba para el informe del año.', forma_respuesta: 'anonimo' },
      }),
    );
  }
  return records;
}

/** Extra headers (a staff session's cookie) go with every request once the API needs them. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;

export async function seed(url: string, headers: Record<string, string> = {}): Promise<{ bigEvent: string; records: number }> {
  const ids = Array.from({ length: EVENTS }, (_, e) => `bench-${e}`);
  for (let e = 0; e < EVENTS; e++) {
    const startsAt = startOf(e);
    const eventId = ids[e]!;
    const event = {
      id: eventId,
      name: `Evento de rendición de cuentas ${e}`,
      type: e % 2 === 0 ? 'atril_territorial' : 'audiencia_publica',
      murcStage: 'ejecucion',
      responsibleOffice: 'planeacion',
      startsAt,
      endsAt: `${startsAt.slice(0, 11)}21:00:00-05:00`,
      place: 'Coliseo',
      territory: pick(TERRITORIES, e),
      modality: 'presencial',
      expectedAttendance: 500,
      topics: [],
      lscInterpreterBooked: false,
      status: 'closed',
    };
    const response = await post(`${url}/api/v1/events`, event, headers);
    if (response.status !== 201) throw new Error(`evento ${e}: ${response.status} ${await response.text()}`);
  }
  // Built an event at a time as the clients take batches: on a busy machine building all 100,000 records first
  // took longer than the server's keep-alive timeout (5 s), and the next request went out on a closed connection.
  const records = yearRecords(ids);
  let sent = 0;
  const client = async () => {
    for (let batch = nextBatch(records); batch.length > 0; batch = nextBatch(records)) {
      sent += batch.length;
      const response = await post(`${url}/api/v1/sync`, { deviceId: 'bench', records: batch }, headers);
      const body = (await response.json()) as { results: { status: string; problem?: unknown }[] };
      const refused = body.results.filter((r) => r.status !== 'accepted');
      if (response.status !== 200 || refused.length > 0) throw new Error(`sync ${response.status}: ${JSON.stringify(refused.slice(0, 2))}`);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { bigEvent: ids[0]!, records: sent };
}

function* yearRecords(ids: readonly string[]): Generator<unknown> {
  for (const [e, eventId] of ids.entries()) {
    const start = startOf(e);
    yield* checkIns(eventId, start, e === 0 ? BIG_EVENT_ATTENDEES : SMALL_EVENT_CHECK_INS, e);
    yield* forms(eventId, start, e === 0 ? 100 : EVALUATIONS, e === 0 ? 30 : ESCUCHADERO);
  }
}

function nextBatch(records: Iterator<unknown>): unknown[] {
  const batch: unknown[] = [];
  for (let next = records.next(); !next.done; next = records.next()) {
    batch.push(next.value);
    if (batch.length === BATCH) break;
  }
  return batch;
}
