import { createSignal } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import { makeFormLink, type AnswerLimit, type FormLink } from './staff-api';

/** The staff screen's links, one per form, for the event chosen on the screen. */
export function createFormLinks() {
  const [links, setLinks] = createSignal<Record<string, FormLink>>({});
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [busy, setBusy] = createSignal<string>();

  async function make(formId: string, eventId: string, answerLimit: AnswerLimit | undefined): Promise<void> {
    setBusy(formId);
    try {
      const result = await makeFormLink(formId, eventId, answerLimit);
      if (result.ok) {
        setLinks((all) => ({ ...all, [formId]: result.value }));
        setProblems(({ [formId]: _, ...rest }) => rest);
      } else setProblems((all) => ({ ...all, [formId]: result.problem }));
    } finally {
      setBusy(undefined);
    }
  }

  /** A link belongs to one event: choosing another event forgets them. */
  const forget = () => setLinks({});

  return { links, problems, busy, make, forget };
}

/** Where the kiosk and the printable poster of a link live (the citizen path is the server's). */
export const kioskPath = (link: FormLink) => link.path.replace(/^\/f\//, '/kiosco/');
export const posterPath = (link: FormLink) =>
  `/formularios/${encodeURIComponent(link.formId)}/cartel/${encodeURIComponent(link.eventId)}/${encodeURIComponent(link.signature)}`;
export const resultsPath = (formId: string, eventId?: string) =>
  `/formularios/${encodeURIComponent(formId)}/resultados${eventId ? `/${encodeURIComponent(eventId)}` : ''}`;
