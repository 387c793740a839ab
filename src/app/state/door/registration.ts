import { createSignal } from 'solid-js';
import { catalogueVersion } from '../settings/entity-settings';
import { uuidV7 } from '../../../core/ids/uuidv7';
import type { Problem } from '../../../core/problems/problem';
import { keepMyPass } from '../../storage/door-queries';
import type { MyPass } from '../../storage/door-tables';
import { postRegistration } from '../events/events-api';
import { dataServices } from '../services';
import { createPersonForm } from './person-form';
import { bogotaIsoString } from '../../../core/time';

export type RegistrationOutcome = { kind: 'registered'; pass: MyPass } | { kind: 'invalid' } | { kind: 'offline' } | { kind: 'failed'; problem: Problem };

/**
 * Pre-registration: the person's answers go to the server, which signs their pass. The pass is kept on this
 * device ("Mis pases") so it can be shown at the door with no signal.
 */
export function createRegistration(eventId: string, event: () => { name: string; startsAt?: string; place?: string | undefined } | undefined) {
  const person = createPersonForm();
  const [outcome, setOutcome] = createSignal<RegistrationOutcome>();
  const [saving, setSaving] = createSignal(false);
  // One id per form: a retry after a lost answer is recognised by the server and gets the same pass.
  let attendeeId: string | undefined;
  let registeredAt: string | undefined;

  async function submit(): Promise<RegistrationOutcome> {
    if (saving()) return { kind: 'invalid' };
    setSaving(true);
    try {
      const now = new Date();
      attendeeId ??= uuidV7(now.getTime(), crypto.getRandomValues(new Uint8Array(10)));
      registeredAt ??= bogotaIsoString(now.getTime());
      const services = await dataServices().catch(() => undefined);
      const body = { ...person.payload(), eventId, registeredAt, catalogueVersion: catalogueVersion(), attendeeId, ...(services ? { deviceId: services.deviceId } : {}) };
      const answer = await postRegistration(eventId, body);
      let next: RegistrationOutcome;
      if (answer.ok) {
        const pass: MyPass = {
          attendeeId: answer.value.attendeeId,
          eventId,
          code: answer.value.pass,
          displayName: person.displayName(),
          eventName: event()?.name ?? eventId,
          startsAt: event()?.startsAt,
          place: event()?.place,
          receivedAt: now.toISOString(),
        };
        if (services) await keepMyPass(services.db, pass);
        next = { kind: 'registered', pass };
      } else if (answer.offline) next = { kind: 'offline' };
      else if (person.showProblem(answer.problem)) next = { kind: 'invalid' };
      else next = { kind: 'failed', problem: answer.problem };
      setOutcome(next);
      return next;
    } finally {
      setSaving(false);
    }
  }

  return { person, outcome, saving, submit };
}
