import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';

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
    type: z.enum(catalogueCodes(catalogues.documentTypes), { error: 'Elija un tipo de documento de la lista.' }),
    number: z.optional(z.string({ error: 'El número de documento debe ser texto.' }).check(
      z.overwrite(normaliseDocumentNumber),
      z.regex(/^[A-Z0-9-]{3,20}$/, { error: 'El número de documento debe tener de 3 a 20 letras o números.' }),
    )),
  }).check(
    z.superRefine((doc, ctx) => {
      if (doc.type === NO_DOCUMENT_TYPE && doc.number !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: 'Si la persona no tiene documento, deje el número vacío.' });
      }
      if (doc.type !== NO_DOCUMENT_TYPE && doc.number === undefined) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: 'Escriba el número de documento o elija «Sin documento».' });
      }
    }),
  );
