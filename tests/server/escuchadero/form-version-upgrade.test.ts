import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/core/forms';
import type { InboxItem } from '../../../src/server/escuchadero/entry-view';
import { signIn } from '../../support/auth-bootstrap';
import { forgetCredentials, rememberCredentials } from '../support/authed-fetch';
import { startAuthedServer } from '../support/authed-server';
import { push, statuses } from '../support/http';
import { readStoredRows } from '../support/sqlite-file';
import { startTempServer, type TempServer } from '../support/temp-server';
import { call, escuchadero, escuchaderoAnswers, type ProblemBody } from '../forms/fixtures';

const EVENT = 'audiencia-version';

// The database of a server that shipped escuchadero version 1 only, with one citizen's version 1 answer in it.
// A server of this build is started on it: the upgrade.
let dataRoot: string;
let dataDir: string;
let upgraded: TempServer;
let v1Answer: { id: string };
let storedV1Before: string;

const storedDefinitions = (dataDir: string) =>
  readStoredRows<{ version: number; definition: string }>(dataDir, "select version, definition from form_definitions where form_id = 'escuchadero' order by version");

beforeAll(async () => {
  dataRoot = await mkdtemp(join(tmpdir(), 'cabildo-upgrade-'));
  dataDir = join(dataRoot, 'data');
  const before = await startAuthedServer({ dataDir });
  v1Answer = escuchadero(escuchaderoAnswers({ mensaje: 'Pregunta hecha con la versión 1 del formulario.' }), { formVersion: 1, eventId: EVENT });
  expect(statuses(await push(before.url, [v1Answer]))).toEqual(['accepted']);
  await before.dispose();
  // What an older server had stored: version 1 and nothing after it.
  const db = new Database(join(dataDir, 'cabildo.sqlite'));
  db.prepare("delete from form_definitions where form_id = 'escuchadero' and version > 1").run();
  db.close();
  storedV1Before = storedDefinitions(dataDir)[0]!.definition;

  upgraded = await startTempServer({ dataDir });
  let session = await signIn(upgraded.url, before.admin.email, before.admin.password, 'administrador');
  rememberCredentials(upgraded.url, {
    staff: () => session.headers(),
    device: before.device.headers,
    renewStaff: async () => {
      session = await signIn(upgraded.url, before.admin.email, before.admin.password, 'administrador');
    },
  });
});

afterAll(async () => {
  forgetCredentials(upgraded.url);
  await upgraded.dispose();
  await rm(dataRoot, { recursive: true, force: true });
});

const inbox = async () => (await call<{ items: InboxItem[] }>(upgraded.url, 'GET', `/api/v1/escuchadero?event=${EVENT}`)).body.items;

describe('escuchadero form versions on upgrade', () => {
  it('adds the later versions beside the stored version 1, which stays as it was, and serves the newest as current', async () => {
    const stored = storedDefinitions(dataDir);
    expect(stored.map((row) => row.version)).toEqual([1, 2, 3]);
    expect(stored[0]!.definition).toBe(storedV1Before);
    expect((JSON.parse(stored[0]!.definition) as FormDefinition).fields.map((f) => f.id)).not.toContain('publicar');

    const current = await call<{ form: FormDefinition }>(upgraded.url, 'GET', '/api/v1/forms/escuchadero');
    expect(current.body.form.version).toBe(3);
    expect(current.body.form.fields.map((f) => f.id)).toContain('publicar');
    expect((await call<{ versions: number[] }>(upgraded.url, 'GET', '/api/v1/forms/escuchadero/versions')).body.versions).toEqual([1, 2, 3]);
  });

  it('still lists the version 1 answer, without consent to publish, and refuses to publish it once answered', async () => {
    expect(await inbox()).toEqual([expect.objectContaining({ recordId: v1Answer.id, formVersion: 1, publishConsent: false, published: false })]);
    expect((await call(upgraded.url, 'POST', `/api/v1/escuchadero/${v1Answer.id}/assign`, { office: 'planeacion' })).status).toBe(200);
    expect((await call(upgraded.url, 'POST', `/api/v1/escuchadero/${v1Answer.id}/answer`, { text: 'Respondida después de la actualización.' })).status).toBe(200);
    const refused = await call<ProblemBody>(upgraded.url, 'PUT', `/api/v1/escuchadero/${v1Answer.id}/publication`, { published: true });
    expect([refused.status, refused.body.code]).toEqual([409, 'publication.answer_not_ready']);
  });

  it('a new poster link takes current-version answers with "publicar"; "publicar" in a version 1 answer is refused', async () => {
    const link = await call<{ path: string; signature: string }>(upgraded.url, 'POST', '/api/v1/forms/escuchadero/links', { eventId: EVENT });
    expect(link.status).toBe(200);
    const current = (await call<{ form: FormDefinition }>(upgraded.url, 'GET', '/api/v1/forms/escuchadero')).body.form;
    const consented = escuchadero(escuchaderoAnswers({ publicar: true }), { formVersion: current.version, eventId: EVENT, link: { signature: link.body.signature } });
    const oldWithConsent = escuchadero(escuchaderoAnswers({ publicar: true }), { formVersion: 1, eventId: EVENT, link: { signature: link.body.signature } });
    expect(statuses(await push(upgraded.url, [consented, oldWithConsent]))).toEqual(['accepted', 'rejected']);

    const item = (await inbox()).find((i) => i.recordId === consented.id);
    expect(item).toMatchObject({ formVersion: current.version, publishConsent: true });
  });
});
