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

describe('WORKERS', () => {
  it('is one process unless set, and several only on PostgreSQL', () => {
    expect(configFromEnv({}).workers).toBe(1);
    expect(configFromEnv({ WORKERS: '3', DATABASE_URL: 'postgres://db/cabildo' }).workers).toBe(3);
    expect(() => configFromEnv({ WORKERS: '2' })).toThrow(/WORKERS=2 necesita PostgreSQL/);
    expect(configFromEnv({ WORKERS: '1' }).workers).toBe(1);
  });

  it('refuses what is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-1', '2.5', 'dos', '65']) expect(() => configFromEnv({ WORKERS: bad, DATABASE_URL: 'postgres://db/cabildo' }), bad).toThrow(/WORKERS inválido/);
  });
});
