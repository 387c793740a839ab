import type { FormDefinition, FormDefinitionLookup } from '../../core/forms';
import type { AnswerLimit } from '../forms/answer-limit';


/** Form versions and per-event form settings. Stored versions never change; editing adds one. */
export interface FormStore {
  /** Synchronous, served from memory: record validation (validateRecord) is synchronous and reads it. */
  lookup: FormDefinitionLookup;
  /** The newest version of each form, ordered by id. */
  latest(): FormDefinition[];
  latestOf(formId: string): FormDefinition | undefined;
  /** Stored version numbers of a form, ascending ([] for an unknown form). */
  versionsOf(formId: string): number[];
  /** Stores the version unless (id, version) is taken; either way answers what is stored there afterwards. */
  saveVersion(definition: FormDefinition, savedAt: string): Promise<{ saved: boolean; stored: FormDefinition }>;
  /** Read inside SyncStore.atomically by the answer-limit check, so it sees what the batch write will see. */
  /** undefined until the office sets one (callers then apply defaultAnswerLimit). */
  answerLimit(formId: string, eventId: string): Promise<AnswerLimit | undefined>;
  setAnswerLimit(formId: string, eventId: string, limit: AnswerLimit, at: string): Promise<void>;
  /** Remembers that a link was made for (form, event); making it again keeps the first date and its state. */
  recordLink(formId: string, eventId: string, at: string): Promise<void>;
  /** The links made for an event, oldest first, with their answer limit as stored (undefined = default). */
  linksOf(eventId: string): Promise<StoredFormLink[]>;
  /** Closes a link; false when no link was made for (form, event). Closing again keeps the first date. */
  closeLink(formId: string, eventId: string, at: string): Promise<boolean>;
  /** Read inside SyncStore.atomically, like answerLimit: a closed link's answers are refused. */
  linkClosed(formId: string, eventId: string): Promise<boolean>;
}

export interface StoredFormLink {
  formId: string;
  eventId: string;
  createdAt: string;
  closedAt?: string;
  answerLimit?: AnswerLimit;
}
