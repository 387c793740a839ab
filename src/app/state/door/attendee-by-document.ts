import { documentDigest } from '../../../core/attendance/document-digest';
import { NO_DOCUMENT_TYPE } from '../../../core/attendance/document-number';
import { catalogueCodes, type Catalogues } from '../../../core/catalogues';
import type { PulledAttendee } from '../../storage/door-tables';

/**
 * The pulled list keyed by document digest (a person who pre-registered twice has two rows under one
 * digest); attendees who registered without a document are left out.
 */
export function indexByDigest(rows: readonly PulledAttendee[]): Map<string, PulledAttendee[]> {
  const index = new Map<string, PulledAttendee[]>();
  for (const row of rows) {
    if (!row.documentDigest) continue;
    const same = index.get(row.documentDigest);
    if (same) same.push(row);
    else index.set(row.documentDigest, [row]);
  }
  return index;
}

/**
 * The list holds digests, not numbers, so a typed number is digested once per document type (staff
 * need not know which one the person registered with) and looked up: a handful of hashes per keystroke.
 */
export function attendeesByDocument(byDigest: ReadonlyMap<string, PulledAttendee[]>, catalogues: Catalogues, eventId: string, text: string): PulledAttendee[] {
  if (byDigest.size === 0) return [];
  return catalogueCodes(catalogues.documentTypes)
    .filter((type) => type !== NO_DOCUMENT_TYPE)
    .flatMap((type) => {
      const digest = documentDigest(eventId, type, text);
      return digest ? (byDigest.get(digest) ?? []) : [];
    });
}
