import { builtinFormDefinitions, currentBuiltinDefinition, FORM_SUBMISSION_KIND, type FormDefinition } from '../../../core/forms';
import { formSubmissionRegistryKind } from '../../../core/records/form-submission-kind';
import { createKindRegistry } from '../../../core/records/kind-registry';
import { definitionKey } from '../../storage/forms-tables';
import type { SignedFormLink } from '../../../core/forms';
import { keepDefinitions, readDefinitions, readLatestDefinition } from '../../storage/forms-definitions';
import { observePendingSubmissions, observeRecordState, readPassForEvent, type RecordState } from '../../storage/forms-records';
import { keepCode } from '../../storage/tracked-codes';
import { saveRecord } from '../../storage/save-record';
import { pullDefinitions } from '../../sync/forms-definitions-pull';
import { pullTrackingStatuses } from '../../sync/forms-tracking-pull';
import { installFormsPullTriggers } from '../../sync/forms-pull-triggers';
import { checkFormLink } from './link-check';
import type { DataServices } from '../data-services';
import { dataServices } from '../services';
import { language } from '../language';

/** Longest a citizen waits for the newest definition before the kept one (or the built-in one) shows. */
const DEFINITION_WAIT_MS = 4_000;

export type FormsServices = Awaited<ReturnType<typeof startFormsServices>>;

let starting: Promise<FormsServices> | undefined;

/** The forms' data layer on top of the app's (started once, by the first forms screen that needs it). */
export function formsServices(): Promise<FormsServices> {
  starting ??= dataServices()
    .then(startFormsServices)
    .catch((error: unknown) => {
      starting = undefined; // let a later screen try again
      throw error;
    });
  return starting;
}

async function startFormsServices(services: DataServices) {
  const { db } = services;
  const fetcher: typeof fetch = (input, init) => fetch(input, init);
  // Every version this device can read: built in, kept from earlier pulls, and pulled from now on.
  const known = new Map<string, FormDefinition>();
  const remember = (definitions: readonly FormDefinition[]) => definitions.forEach((d) => known.set(definitionKey(d.id, d.version), d));
  remember(builtinFormDefinitions);
  remember(await readDefinitions(db).catch(() => []));
  // Submissions of a form version pulled from the server validate here exactly as there; only the kind this
  // layer saves is built (the same function the server's registry uses), not every record kind's schemas again.
  const lookup = (id: string, v: number) => known.get(definitionKey(id, v));
  const device = { ...services.device, registry: createKindRegistry([formSubmissionRegistryKind(services.catalogues, { lookup })]) };

  let firstPull: Promise<unknown> | undefined;
  const refresh = async () => {
    const pulled = pullDefinitions({ db, fetch: fetcher, catalogues: services.catalogues }).then((r) => r.kind === 'pulled' && remember(r.forms));
    firstPull ??= pulled;
    await Promise.all([pulled, pullTrackingStatuses({ db, fetch: fetcher })]);
  };
  installFormsPullTriggers(refresh, services.runner, { window });

  return {
    services,
    db,
    fetch: fetcher,
    catalogues: services.catalogues,
    device,
    /** Asks for statuses and definitions now (the tracking screen's "Consultar ahora"). */
    refresh,
    /** The newest version this device knows, waiting briefly for the first pull when there is a network. */
    async latestDefinition(formId: string): Promise<FormDefinition | undefined> {
      if (navigator.onLine && firstPull) await Promise.race([firstPull, new Promise((r) => setTimeout(r, DEFINITION_WAIT_MS))]);
      const kept = await readLatestDefinition(db, formId).catch(() => undefined);
      const builtin = currentBuiltinDefinition(formId);
      return [kept, builtin].filter((d) => d !== undefined).sort((a, b) => b.version - a.version)[0];
    },
    /** Checks a poster link with the key this device keeps (fetched again when there is a network). */
    checkLink: (link: SignedFormLink) => checkFormLink(db, link, fetcher),
    /** Versions read from the server before this layer started (a citizen's first paint): known and kept from now on. */
    async adoptDefinitions(definitions: readonly FormDefinition[]): Promise<void> {
      remember(definitions);
      await keepDefinitions(db, definitions, new Date()).catch(() => undefined);
    },
    /** The pass this phone holds for an event, if any (a citizen may answer as its holder). */
    readPass: (eventId: string) => readPassForEvent(db, eventId),
    /** Keeps a tracking code for "Mis preguntas" (a convenience: the code is in the saved record too). */
    keepCode: (code: Parameters<typeof keepCode>[1]) => keepCode(db, code, new Date()),
    /** How many answers on this device still wait for the server, live. */
    observePending: (listener: (count: number) => void) => observePendingSubmissions(db, listener),
    observeRecordState: (recordId: string, listener: (state: RecordState | undefined) => void) => observeRecordState(db, recordId, listener),
    /** Validates (the same registry as the server, with this device's known versions) and queues. */
    async saveSubmission(payload: unknown) {
      const saved = await saveRecord(db, device, { kind: FORM_SUBMISSION_KIND, schemaVersion: 1, payload }, language());
      if (saved.ok) services.runner.schedule();
      return saved;
    },
  };
}
