import { NO_DOCUMENT_TYPE, normaliseDocumentNumber } from '../../../core/attendance/document-number';
import { catalogueCodes } from '../../../core/catalogues';
import { admitAttendee, alreadyCheckedIn, type CheckInDeps } from './check-in-flow';
import type { DoorOutcome } from './door-outcome';

/** Digits (dots and spaces allowed) as a reader or a person types a document number: 3 to 20 of them. */
export const looksLikeDocumentNumber = (text: string): boolean => /^\d{3,20}$/.test(normaliseDocumentNumber(text));

/**
 * A document number and Enter in the door's search field (a reader scanning a number, or staff typing it):
 * yellow if a check-in with that number is known, whatever its document type; the pre-registered person
 * with that number admitted as if found by name (so they are not counted twice, once as a walk-in); else
 * the form, with the number filled in as a cédula (the usual case; the form lets staff change the type).
 */
export async function checkInDocumentNumber(deps: CheckInDeps, text: string): Promise<DoorOutcome> {
  const number = normaliseDocumentNumber(text);
  const types = catalogueCodes(deps.catalogues.documentTypes).filter((type) => type !== NO_DOCUMENT_TYPE);
  for (const type of types) {
    const already = alreadyCheckedIn(deps, { document: { type, number } });
    if (already) return already;
  }
  const registered = deps.attendeesByDocument?.(number) ?? [];
  // The same number twice (registered twice, or under two types): staff choose from the search list instead.
  if (registered.length === 1) return admitAttendee(deps, registered[0]!.attendeeId, 'manual');
  const type = types.includes('CC') ? 'CC' : types[0]!;
  return { kind: 'form', prefill: { method: 'manual', document: { type, number } }, why: 'manual' };
}
