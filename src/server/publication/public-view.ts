import { commitmentStanding, updatesByCommitment, type Commitment } from '../../core/commitments';
import type { EventDocument } from '../../core/events';
import type { FormDefinitionLookup, FormSubmission } from '../../core/forms';
import type { PublicAnswer, PublicCommitment, PublicEvent, PublicEventDetail, PublicEventList, PublicFigures, PublicFilter } from '../../core/publication';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { bogotaToday } from '../../core/time';
import { currentCase, entryPublishable } from '../escuchadero/entry-view';
import { eventReport } from '../reports/event-report';
import type { ReportDeps } from '../reports/report-deps';
import type { CommitmentStore } from '../store/commitment-store';
import type { EscuchaderoEntry, EscuchaderoStore } from '../store/escuchadero-store';
import type { PublicationStore } from '../store/publication-store';
import { publicEventOf } from '../../core/events/public-event';

export interface PublicViewDeps extends ReportDeps {
  publications: PublicationStore;
  escuchadero: EscuchaderoStore;
  commitments: CommitmentStore;
}

/** What the public may read, computed from the stores; undefined = not published (the caller answers 404). */
export interface PublicView {
  events(): Promise<PublicEventList>;
  event(id: string): Promise<PublicEventDetail | undefined>;
  answers(filter: PublicFilter): Promise<PublicAnswer[]>;
  answer(id: string): Promise<PublicAnswer | undefined>;
  commitments(filter: PublicFilter): Promise<PublicCommitment[]>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function publicEvent(event: EventDocument, upcoming: boolean): PublicEvent {
  return {
    ...publicEventOf(event),
    territory: event.territory,
    ...(upcoming ? { registrationUrl: `/eventos/${encodeURIComponent(event.id)}/inscripcion` } : {}),
  };
}

/** Only the fields named here leave the server: the entry's contact answers and tracking code never do. */
function publicAnswer(entry: EscuchaderoEntry, lookup: FormDefinitionLookup): PublicAnswer | undefined {
  const answers = (entry.payload as FormSubmission).answers as Record<string, unknown>;
  const current = currentCase(entry);
  if (!entryPublishable(entry, lookup) || (current.state !== 'answered' && current.state !== 'closed')) return undefined;
  return {
    id: entry.recordId,
    eventId: entry.eventId,
    type: text(answers.tipo),
    topic: typeof answers.tema === 'string' ? answers.tema : null,
    territory: text(answers.territorio),
    question: text(answers.mensaje),
    answer: current.answer,
    answeredAt: current.answeredAt,
  };
}

const matches = (filter: PublicFilter, item: { territory?: string | null; topic?: string | null; office?: string; eventId: string }) =>
  (filter.territory === undefined || item.territory === filter.territory) &&
  (filter.topic === undefined || item.topic === filter.topic) &&
  (filter.office === undefined || item.office === filter.office) &&
  (filter.eventId === undefined || item.eventId === filter.eventId);

export function publicView(deps: PublicViewDeps): PublicView {
  const hasEnded = (event: EventDocument) => event.status === 'closed' || Date.parse(event.endsAt) <= deps.now().getTime();

  const publishedEvents = async (): Promise<EventDocument[]> => {
    const ids = await deps.publications.publishedIds('event');
    return (await deps.events.list()).filter((event) => ids.has(event.id)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  };

  const answers = async (filter: PublicFilter): Promise<PublicAnswer[]> => {
    const ids = await deps.publications.publishedIds('answer');
    if (ids.size === 0) return [];
    const entries = await deps.escuchadero.entries({ formId: ESCUCHADERO_FORM_ID, ...(filter.eventId ? { eventId: filter.eventId } : {}) });
    return entries
      .filter((entry) => ids.has(entry.recordId))
      .map((entry) => publicAnswer(entry, deps.forms.lookup))
      .filter((answer): answer is PublicAnswer => answer !== undefined && matches(filter, answer))
      .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
  };

  /** Commitments are public with their event: the memoria of a published event includes them. */
  const commitments = async (filter: PublicFilter, events?: readonly EventDocument[]): Promise<PublicCommitment[]> => {
    const eventIds = (events ?? (await publishedEvents())).map((event) => event.id).filter((id) => filter.eventId === undefined || id === filter.eventId);
    if (eventIds.length === 0) return [];
    const list = await deps.commitments.list({ eventIds, ...pick(filter) });
    const updatesOf = updatesByCommitment(await deps.commitments.updates(list.map((x) => x.id)));
    const today = bogotaToday(deps.now().getTime());
    return list.map((commitment) => publicCommitment(commitment, updatesOf(commitment.id), today));
  };

  const figures = async (event: EventDocument, commitmentCount: number): Promise<PublicFigures> => {
    // The public audience: small cells suppressed exactly as in the reports.
    const report = await eventReport(deps, event, 'public');
    return {
      attendance: report.attendance.total,
      byTerritory: report.attendance.breakdowns.territory.cells.map((cell) => ({ key: cell.key, value: cell.value })),
      satisfaction: { responses: report.satisfaction.responses, mean: report.satisfaction.mean },
      escuchadero: { received: report.escuchadero.summary.received, answered: report.escuchadero.summary.answered },
      interpreterRequests: report.accessibility.interpreters.people,
      commitments: commitmentCount,
    };
  };

  return {
    async events() {
      const events = await publishedEvents();
      return {
        upcoming: events.filter((event) => !hasEnded(event)).map((event) => publicEvent(event, true)),
        past: events.filter(hasEnded).reverse().map((event) => publicEvent(event, false)),
      };
    },
    async event(id) {
      if (!(await deps.publications.isPublished('event', id))) return undefined;
      const stored = await deps.events.get(id);
      if (!stored) return undefined;
      const event = stored.event;
      const ended = hasEnded(event);
      const [eventAnswers, eventCommitments] = await Promise.all([answers({ eventId: id }), commitments({ eventId: id }, [event])]);
      return {
        event: publicEvent(event, !ended),
        ...(ended ? { figures: await figures(event, eventCommitments.length) } : {}),
        answers: eventAnswers,
        commitments: eventCommitments,
      };
    },
    answers,
    async answer(id) {
      if (!(await deps.publications.isPublished('answer', id))) return undefined;
      const entry = await deps.escuchadero.entry(ESCUCHADERO_FORM_ID, id);
      return entry === undefined ? undefined : publicAnswer(entry, deps.forms.lookup);
    },
    commitments: (filter) => commitments(filter),
  };
}

const pick = (filter: PublicFilter) => ({
  ...(filter.territory ? { territory: filter.territory } : {}),
  ...(filter.office ? { office: filter.office } : {}),
  ...(filter.topic ? { topic: filter.topic } : {}),
});

function publicCommitment(commitment: Commitment, updates: Parameters<typeof commitmentStanding>[1], today: string): PublicCommitment {
  const standing = commitmentStanding(commitment, updates, today);
  return {
    id: commitment.id,
    eventId: commitment.eventId,
    title: commitment.title,
    ...(commitment.description ? { description: commitment.description } : {}),
    office: commitment.office,
    ...(commitment.territory ? { territory: commitment.territory } : {}),
    ...(commitment.topic ? { topic: commitment.topic } : {}),
    dueDate: commitment.dueDate,
    status: standing.status,
    percent: standing.percent,
    updates: updates.map((u) => ({ date: u.date, percent: u.percent, text: u.text, ...(u.evidenceUrl ? { evidenceUrl: u.evidenceUrl } : {}) })),
  };
}
