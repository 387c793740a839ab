import * as z from 'zod/mini';
import type { FormDefinition } from '../forms/form-definition';
import { officeMessage } from '../problems/office-field-messages';

/** What the planning office can publish on /rendicion: an event (with its memoria), or an escuchadero answer. */
export const PUBLICATION_KINDS = ['event', 'answer'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** The body of PUT …/publication: publish (true) or withdraw (false). */
export const publicationRequestSchema = z.strictObject({
  published: z.boolean({ error: officeMessage('publication.published') }),
});

/** The escuchadero question that asks the citizen's consent to publish (default no: unanswered counts as no). */
export const PUBLISH_CONSENT_FIELD = 'publicar';

/**
 * The answered version asks the consent question. Escuchadero version 1 did not: its answers never consent.
 * A version is looked up as stored, so a server whose version 1 was seeded with the question still honours it.
 */
export const versionAsksConsent = (definition: Pick<FormDefinition, 'fields'> | undefined): boolean =>
  definition?.fields.some((field) => field.id === PUBLISH_CONSENT_FIELD && field.kind === 'yes-no') ?? false;

/** The citizen said yes to publishing their question and its answer (anything else, including no answer, is no). */
export const consentsToPublish = (answers: unknown): boolean =>
  typeof answers === 'object' && answers !== null && (answers as Record<string, unknown>)[PUBLISH_CONSENT_FIELD] === true;

/**
 * An answer may be published only when the citizen consented and there is an answer to show; it is public
 * only when, in addition, the planning office published it. Both checks live here so the office's toggle and
 * the public page can never disagree.
 */
export const answerPublishable = (answers: unknown, caseState: string): boolean =>
  consentsToPublish(answers) && (caseState === 'answered' || caseState === 'closed');
