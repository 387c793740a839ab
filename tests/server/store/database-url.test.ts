import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../src/server/config';

describe('DATABASE_URL', () => {
  it('selects PostgreSQL only when set; SQLite stays the default', () => {
    expect(configFromEnv({}).databaseUrl).toBeUndefined();
    expect(configFromEnv({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(configFromEnv({ DATABASE_URL: 'postgres://cabildo@db:5432/cabildo' }).databaseUrl).toBe('postgres://cabildo@db:5432/cabildo');
    expect(configFromEnv({ DATABASE_URL: 'postgresql://db/cabildo' }).databaseUrl).toBe('postgresql://db/cabildo');
  });

  it('refuses another scheme without echoing the rest of the URL (it may hold a password)', () => {
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://root:secreta@db/cabildo' })).toThrow(/postgres:\/\/.*mysql:/);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://root:secreta@db/cabildo' })).not.toThrow(/secreta/);
  });
});
