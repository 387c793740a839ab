/** Rows are snake_case, the stores' objects camelCase: one renaming both ways, typed, instead of one per table. */
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Snake<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Snake<Tail>}` : S;

export type CamelCased<R> = { [K in keyof R & string as Camel<K>]: R[K] };
type SnakeCased<O> = { [K in keyof O & string as Snake<K>]: O[K] };

const renamed = (object: object, rename: (key: string) => string) => Object.fromEntries(Object.entries(object).map(([key, value]) => [rename(key), value]));

export const camelCased = <R extends object>(row: R) => renamed(row, (key) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())) as CamelCased<R>;
export const snakeCased = <O extends object>(object: O) => renamed(object, (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)) as SnakeCased<O>;
