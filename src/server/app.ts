import { Hono } from 'hono';
import { defaultCatalogues, type Catalogues } from '../core/catalogues';
import { recordKinds } from '../core/records/registry';
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
import { colombianHolidayCalendar } from '../core/time';
import { reportsResource } from './reports/reports-resource';
import type { MemoriaPdfPrinter } from './reports/memoria-pdf';
import { commitmentsResource } from './commitments/commitments-resource';
import { authLayer, type AuthOptions } from './auth/auth-layer';
import { authorizePush, pushRecordGate } from './auth/push-authorization';
import { pullScope } from './auth/pull-scope';

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
  auth.mount(app);

  app.route(
    '/api/v1/sync',
    syncResource({
      store: options.stores.sync,
      // Form submissions are judged by the stored form versions, and their links by the server key.
      registry: recordKinds(options.catalogues ?? defaultCatalogues, {
        lookup: (formId, version) => options.stores.forms.lookup(formId, version),
        verifyLink: ed25519LinkVerifier(options.signingKey.publicKeyBase64Url),
      }),
      admit: answerLimitAdmission(options.stores.forms, options.stores.submissions),
      now,
      afterCommit: options.afterSyncCommit,
      authorizePush,
      recordGate: pushRecordGate,
    }),
  );
  app.route('/api/v1/health', healthResource({ store: options.stores.sync, version: options.version, now }));

  // Events, passes, attendance and pull. Who may call each route: src/server/auth/route-policies.ts.
  const eventCatalogues = options.catalogues ?? defaultCatalogues;
  const issuePass = passIssuer(options.stores.passes, options.signingKey.sign);
  app.route('/api/v1/events', eventsResource({ store: options.stores.events, catalogues: eventCatalogues, now }));
  app.route(
    '/api/v1/events',
    registrationsResource({
      sync: options.stores.sync,
      passes: options.stores.passes,
      events: options.stores.events,
      catalogues: eventCatalogues,
      issuePass,
      now,
    }),
  );
  app.route(
    '/api/v1/events',
    attendanceResource({ store: options.stores.attendance, events: options.stores.events, catalogues: eventCatalogues }),
  );
  app.route('/api/v1/keys', signingKeyResource(options.signingKey));
  app.route('/api/v1/pull', pullResource({ store: options.stores.pull, issuePass, now, scope: pullScope }));
  // Forms and escuchadero (route policies as above).
  const formCatalogues = options.catalogues ?? defaultCatalogues;
  // Colombia's holidays for any year, for the escuchadero's 15 working days.
  const holidays = colombianHolidayCalendar();
  app.route(
    '/api/v1/forms',
    formsResource({ forms: options.stores.forms, submissions: options.stores.submissions, catalogues: formCatalogues, signLink: options.signingKey.sign, now }),
  );
  app.route('/api/v1/form-links', formLinkListRoutes({ forms: options.stores.forms, submissions: options.stores.submissions, signLink: options.signingKey.sign, now }));
  app.route('/api/v1/escuchadero', escuchaderoResource({ store: options.stores.escuchadero, commitments: options.stores.commitments, catalogues: formCatalogues, holidays, now }));
  // Reports and exports (route policies as above).
  app.route('/api/v1', reportsResource({ events: options.stores.events, reports: options.stores.reports, forms: options.stores.forms, commitments: options.stores.commitments, catalogues: formCatalogues, holidays, now, logError, printMemoria: options.printMemoria }));
  // Commitments (issue 14): planning writes, staff reads (route policies as above).
  app.route('/api/v1/commitments', commitmentsResource({ store: options.stores.commitments, catalogues: formCatalogues, audit: auth.audit, now }));
  app.all('/api/*', (c) => problemResponse(c, problem('resource.not_found')));
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
