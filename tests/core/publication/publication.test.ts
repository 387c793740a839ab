import { describe, expect, it } from 'vitest';
import { answerPublishable, consentsToPublish, publicationRequestSchema } from '../../../src/core/publication';

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

  it('reads a publication request strictly', () => {
    expect(publicationRequestSchema.safeParse({ published: true }).success).toBe(true);
    expect(publicationRequestSchema.safeParse({ published: 'yes' }).success).toBe(false);
    expect(publicationRequestSchema.safeParse({ published: true, extra: 1 }).success).toBe(false);
  });
});
