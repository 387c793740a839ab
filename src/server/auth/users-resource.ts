import { Hono } from 'hono';
import { newUserSchema, userPatchSchema } from '../../core/auth/accounts';
import { userEventsSchema } from '../../core/auth/user-events';
import { problem } from '../../core/problems/problem';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { principalOf } from './authorize';
import { hashPassword } from './passwords';
import { newId } from './secrets';
import { userView } from './user-view';

interface UsersDeps {
  store: AuthStore;
  audit: Audit;
  now: () => Date;
}

const activeAdministrators = async (store: AuthStore) =>
  (await store.listUsers()).filter((u) => u.role === 'administrador' && u.disabledAt === null).length;

/** /api/v1/users: the administrator manages staff accounts (authorization: route-policies.ts). */
export function usersResource(deps: UsersDeps): Hono {
  const resource = new Hono();
  const small = limitBody(8 * 1024);

  resource.get('/', async (c) => c.json({ users: (await deps.store.listUsers()).map(userView) }));

  resource.post('/', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), newUserSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const { email, name, password, role } = request.value;
    const user = { id: newId(), email, name, role, passwordHash: await hashPassword(password), disabledAt: null, createdAt: deps.now().toISOString() };
    if (!(await deps.store.createUser(user))) return problemResponse(c, problem('user.email_taken'));
    await deps.audit(principalOf(c)!, { action: 'user.create', target: user.id, details: { role } });
    return c.json({ user: userView(user) }, 201);
  });

  resource.patch('/:id', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), userPatchSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const id = c.req.param('id');
    const current = await deps.store.userById(id);
    if (!current) return problemResponse(c, problem('resource.not_found'));
    const { role, name, disabled } = request.value;
    // Nobody could ever administer again: the last active administrador keeps the role.
    const stepsDown = current.role === 'administrador' && current.disabledAt === null && (disabled === true || (role !== undefined && role !== 'administrador'));
    if (stepsDown && (await activeAdministrators(deps.store)) <= 1) return problemResponse(c, problem('user.last_admin'));
    const at = deps.now().toISOString();
    const disabledAt = disabled === undefined ? undefined : disabled ? (current.disabledAt ?? at) : null;
    const updated = await deps.store.updateUser(id, { role, name, disabledAt }, at);
    // A disabled account, or one whose role changed, signs in again: no session keeps old rights.
    if (disabled === true || (role !== undefined && role !== current.role)) await deps.store.deleteSessionsOf(id);
    await deps.audit(principalOf(c)!, { action: 'user.update', target: id, details: { role: role ?? null, disabled: disabled ?? null, renamed: name !== undefined } });
    return c.json({ user: userView(updated!) });
  });

  // A campo account's assigned events (issue 12): the office decides which events a field session touches.
  resource.get('/:id/events', async (c) => {
    const id = c.req.param('id');
    if (!(await deps.store.userById(id))) return problemResponse(c, problem('resource.not_found'));
    return c.json({ eventIds: await deps.store.userEvents(id) });
  });

  resource.put('/:id/events', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), userEventsSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const id = c.req.param('id');
    if (!(await deps.store.userById(id))) return problemResponse(c, problem('resource.not_found'));
    const { eventIds } = request.value;
    await deps.store.setUserEvents(id, eventIds, deps.now().toISOString());
    await deps.audit(principalOf(c)!, { action: 'user.events_assign', target: id, details: { eventIds } });
    return c.json({ eventIds });
  });
  return resource;
}
