import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';
import { doorMessage, doorText } from '../problems/door-field-messages';

/** The document-types code for a person without a document: such a person cannot be deduplicated. */
export const NO_DOCUMENT_TYPE = 'SD';

/**
 * One spelling per document: "43.123.456", " 0043123456" and "43123456" are the same cédula.
 * (The cédula barcode pads numbers with zeros; people type them with dots.) Letters are kept for passports.
 */
export function normaliseDocumentNumber(raw: string): string {
  const compact = raw.normalize('NFKC').toUpperCase().replace(/[\s.,]/g, '');
  return /^\d+$/.test(compact) ? compact.replace(/^0+(?=\d)/, '') : compact;
}

/** Document of a full attendance record: a number is required unless the person has no document. */
export const identityDocumentSchema = (catalogues: Catalogues) =>
  z.object({
    type: z.enum(catalogueCodes(catalogues.documentTypes), { error: doorMessage('document.type') }),
    number: z.optional(z.string({ error: doorMessage('document.number_text') }).check(
      z.overwrite(normaliseDocumentNumber),
      z.regex(/^[A-Z0-9-]{3,20}$/, { error: doorMessage('document.number') }),
    )),
  }).check(
    z.superRefine((doc, ctx) => {
      if (doc.type === NO_DOCUMENT_TYPE && doc.number !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: doorText('document.number_without_document') });
      }
      if (doc.type !== NO_DOCUMENT_TYPE && doc.number === undefined) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: doorText('document.number_missing') });
      }
    }),
  );
