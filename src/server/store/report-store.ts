import type { EscuchaderoEntry } from './escuchadero-store';
import type { StoredRecord } from './stored-record';
import type { RecordPages } from './kysely/record-pages';
import type { ListadoOrderStore } from './listado-order-store';

/** A stored form.submission as the reports read it. */
export interface ReportSubmission {
  recordId: string;
  formId: string;
  formVersion: number;
  eventId: string;
  answers: Record<string, unknown>;
}

/**
 * Read-only queries of the reports and exports (src/server/reports), over many events at once so a
 * period dashboard costs a few queries, not a few per event. The one write is the listado export's scratch
 * (ListadoOrderStore), done on the server's own connection, never by a report worker's reader.
 */
export interface ReportStore extends RecordPages, ListadoOrderStore {
  /** Records of these kinds that belong to these events, in no particular order (a year is ~100,000: no sort). */
  eventRecords(eventIds: readonly string[], kinds: readonly string[]): Promise<StoredRecord[]>;
  /** Form submissions at these events, in stored order; only of these forms when `formIds` is given. */
  submissions(eventIds: readonly string[], formIds?: readonly string[]): Promise<ReportSubmission[]>;
  /** Entries of the escuchadero form at these events, in stored order, each with its case if the office touched it. */
  escuchaderoEntries(formId: string, eventIds: readonly string[]): Promise<EscuchaderoEntry[]>;
}
