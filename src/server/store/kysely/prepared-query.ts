import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { StoreDatabase } from '../schema';

const NAME = Symbol('parameter name');

/**
 * A query Kysely builds and compiles once, then runs with named values: for the statements every device request
 * runs (credential, rate limit, record insert), where building and compiling per call would cost more than the
 * database's own work. `param(name)` stands for a value in the built query; each call binds `values[name]`
 * wherever it stood. (SQLite also prepares each distinct SQL text once: sqlite/open-sqlite.ts.)
 */
export function preparedQuery<P extends Record<string, unknown>, R>(
  build: (db: Kysely<StoreDatabase>, param: <K extends keyof P & string>(name: K) => P[K]) => { compile(db: Kysely<StoreDatabase>): CompiledQuery<R> },
): (db: Kysely<StoreDatabase>, values: P) => Promise<QueryResult<R>> {
  // Per database (its adapter, which its transactions share): SQLite and PostgreSQL write different SQL.
  const compiledFor = new WeakMap<object, { query: CompiledQuery<R>; names: (string | undefined)[] }>();
  return (db, values) => {
    const adapter = db.getExecutor().adapter;
    let compiled = compiledFor.get(adapter);
    if (!compiled) {
      const query = build(db, (name) => ({ [NAME]: name }) as never).compile(db);
      compiled = { query, names: query.parameters.map((p) => (typeof p === 'object' && p !== null && NAME in p ? (p as { [NAME]: string })[NAME] : undefined)) };
      compiledFor.set(adapter, compiled);
    }
    const { query, names } = compiled;
    return db.executeQuery({ ...query, parameters: names.map((name, i) => (name === undefined ? query.parameters[i] : values[name])) });
  };
}
