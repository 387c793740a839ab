import { describe, expect, it } from 'vitest';
import { builtinFormDefinitions } from '../../../src/core/forms/builtin-definitions';
import { answerPublishable, consentsToPublish, publicationRequestSchema, versionAsksConsent } from '../../../src/core/publication';

describe('what may be published', () => {
  it('counts only an explicit yes as consent: no, no answer or anything else is no', () => {
    expect(consentsToPublish({ publicar: true })).toBe(true);
    for (const answers of [{ publicar: false }, {}, { publicar: 'true' }, { publicar: 1 }, null, 'publicar']) expect(consentsToPublish(answers)).toBe(false);
  });

  it('allows publishing an answer only with consent and once it is answered (or closed after the answer)', () => {
    expect(answerPublishable({ publicar: true }, 'answered')).toBe(true);
    expect(answerPublishable({ publicar: true }, 'closed')).toBe(true);
    expect(answerPublishable({ publicar: true }, 'received')).toBe(false);
    expect(answerPublishable({ publicar: true }, 'assigned')).toBe(false);
    expect(answerPublishable({ publicar: false }, 'answered')).toBe(false);
  });

  it('counts consent only where the answered version asks it: escuchadero version 1 never did, version 2 does', () => {
    const escuchadero = (version: number) => builtinFormDefinitions.find((d) => d.id === 'escuchadero' && d.version === version);
    expect(versionAsksConsent(escuchadero(1))).toBe(false);
    expect(versionAsksConsent(escuchadero(2))).toBe(true);
    expect(versionAsksConsent(undefined)).toBe(false);
    // A "publicar" that is not a yes-no question is not the consent question.
    expect(versionAsksConsent({ fields: [{ id: 'publicar', kind: 'short-text', required: false, label: { es: 'Publicar', en: 'Publish' } }] })).toBe(false);
  });

  it('reads a publication request strictly', () => {
    expect(publicationRequestSchema.safeParse({ published: true }).success).toBe(true);
    expect(publicationRequestSchema.safeParse({ published: 'yes' }).success).toBe(false);
    expect(publicationRequestSchema.safeParse({ published: true, extra: 1 }).success).toBe(false);
  });
});
