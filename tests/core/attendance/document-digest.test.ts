import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_DIGEST_PATTERN, documentDigest } from '../../../src/core/attendance/document-digest';

const EVENT = 'audiencia-2026';

describe('documentDigest', () => {
  it('is stable: these vectors are the wire contract between server and devices', () => {
    expect(documentDigest(EVENT, 'CC', '43123456')).toBe('Y3sgsAUDHFMiHGw9KmmCFA');
    expect(documentDigest(EVENT, 'PA', 'AB123456')).toBe('j4F7RrECggMLPcQPe7x2ig');
  });

  it('is the first 16 bytes of sha256("eventId:TYPE:number"), base64url', () => {
    const expected = createHash('sha256').update('otro-evento:TI:1002003004').digest().subarray(0, 16).toString('base64url');
    expect(documentDigest('otro-evento', 'TI', '1002003004')).toBe(expected);
    expect(expected).toMatch(DOCUMENT_DIGEST_PATTERN);
  });

  it('digests one spelling per document: dots, spaces, card zero padding and case do not matter', () => {
    const digest = documentDigest(EVENT, 'CC', '43123456');
    for (const typed of ['43.123.456', ' 43 123 456 ', '0043123456', '43,123,456']) expect(documentDigest(EVENT, 'CC', typed)).toBe(digest);
    expect(documentDigest(EVENT, ' cc ', '43123456')).toBe(digest);
    expect(documentDigest(EVENT, 'PA', 'ab 123456')).toBe(documentDigest(EVENT, 'PA', 'AB123456'));
  });

  it('differs by event, by type and by number, so lists of two events cannot be joined', () => {
    const digest = documentDigest(EVENT, 'CC', '43123456');
    expect(documentDigest('audiencia-2027', 'CC', '43123456')).not.toBe(digest);
    expect(documentDigest(EVENT, 'TI', '43123456')).not.toBe(digest);
    expect(documentDigest(EVENT, 'CC', '43123457')).not.toBe(digest);
    expect(digest).not.toContain('43123456');
  });

  it('gives nothing for a person without a document or an empty number', () => {
    expect(documentDigest(EVENT, 'SD', undefined)).toBeUndefined();
    expect(documentDigest(EVENT, 'SD', '123')).toBeUndefined();
    expect(documentDigest(EVENT, 'CC', undefined)).toBeUndefined();
    expect(documentDigest(EVENT, 'CC', ' . ')).toBeUndefined();
    expect(documentDigest(EVENT, '', '43123456')).toBeUndefined();
  });
});
