import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../src/core/forms';
import { ESCUCHADERO_FORM_ID } from '../../src/core/records/registry';
import { eventDraft, newEventId, newId } from './events/fixtures';
import { authedFetch } from './support/authed-fetch';
import { startAuthedServer, type AuthedServer } from './support/authed-server';

/**
 * Every resource that refuses a request field by field writes the field messages in the request's Accept-Language,
 * Spanish by default; the problem's own message stays Spanish (clients translate it by code). The sync resource's
 * record messages have their own test (sync-language.test.ts); this one covers the rest, one request per resource.
 */

let server: AuthedServer;
let eventId: string;
let escuchadero: FormDefinition;
beforeAll(async () => {
  server = await startAuthedServer();
  escuchadero = ((await (await authedFetch(`${server.url}/api/v1/forms/${ESCUCHADERO_FORM_ID}`)).json()) as { form: FormDefinition }).form;
  eventId = newEventId('idioma');
  const created = await authedFetch(`${server.url}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: eventId, ...eventDraft() }),
  });
  expect(created.status).toBe(201);
});
afterAll(() => server.dispose());

interface Case {
  /** The resource and what is wrong with the request. */
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: () => string;
  body?: () => unknown;
  status: number;
  /** Some fields of the refusal: [Spanish, English]. */
  fields: Record<string, [string, string]>;
}

const json = (method: 'POST' | 'PUT', path: () => string, body: () => unknown) => ({ method, path, body });
const get = (path: () => string) => ({ method: 'GET' as const, path });

const cases: Case[] = [
  {
    name: 'events: a new event with a bad id and start',
    ...json('POST', () => '/api/v1/events', () => ({ id: 'Mal Id', ...eventDraft({ startsAt: 'mañana' }) })),
    status: 422,
    fields: {
      id: ['El identificador del evento debe tener minúsculas, números o guiones (máximo 64).', 'The event id must have lowercase letters, digits or hyphens (at most 64).'],
      startsAt: [
        'Revise la fecha y la hora de inicio: elija el día en el calendario y la hora.',
        'Check the start date and time: pick the day on the calendar and the time.',
      ],
    },
  },
  {
    name: 'events: a new event that is not an object',
    ...json('POST', () => '/api/v1/events', () => []),
    status: 422,
    fields: { '': ['Envíe el evento como un objeto JSON.', 'Send the event as a JSON object.'] },
  },
  {
    name: 'events: an edit without its revision',
    ...json('PUT', () => `/api/v1/events/${eventId}`, () => ({ event: eventDraft() })),
    status: 400,
    fields: { revision: ['Indique la revisión del evento que se editó.', 'Give the revision of the event that was edited.'] },
  },
  {
    name: "events: an edit naming another event's id",
    ...json('PUT', () => `/api/v1/events/${eventId}`, () => ({ revision: 1, event: { ...eventDraft(), id: 'otro' } })),
    status: 422,
    fields: { 'event.id': ['El identificador no corresponde al evento de la dirección.', 'The id does not match the event in the address.'] },
  },
  {
    name: 'registrations: a registration with bad ids and no person',
    ...json('POST', () => `/api/v1/events/${eventId}/registrations`, () => ({ attendeeId: 'x', deviceId: 5 })),
    status: 422,
    fields: {
      attendeeId: ['El identificador de la persona inscrita no es válido.', 'The id of the registered person is not valid.'],
      deviceId: ['El dispositivo debe ser texto.', 'The device must be text.'],
      firstNames: ['Escriba los nombres.', 'Enter the first names.'],
    },
  },
  {
    name: 'registrations: a body that is not an object',
    ...json('POST', () => `/api/v1/events/${eventId}/registrations`, () => []),
    status: 422,
    fields: { '': ['Envíe la inscripción como un objeto JSON.', 'Send the registration as a JSON object.'] },
  },
  {
    name: 'forms: a new form with a bad id and no questions',
    ...json('POST', () => '/api/v1/forms', () => ({ id: 'Mal Id', title: { es: 'a', en: 'b' }, intro: { es: 'a', en: 'b' }, sections: [], fields: [] })),
    status: 422,
    fields: {
      id: ['El identificador del formulario solo admite minúsculas, números y «-».', 'The form id takes only lowercase letters, digits and "-".'],
      fields: ['El formulario necesita al menos una pregunta.', 'The form needs at least one question.'],
    },
  },
  {
    name: "forms: an edit naming another form's id",
    ...json('PUT', () => '/api/v1/forms/evaluacion-audiencia', () => ({ id: 'otro' })),
    status: 400,
    fields: { id: ['El identificador no coincide con el de la dirección.', 'The id does not match the one in the address.'] },
  },
  {
    name: 'forms: an escuchadero version without the question its inbox reads',
    ...json('PUT', () => `/api/v1/forms/${ESCUCHADERO_FORM_ID}`, () => ({ ...escuchadero, fields: escuchadero.fields.filter((f) => f.id !== 'mensaje') })),
    status: 422,
    fields: {
      fields: [
        'El escuchadero necesita la pregunta «mensaje» (long-text o short-text): la bandeja de planeación la lee.',
        "The escuchadero needs the question “mensaje” (long-text or short-text): the planning office's inbox reads it.",
      ],
    },
  },
  {
    name: 'forms: a link with a bad event and limit',
    ...json('POST', () => '/api/v1/forms/evaluacion-audiencia/links', () => ({ eventId: 'MAL', answerLimit: 'x' })),
    status: 400,
    fields: {
      eventId: ['El identificador del evento no es válido.', 'The event id is not valid.'],
      answerLimit: ['Elija el límite de respuestas: none, perPerson o perDevice.', 'Choose the answer limit: none, perPerson or perDevice.'],
    },
  },
  {
    name: 'forms: results of a bad event',
    ...get(() => '/api/v1/forms/evaluacion-audiencia/results?event=MAL'),
    status: 400,
    fields: { event: ['El identificador del evento no es válido.', 'The event id is not valid.'] },
  },
  {
    name: 'pull: an empty list of events',
    ...get(() => '/api/v1/pull?events='),
    status: 400,
    fields: { events: ['Indique al menos un evento, o quite el parámetro para recibir todos.', 'Give at least one event, or leave the parameter out to receive all.'] },
  },
  {
    name: 'sync: a push whose records are not a list',
    ...json('POST', () => '/api/v1/sync', () => ({ deviceId: 'x', records: 'no' })),
    status: 400,
    fields: { records: ['Entrada inválida: se esperaba una lista.', 'Invalid entry: expected a list.'] },
  },
  {
    name: 'escuchadero: the inbox filtered by an unknown status',
    ...get(() => '/api/v1/escuchadero?status=nope'),
    status: 400,
    fields: { status: ['Estado desconocido: received, assigned, answered o closed.', 'Unknown status: received, assigned, answered or closed.'] },
  },
  {
    name: 'escuchadero: an empty answer',
    ...json('POST', () => `/api/v1/escuchadero/${newId()}/answer`, () => ({ text: ' ' })),
    status: 400,
    fields: { text: ['Escriba la respuesta.', 'Enter the answer.'] },
  },
  {
    name: 'escuchadero: a tracking status asked with a bad code',
    ...json('POST', () => '/api/v1/escuchadero/status', () => ({ codes: ['zz'] })),
    status: 400,
    fields: {
      'codes.0': [
        'El código de seguimiento no es válido. Revise que lo haya escrito tal como lo recibió.',
        'The tracking code is not valid. Check that you typed it exactly as you received it.',
      ],
    },
  },
  {
    name: 'commitments: filtered by an unknown status',
    ...get(() => '/api/v1/commitments?status=x'),
    status: 400,
    fields: { status: ['Elija un estado: pendiente, en curso, cumplido o vencido.', 'Choose a status: pending, in progress, fulfilled or overdue.'] },
  },
  {
    name: 'commitments: a new one with an unknown office and nothing else',
    ...json('POST', () => '/api/v1/commitments', () => ({ office: 'zz' })),
    status: 400,
    fields: { office: ['Elija la dependencia responsable de la lista.', 'Choose the responsible office from the list.'], title: ['Falta este dato.', 'This is missing.'] },
  },
  {
    name: 'accounts: a new user with nothing right',
    ...json('POST', () => '/api/v1/users', () => ({ email: 'no', name: '', password: 'x', role: 'x' })),
    status: 400,
    fields: {
      email: ['Escriba un correo electrónico válido.', 'Enter a valid email address.'],
      password: ['La contraseña debe tener al menos 10 caracteres.', 'The password must have at least 10 characters.'],
    },
  },
  {
    name: 'devices: an enrollment without a label',
    ...json('POST', () => '/api/v1/devices/enrollments', () => ({ label: '' })),
    status: 400,
    fields: { label: ['Escriba un nombre para el dispositivo.', 'Enter a name for the device.'] },
  },
  {
    name: 'audit: a page cursor made up',
    ...get(() => '/api/v1/audit?before=x'),
    status: 400,
    fields: { before: ['Use el valor next de la página anterior.', 'Use the next value of the previous page.'] },
  },
  {
    name: 'habeas data: a document number too short',
    ...get(() => '/api/v1/people/%21'),
    status: 400,
    fields: { documentNumber: ['El número de documento debe tener de 3 a 20 letras o números.', 'The document number must have 3 to 20 letters or digits.'] },
  },
  {
    name: "settings: the entity's name too short",
    ...json('PUT', () => '/api/v1/settings', () => ({ entityName: 'x' })),
    status: 400,
    fields: { entityName: ['Escriba el nombre de la entidad (3 caracteres o más).', 'Enter the name of the entity (3 characters or more).'] },
  },
  {
    name: 'publication: published neither true nor false',
    ...json('PUT', () => `/api/v1/events/${eventId}/publication`, () => ({ published: 'si' })),
    status: 400,
    fields: { published: ['Indique si se publica (true) o no (false).', 'Say whether it is published (true) or not (false).'] },
  },
  {
    name: 'public lists: filtered by an unknown office and topic',
    ...get(() => '/api/v1/public/commitments?dependencia=zz&tema=zz'),
    status: 400,
    fields: { dependencia: ['Elija una dependencia de la lista.', 'Choose an office from the list.'], tema: ['Elija un tema de la lista.', 'Choose a topic from the list.'] },
  },
  {
    name: 'open data: an unknown table',
    ...get(() => '/api/v1/open-data/dictionary.csv?table=x'),
    status: 400,
    fields: { table: ['Tabla desconocida: use indicadores o caracterizacion.', 'Unknown table: use indicadores or caracterizacion.'] },
  },
];

async function refusal(c: Case, acceptLanguage: string | undefined) {
  const headers: Record<string, string> = {
    ...(c.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }),
  };
  const response = await authedFetch(`${server.url}${c.path()}`, {
    method: c.method,
    headers,
    ...(c.body === undefined ? {} : { body: JSON.stringify(c.body()) }),
  });
  const problem = (await response.json()) as { code: string; message: string; details?: { fields?: { path: string; message: string }[] } };
  return { status: response.status, problem, fields: Object.fromEntries((problem.details?.fields ?? []).map((f) => [f.path, f.message])) };
}

const inLanguage = (fields: Case['fields'], index: 0 | 1) => Object.fromEntries(Object.entries(fields).map(([path, texts]) => [path, texts[index]]));

describe("every resource's field messages follow Accept-Language", () => {
  it.each(cases)('$name', async (c) => {
    const english = await refusal(c, 'en-GB,en;q=0.9,es;q=0.5');
    const spanish = await refusal(c, undefined);
    const spanishFirst = await refusal(c, 'es-CO,en;q=0.8');

    expect(english.status).toBe(c.status);
    expect(english.fields).toMatchObject(inLanguage(c.fields, 1));
    expect(spanish.fields).toMatchObject(inLanguage(c.fields, 0));
    expect(spanishFirst.fields).toEqual(spanish.fields);
    // The problem itself stays Spanish on the wire: clients translate it by code.
    expect(english.problem.code).toBe(spanish.problem.code);
    expect(english.problem.message).toBe(spanish.problem.message);
  });
});
