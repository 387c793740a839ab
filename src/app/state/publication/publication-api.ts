import { api } from '../events/api';

/** The planning office's publication calls (PUT …/publication, src/server/publication). */
export const fetchEventPublication = (eventId: string) =>
  api<{ published: boolean }>('GET', `/api/v1/events/${encodeURIComponent(eventId)}/publication`);
export const setEventPublished = (eventId: string, published: boolean) =>
  api<{ published: boolean }>('PUT', `/api/v1/events/${encodeURIComponent(eventId)}/publication`, { published });
export const setAnswerPublished = (recordId: string, published: boolean) =>
  api<{ published: boolean }>('PUT', `/api/v1/escuchadero/${encodeURIComponent(recordId)}/publication`, { published });
