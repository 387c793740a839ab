import { createResource, createSignal, type Accessor } from 'solid-js';
import type { FormDefinition } from '../../../core/forms';
import { EVENT_ID_PATTERN } from '../../../core/events/event';
import type { Problem } from '../../../core/problems/problem';
import { closeFormLink, createFromTemplate, fetchFormLinks, makeFormLink, type AnswerLimit, type FormLink, type ListedFormLink } from './staff-api';

/**
 * The staff screen's links for the chosen event, as the server lists them: they survive a reload, show their
 * answers so far, and can be closed. Making or closing one reads the list again (the server is the truth).
 */
export function createFormLinks(eventId: Accessor<string>) {
  const valid = () => (EVENT_ID_PATTERN.test(eventId()) ? eventId() : undefined);
  const [listed, { refetch }] = createResource(valid, fetchFormLinks);
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [busy, setBusy] = createSignal<string>();

  const links = (): ListedFormLink[] => {
    const answer = listed.latest;
    return answer?.ok ? answer.value.links : [];
  };
  const listProblem = (): Problem | undefined => {
    const answer = listed.latest;
    return answer && !answer.ok ? answer.problem : undefined;
  };
  const linkOf = (formId: string) => links().find((l) => l.formId === formId);

  async function act(key: string, work: () => Promise<{ ok: true } | { ok: false; problem: Problem }>): Promise<void> {
    setBusy(key);
    try {
      const result = await work();
      if (result.ok) {
        setProblems(({ [key]: _, ...rest }) => rest);
        await refetch();
      } else setProblems((all) => ({ ...all, [key]: result.problem }));
    } finally {
      setBusy(undefined);
    }
  }

  const make = (formId: string, answerLimit: AnswerLimit | undefined) => act(formId, () => makeFormLink(formId, eventId(), answerLimit));
  const close = (formId: string) => act(formId, () => closeFormLink(formId, eventId()));

  /**
   * A template (the urna virtual) in one step: its copy for this event ("urna-<evento>", made once, titled with
   * the event's name) and the copy's link. `others` are the forms already stored, so a second click reuses the copy.
   */
  const makeFromTemplate = (template: FormDefinition, eventName: string | undefined, others: readonly FormDefinition[], answerLimit: AnswerLimit | undefined, onCreated: () => void) =>
    act(template.id, async () => {
      const id = copyIdOf(template, eventId());
      if (!others.some((f) => f.id === id)) {
        const created = await createFromTemplate(template, id, eventName ? `${template.title.es} — ${eventName}` : template.title.es);
        if (!created.ok) return created;
        onCreated();
      }
      return makeFormLink(id, eventId(), answerLimit);
    });

  return { links, linkOf, listProblem, problems, busy, make, close, makeFromTemplate };
}

/** The id of a template's copy for an event: "urna-<evento>" for the urna virtual, "<plantilla>-<evento>" otherwise. */
export const copyIdOf = (template: FormDefinition, eventId: string) =>
  `${template.id === 'urna-virtual' ? 'urna' : template.id}-${eventId}`.slice(0, 64).replace(/-+$/, '');

/** Where the kiosk and the printable poster of a link live (the citizen path is the server's). */
export const kioskPath = (link: FormLink) => link.path.replace(/^\/f\//, '/kiosco/');
export const posterPath = (link: FormLink) =>
  `/formularios/${encodeURIComponent(link.formId)}/cartel/${encodeURIComponent(link.eventId)}/${encodeURIComponent(link.signature)}`;
export const resultsPath = (formId: string, eventId?: string) =>
  `/formularios/${encodeURIComponent(formId)}/resultados${eventId ? `/${encodeURIComponent(eventId)}` : ''}`;
