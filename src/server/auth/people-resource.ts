import { Hono, type Context } from 'hono';
import { normaliseDocumentNumber } from '../../core/attendance/document-number';
import { erasePersonalFields } from '../../core/auth/habeas-data';
import { recordContent } from '../../core/records/canonical-json';
import { officeTextIn } from '../../core/problems/office-field-messages';
import { problem, type Language } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import type { AuthStore } from '../store/auth-store';
import type { Audit } from './audit-log';
import { principalOf } from './authorize';

interface PeopleDeps {
  store: AuthStore;
  audit: Audit;
}

const documentOf = (c: Context): string | undefined => {
  const number = normaliseDocumentNumber(c.req.param('documentNumber') ?? '');
  return /^[A-Z0-9-]{3,20}$/.test(number) ? number : undefined;
};

const invalidNumber = (language: Language) =>
  problem('request.invalid', { fields: [{ path: 'documentNumber', code: 'custom', message: officeTextIn(language, 'people.document_number') }] });

/**
 * Habeas data (Ley 1581, administrador): GET exports every record holding a person's document number or
 * linked to their registration, and the conflicting versions of those records kept for review; DELETE erases
 * the personal fields of all of them and keeps what counts attendance. Both are audited
 * without the document number (the audit log holds no personal data).
 */
export function peopleResource(deps: PeopleDeps): Hono {
  const resource = new Hono();

  resource.get('/:documentNumber', async (c) => {
    const documentNumber = documentOf(c);
    if (!documentNumber) return problemResponse(c, invalidNumber(requestLanguage(c)));
    const records = await deps.store.personRecords(documentNumber);
    const conflicts = await deps.store.personConflicts(documentNumber, records.map((r) => r.id));
    await deps.audit(principalOf(c)!, { action: 'habeas.export', details: { records: records.length, conflictingVersions: conflicts.length } });
    return c.json({ documentNumber, records, conflictingVersions: conflicts.map(({ seq: _seq, ...conflict }) => conflict) });
  });

  resource.delete('/:documentNumber', async (c) => {
    const documentNumber = documentOf(c);
    if (!documentNumber) return problemResponse(c, invalidNumber(requestLanguage(c)));
    const records = await deps.store.personRecords(documentNumber);
    // Conflicting versions first: while the records still carry the number, a retry after a failure finds both.
    const conflicts = await deps.store.personConflicts(documentNumber, records.map((r) => r.id));
    await deps.store.replaceConflictContents(
      conflicts.map((v) => ({ seq: v.seq, content: recordContent({ ...v.version, payload: erasePersonalFields(v.version.payload) }) })),
    );
    await deps.store.replacePayloads(records.map((r) => ({ id: r.id, payload: erasePersonalFields(r.payload) })));
    await deps.audit(principalOf(c)!, { action: 'habeas.erase', details: { records: records.length, conflictingVersions: conflicts.length } });
    return c.json({ erased: records.length, conflictingVersionsErased: conflicts.length, recordIds: records.map((r) => r.id) });
  });
  return resource;
}
