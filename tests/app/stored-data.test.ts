import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedDataExists } from '../../src/app/state/stored-data';

const withDatabases = (databases: () => Promise<{ name?: string }[]>) => vi.stubGlobal('indexedDB', { databases });

describe('whether this browser holds the app’s database, asked without opening it', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says no on a fresh phone (other sites’ or no databases) and yes once Cabildo’s exists', async () => {
    withDatabases(async () => [{ name: 'otra-app' }]);
    expect(await storedDataExists()).toBe(false);
    withDatabases(async () => [{ name: 'otra-app' }, { name: 'cabildo' }]);
    expect(await storedDataExists()).toBe(true);
  });

  it('says yes when the browser cannot tell, so nothing stored is missed', async () => {
    vi.stubGlobal('indexedDB', {});
    expect(await storedDataExists()).toBe(true);
    withDatabases(() => Promise.reject(new Error('SecurityError')));
    expect(await storedDataExists()).toBe(true);
  });
});
