import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { newTrackingCode } from '../../../src/core/escuchadero/tracking-code';
import { FORM_SUBMISSION_KIND } from '../../../src/core/forms/form-submission';
import { authedFetch } from '../support/authed-fetch';

export const EVENT = 'audiencia-2026';

/**
 * A form.submission envelope; `over` replaces envelope fields. Each comes from its own phone unless `over`
 * names the device: counted forms take one answer per person by default (defaultAnswerLimit).
 */
export function submission(payload: Record<string, unknown>, over: Record<string, unknown> = {}) {
  const id = uuidV7(Date.now(), randomBytes(10));
  return {
    id,
    kind: FORM_SUBMISSION_KIND,
    schemaVersion: 1,
    deviceId: `telefono-${id.slice(-12)}`,
    createdAt: '2026-11-21T10:00:00-05:00',
    payload,
    ...over,
  };
}

export const evaluationAnswers = (over: Record<string, unknown> = {}) => ({
  como_se_entero: ['redes-sociales', 'comunidad'],
  explicacion_procedimiento: 'clara',
  oportunidad_intervenir: 'adecuada',
  tiempo_informe: 'adecuado',
  temas_interes: true,
  mostro_resultados: true,
  continuar_audiencias: true,
  calificacion: 4,
  ...over,
});

export const evaluation = (answers: Record<string, unknown> = evaluationAnswers(), over: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}) =>
  submission({ formId: 'evaluacion-audiencia', formVersion: 1, eventId: EVENT, answers, ...over }, envelope);

export const newCode = () => newTrackingCode((n) => new Uint8Array(randomBytes(n)));

export const escuchaderoAnswers = (over: Record<string, unknown> = {}) => ({
  tipo: 'pregunta',
  territorio: '03',
  mensaje: '¿Cuándo terminan la obra del parque del barrio?',
  forma_respuesta: 'anonimo',
  ...over,
});

export const escuchadero = (answers: Record<string, unknown> = escuchaderoAnswers(), over: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}) =>
  submission({ formId: 'escuchadero', formVersion: 2, eventId: EVENT, trackingCode: newCode(), answers, ...over }, envelope);

export interface ProblemBody {
  code: string;
  message: string;
  details?: { fields?: { path: string; message: string }[]; [key: string]: unknown };
}

export const fieldPaths = (p: ProblemBody | undefined) => (p?.details?.fields ?? []).map((f) => f.path).sort();

/** JSON request to the server; answers status and parsed body. */
export async function call<T = unknown>(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await authedFetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}
