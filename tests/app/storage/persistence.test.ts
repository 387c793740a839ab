import { describe, expect, it } from 'vitest';
import { describeStorage, requestPersistentStorage } from '../../../src/app/storage/persistence';

const navigatorWith = (storage: Partial<StorageManager> | undefined) => ({ storage }) as unknown as Navigator;

describe('persistent storage', () => {
  it('reports persistence, usage and quota where the browser knows them', async () => {
    const nav = navigatorWith({
      persisted: async () => true,
      estimate: async () => ({ usage: 1_024, quota: 2_000_000 }),
    });
    expect(await describeStorage(nav)).toEqual({ persisted: true, usage: 1_024, quota: 2_000_000 });
  });

  it('says "unknown" instead of failing on browsers without the Storage API', async () => {
    expect(await describeStorage(navigatorWith(undefined))).toEqual({ persisted: undefined });
    expect(await requestPersistentStorage(navigatorWith(undefined))).toBeUndefined();
    expect(await describeStorage(undefined)).toEqual({ persisted: undefined });
  });

  it('asks for persistence and passes on the answer, swallowing a browser error', async () => {
    let asked = 0;
    const granting = navigatorWith({ persist: async () => (++asked, true) });
    expect(await requestPersistentStorage(granting)).toBe(true);
    expect(asked).toBe(1);
    const throwing = navigatorWith({
      persist: async () => Promise.reject(new DOMException('nope', 'SecurityError')),
      persisted: async () => Promise.reject(new Error('x')),
    });
    expect(await requestPersistentStorage(throwing)).toBeUndefined();
    expect(await describeStorage(throwing)).toEqual({ persisted: undefined });
  });
});
