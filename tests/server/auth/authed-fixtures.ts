import type { StaffSession } from '../../support/auth-bootstrap';
import { eventDraft } from '../events/fixtures';

/** Creates an event as a staff member; fails on anything but 201. */
export async function createEvent(url: string, staff: StaffSession, id: string, over: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: staff.headers(), body: JSON.stringify({ id, ...eventDraft(over) }) });
  if (response.status !== 201) throw new Error(`POST /events respondió ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { event: { id: string; revision: number } }).event;
}
