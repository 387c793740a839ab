import { createSignal } from 'solid-js';
import type { StaffUser } from '../../../core/auth/accounts';
import type { Role } from '../../../core/auth/roles';
import type { Problem } from '../../../core/problems/problem';
import { authCall } from './auth-api';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** /administracion/usuarios: staff accounts — list, create with a role, disable or enable. */
export function createUserAdmin() {
  const [users, setUsers] = createSignal<StaffUser[]>();
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);

  async function load(): Promise<void> {
    const answer = await authCall<{ users: StaffUser[] }>('GET', '/api/v1/users');
    if (answer.ok) {
      setUsers(answer.value.users);
      setProblem(undefined);
    } else setProblem(answer.problem);
  }

  async function run(call: () => ReturnType<typeof authCall<unknown>>): Promise<boolean> {
    setBusy(true);
    try {
      const answer = await call();
      if (!answer.ok) {
        setProblem(answer.problem);
        return false;
      }
      setProblem(undefined);
      await load();
      return true;
    } finally {
      setBusy(false);
    }
  }

  return {
    users,
    problem,
    busy,
    load,
    create: (user: NewUser) => run(() => authCall('POST', '/api/v1/users', user)),
    setDisabled: (id: string, disabled: boolean) => run(() => authCall('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, { disabled })),
    /** A campo account's assigned events (undefined when they could not be read: the problem says why). */
    assignedEvents: async (id: string): Promise<string[] | undefined> => {
      const answer = await authCall<{ eventIds: string[] }>('GET', `/api/v1/users/${encodeURIComponent(id)}/events`);
      if (answer.ok) return answer.value.eventIds;
      setProblem(answer.problem);
      return undefined;
    },
    // Not through run(): reloading the list would redraw the cards and close the open assignment.
    assignEvents: async (id: string, eventIds: string[]): Promise<boolean> => {
      setBusy(true);
      try {
        const answer = await authCall('PUT', `/api/v1/users/${encodeURIComponent(id)}/events`, { eventIds });
        setProblem(answer.ok ? undefined : answer.problem);
        return answer.ok;
      } finally {
        setBusy(false);
      }
    },
  };
}
