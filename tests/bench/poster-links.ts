import type { ServerProcess } from '../support/server-process';
import { planningSession } from './bench-staff';

/** Signed poster links to the built-in forms, made by the planning office over the API (form-load bench, form-render profile). */

const EVENT_ID = 'audiencia-2026';
/** The four built-in forms; the urna virtual is a template, answered through its copy for the event. */
export const FORM_IDS = ['escuchadero', 'evaluacion-audiencia', 'priorizacion-temas', 'urna-virtual'] as const;
export type FormId = (typeof FORM_IDS)[number];

export interface PosterLink {
  url: string;
  /** The form's title as its heading shows it: the page is measured once the form is on screen. */
  title: string;
}

type StaffHeaders = Record<string, string>;

async function staffCall<T>(server: ServerProcess, headers: StaffHeaders, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface StoredForm {
  id: string;
  version: number;
  template?: boolean;
  title: { es: string; en: string };
}

/** The urna virtual's copy for the event, made as the office's "Crear enlace y QR" makes it (staff-api.ts). */
async function urnaCopy(server: ServerProcess, headers: StaffHeaders, template: StoredForm): Promise<StoredForm> {
  const { version: _version, template: _template, ...rest } = template;
  const copy = { ...rest, id: `urna-${EVENT_ID}`, title: { es: `${template.title.es} — Audiencia`, en: template.title.en } };
  return (await staffCall<{ form: StoredForm }>(server, headers, 'POST', '/api/v1/forms', copy)).form;
}

/** The planning office makes the poster links; the citizen who opens one is anonymous, as on the street. */
export async function posterLinks(server: ServerProcess): Promise<Record<FormId, PosterLink>> {
  const { headers } = await planningSession(server);
  const { forms } = await staffCall<{ forms: StoredForm[] }>(server, headers, 'GET', '/api/v1/forms');
  const links = {} as Record<FormId, PosterLink>;
  for (const id of FORM_IDS) {
    const stored = forms.find((f) => f.id === id);
    if (!stored) throw new Error(`El formulario ${id} no está en el servidor.`);
    const form = stored.template ? await urnaCopy(server, headers, stored) : stored;
    const { path } = await staffCall<{ path: string }>(server, headers, 'POST', `/api/v1/forms/${form.id}/links`, { eventId: EVENT_ID });
    links[id] = { url: server.url + path, title: form.title.es };
  }
  return links;
}
