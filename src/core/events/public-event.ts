import type { EventDocument, EventModality } from './event';

/**
 * What anyone may read about an event without a session: what a poster on a wall already says (name,
 * date, place, modality, whether an LSC interpreter is booked). Never attendance, territory codes of
 * people, objectives under review or anything personal (Ley 1581): fields are picked one by one, so a
 * field added to the event document later stays private until it is added here on purpose.
 */
export interface PublicEvent {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineUrl?: string;
  modality: EventModality;
  lscInterpreterBooked: boolean;
}

export function publicEventOf(event: EventDocument): PublicEvent {
  return {
    id: event.id,
    name: event.name,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    ...(event.place === undefined ? {} : { place: event.place }),
    ...(event.onlineUrl === undefined ? {} : { onlineUrl: event.onlineUrl }),
    modality: event.modality,
    lscInterpreterBooked: event.lscInterpreterBooked,
  };
}
