import type { Hono } from 'hono';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { auditResource } from './audit-resource';
import { devicesResource } from './devices-resource';
import { peopleResource } from './people-resource';
import { sessionResource } from './session-resource';
import { setupResource } from './setup-resource';
import { usersResource } from './users-resource';

/** Mounts setup, session, users, devices, audit and habeas-data routes under /api/v1. */
export function mountAuthResources(app: Hono, deps: { store: AuthStore; audit: Audit; now: () => Date }): void {
  app.route('/api/v1/setup', setupResource(deps));
  app.route('/api/v1/session', sessionResource(deps));
  app.route('/api/v1/users', usersResource(deps));
  app.route('/api/v1/devices', devicesResource(deps));
  app.route('/api/v1/audit', auditResource(deps.store));
  app.route('/api/v1/people', peopleResource(deps));
}
