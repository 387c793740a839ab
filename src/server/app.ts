import { Hono } from 'hono';
import { defaultCatalogues, type Catalogues } from '../core/catalogues';
import { recordKinds } from '../core/records/registry';
import { compiledKinds } from '../core/records/kind-registry';
import { problem } from '../core/problems/problem';
import type { Stores } from './store/stores';
import type { SigningKey } from './keys/signing-key';
import { problemResponse } from './http/problem-response';
import { securityHeaders } from './http/security-headers';
import { requestAbandoned, settleUnreadBody } from './http/unread-body';
import { staticFiles } from './http/static-files';
import { syncResource } from './sync/sync-resource';
import { healthResource } from './health/health-resource';
import { eventsResource } from './events/events-resource';
import { publicEventsResource } from './events/public-events-resource';
import { attendanceResource } from './attendance/attendance-resource';
import { passIssuer } from './passes/pass-issuer';
import { registrationsResource } from './passes/registrations-resource';
import { signingKeyResource } from './passes/signing-key-resource';
import { pullResource } from './pull/pull-resource';
import { formsResource } from './forms/forms-resource';
import { formLinkListRoutes } from './forms/form-link-routes';
import { ed25519LinkVerifier } from './forms/link-verifier';
import { answerLimitAdmission } from './forms/answer-admission';
import { escuchaderoResource } from './escuchadero/escuchadero-resource';
import { colombianHolidayCalendar, type Holidays } from '../core/time';
import { currentTerritories, type ReportDeps } from './reports/report-deps';
import { reportsResource } from './reports/reports-resource';
import type { MemoriaPdfPrinter } from './reports/memoria-pdf';
import type { ReportWorkers } from './reports/report-worker-pool';
import type { ExportWorkers } from './reports/export-workers';
import { commitmentsResource } from './commitments/commitments-resource';
import { publicationResource } from './publication/publication-resource';
import { publicResource } from './publication/public-resource';
import { publicView } from './publication/public-view';
import { rendicionPages } from './publication/rendicion-pages';
import { authLayer, type AuthOptions } from './auth/auth-layer';
import { authorizePush, pushRecordGate } from './auth/push-authorization';
import { pullScope } from './auth/pull-scope';
import { liveSettings } from './settings/live-settings';
import { settingsResource } from './settings/settings-resource';

export interface AppOptions {
  stores: Stores;
  /** Signs attendee passes and form links (src/server/keys). */
  signingKey: SigningKey;
  staticDir: string;
  version: string;
  catalogues?: Catalogues;
  now?: () => Date;
  afterSyncCommit?: () => void;
  /** Where unexpected errors are written (the client only ever sees 'server.error'). */
  logError?: (error: unknown) => void;
  /** Rate limits and proxy trust of the authorization layer (src/server/auth). */
  auth?: AuthOptions;
  /** Prints the memoria as PDF; absent: this machine's Chromium (src/server/reports/memoria-pdf.ts). */
  printMemoria?: MemoriaPdfPrinter;
  /** Records per pull page (tests make it small); absent: PULL_PAGE_SIZE. */
  pullPageSize?: number;
  /** Period and event reports off the main thread (src/server/reports/report-worker-pool.ts); absent: in process. */
  reportWorkers?: Pick<ReportWorkers, 'period' | 'event'>;
  /** Listado exports off the main thread (src/server/reports/export-workers.ts); absent: in process. */
  exportWorkers?: Pick<ExportWorkers, 'listado'>;
}

/** The whole HTTP surface, built from its dependencies: nothing here is a module-level singleton. */
export function createApp(options: AppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const app = new Hono();

  // Outermost: it sees the final answer, whichever layer made it.
  app.use(settleUnreadBody());
  app.use(securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // Who may do what: one middleware resolves the caller and applies src/server/auth/route-policies.ts.
  const auth = authLayer(options.stores.auth, now, options.auth);
  app.use('/api/*', auth.middleware);
  app.use('/rendicion/*', auth.middleware); // also matches /rendicion itself
  auth.mount(app);

  // Entity settings: territories, topics, offices and notices follow them while the server runs (issue 13).
  const settings = liveSettings(options.stores.settings, options.catalogues ?? defaultCatalogues);
  app.use('/api/*', async (_c, next) => {
    await settings.refresh();
    await next();
  });
  app.route('/api/v1/settings', settingsResource({ store: options.stores.settings, live: settings, audit: auth.audit, now }));
  const catalogues = settings.catalogues;

  app.route(
    '/api/v1/sync',
    syncResource({
      store: options.stores.sync,
      // Form submissions are judged by the stored form versions, and their links by the server key.
      registry: settings.registry((current, notices) =>
        compiledKinds(
          recordKinds(
            current,
            {
              lookup: (formId, version) => options.stores.forms.lookup(formId, version),
              verifyLink: ed25519LinkVerifier(options.signingKey.publicKeyBase64Url),
            },
            notices,
          ),
        ),
      ),
      admit: answerLimitAdmission(options.stores.forms, options.stores.submissions),
      now,
      afterCommit: options.afterSyncCommit,
      authorizePush,
      recordGate: pushRecordGate,
    }),
  );
  app.route('/api/v1/health', healthResource({ store: options.stores.sync, version: options.version, now }));

  // Events, passes, attendance and pull. Who may call each route: src/server/auth/route-policies.ts.
  const eventCatalogues = catalogues;
  const issuePass = passIssuer(options.stores.passes, options.signingKey.sign);
  // Lists and exports name each door by its label; devices are a handful, read when a list is asked for.
  const deviceLabels = async () => new Map((await options.stores.auth.listDevices()).map((d) => [d.deviceId, d.label]));
  app.route('/api/v1/events', eventsResource({ store: options.stores.events, catalogues: eventCatalogues, now }));
  app.route('/api/v1/public/events', publicEventsResource({ store: options.stores.events }));
  app.route(
    '/api/v1/events',
    registrationsResource({
      sync: options.stores.sync,
      passes: options.stores.passes,
      events: options.stores.events,
      catalogues: eventCatalogues,
      notices: settings.notices,
      issuePass,
      now,
    }),
  );
  app.route(
    '/api/v1/events',
    attendanceResource({ store: options.stores.attendance, events: options.stores.events, catalogues: eventCatalogues, deviceLabels }),
  );
  app.route('/api/v1/keys', signingKeyResource(options.signingKey));
  app.route('/api/v1/pull', pullResource({ store: options.stores.pull, issuePass, now, scope: pullScope, pageSize: options.pullPageSize, deviceLabels }));
  // Forms and escuchadero (route policies as above).
  const formCatalogues = catalogues;
  // Colombia's holidays for any year, for the escuchadero's 15 working days.
  const holidays = colombianHolidayCalendar();
  // The current settings' territories name things (form questions, territory columns); catalogues keep every version's codes.
  const territories = () => currentTerritories({ catalogues: formCatalogues, settingsHistory: settings.history });
  app.route(
    '/api/v1/forms',
    formsResource({ forms: options.stores.forms, submissions: options.stores.submissions, catalogues: formCatalogues, territories, signLink: options.signingKey.sign, now }),
  );
  app.route('/api/v1/form-links', formLinkListRoutes({ forms: options.stores.forms, submissions: options.stores.submissions, signLink: options.signingKey.sign, now }));
  app.route('/api/v1/escuchadero', escuchaderoResource({ store: options.stores.escuchadero, commitments: options.stores.commitments, publications: options.stores.publications, forms: options.stores.forms, catalogues: formCatalogues, holidays, now }));
  // Reports and exports (route policies as above).
  app.route('/api/v1', reportsResource({ ...reportDeps(options.stores, formCatalogues, holidays, now, logError), deviceLabels, settingsHistory: settings.history, printMemoria: options.printMemoria, workers: options.reportWorkers, exportWorkers: options.exportWorkers }));
  // Commitments (issue 14): planning writes, staff reads (route policies as above).
  app.route('/api/v1/commitments', commitmentsResource({ store: options.stores.commitments, catalogues: formCatalogues, audit: auth.audit, people: options.stores.auth, now }));
  // Publication (issue 14): planning chooses what /rendicion shows; anyone reads it, as JSON or as HTML pages.
  const stores = options.stores;
  app.route('/api/v1', publicationResource({ publications: stores.publications, events: stores.events, escuchadero: stores.escuchadero, forms: stores.forms, audit: auth.audit, now }));
  const published = publicView({ ...reportDeps(stores, formCatalogues, holidays, now, logError), publications: stores.publications, escuchadero: stores.escuchadero, commitments: stores.commitments });
  app.route('/api/v1/public', publicResource(published, formCatalogues));
  app.all('/api/*', (c) => problemResponse(c, problem('resource.not_found')));
  app.route('/rendicion', rendicionPages(published, formCatalogues, now, { name: () => settings.current().settings.entityName, territories }));
  app.get('*', staticFiles(options.staticDir));

  auth.checkEveryRouteHasPolicy(app);

  app.notFound((c) => problemResponse(c, problem('resource.not_found')));
  app.onError((error, c) => {
    // A client that hung up or timed out mid-body is not a server fault; nobody reads this answer.
    if (!requestAbandoned(c)) logError(error);
    return problemResponse(c, problem('server.error'));
  });
  return app;
}

function reportDeps(stores: Stores, catalogues: Catalogues, holidays: Holidays, now: () => Date, logError: (error: unknown) => void): ReportDeps {
  return { events: stores.events, reports: stores.reports, forms: stores.forms, commitments: stores.commitments, catalogues, holidays, now, logError };
}
