import type { CommitmentStatus } from '../commitments';
import type { PublicEvent as PublicEventCard } from '../events/public-event';
import type { PublishedCount } from '../indicators/publish-breakdown';

/*
 * What the public API (/api/v1/public/…) and the /rendicion pages show. Every field is chosen here on purpose:
 * nothing personal (no name, document, contact or tracking code), and counts about people as the reports
 * publish them (small cells suppressed).
 */

/** An event as the convocatoria announces it: the public card every event has, with its territory and where to register. */
export interface PublicEvent extends PublicEventCard {
  territory: string;
  /** Where citizens register before it (the PWA's registration page), for upcoming events. */
  registrationUrl?: string;
}

/** Key figures of a past event, from its report as published to anyone. */
export interface PublicFigures {
  attendance: number;
  /** Attendees by territory (consented answers), small cells suppressed. */
  byTerritory: { key: string; value: PublishedCount }[];
  satisfaction: { responses: number; mean: number | null };
  escuchadero: { received: number; answered: number };
  interpreterRequests: PublishedCount;
  commitments: number;
}

/** An escuchadero question the citizen allowed to publish and the office published, with its answer. */
export interface PublicAnswer {
  id: string;
  eventId: string;
  type: string;
  topic: string | null;
  territory: string;
  question: string;
  answer: string;
  answeredAt: string;
}

export interface PublicCommitment {
  id: string;
  eventId: string;
  title: string;
  description?: string;
  office: string;
  territory?: string;
  topic?: string;
  dueDate: string;
  status: CommitmentStatus;
  percent: number;
  /** The progress reports, oldest first: date, percentage, text, evidence link. */
  updates: { date: string; percent: number; text: string; evidenceUrl?: string }[];
}

/** GET /api/v1/public/events. */
export interface PublicEventList {
  upcoming: PublicEvent[];
  past: PublicEvent[];
}

/** GET /api/v1/public/events/:id: the published memoria. */
export interface PublicEventDetail {
  event: PublicEvent;
  /** Only once the event has ended. */
  figures?: PublicFigures;
  answers: PublicAnswer[];
  commitments: PublicCommitment[];
}

/** Filters of the public lists: territory, dependency (office), plan topic. */
export interface PublicFilter {
  territory?: string;
  office?: string;
  topic?: string;
  eventId?: string;
}
