import { fetchEventList } from '../forms/staff-api';

let cached: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * Event names by id, read once per page load: commitments are shown with their event's name, never its id.
 * A failed read is not kept, so the next screen asks again.
 */
export function eventNames(): Promise<ReadonlyMap<string, string>> {
  cached ??= fetchEventList().then((answer) => {
    if (!answer.ok) {
      cached = undefined;
      return new Map<string, string>();
    }
    return new Map(answer.value.events.map((event) => [event.id, event.name]));
  });
  return cached;
}
