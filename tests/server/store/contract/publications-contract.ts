import { describe, expect, it } from 'vitest';
import { RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';

export function publicationsContract(ctx: StoreContext): void {
  describe('publications', () => {
    it('publishes and withdraws per kind and id, idempotently', async () => {
      const store = ctx.stores().publications;
      const event = uniqueId('evento');
      const answer = uniqueId('respuesta');
      expect(await store.isPublished('event', event)).toBe(false);
      await store.publish('event', event, RECEIVED_AT);
      await store.publish('event', event, RECEIVED_AT);
      await store.publish('answer', answer, RECEIVED_AT);
      expect(await store.isPublished('event', event)).toBe(true);
      // Kinds are apart: an event id is not an answer id.
      expect(await store.isPublished('answer', event)).toBe(false);
      expect((await store.publishedIds('event')).has(event)).toBe(true);
      expect((await store.publishedIds('event')).has(answer)).toBe(false);

      await store.unpublish('event', event);
      await store.unpublish('event', event);
      expect(await store.isPublished('event', event)).toBe(false);
      expect(await store.isPublished('answer', answer)).toBe(true);
    });
  });
}
