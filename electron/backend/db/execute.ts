import type BetterSqlite3 from 'better-sqlite3';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable, type RawBuilder } from 'kysely';
import type { Database } from './schema';

/** The one SQLite connection of an open fund (reliability.md §(b): one writer, one connection). */
export type Connection = BetterSqlite3.Database;

/**
 * Kysely only builds SQL here (A7): it never executes. A query is built once with named parameter markers,
 * compiled once, and its statement prepared once per connection, so a use case that runs it 30,000 times in a
 * batch pays only for binding and stepping — the reason bulk posting stays near raw better-sqlite3 speed.
 */
export const queryBuilder = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type QueryBuilder = typeof queryBuilder;

const markerPrefix = '\u0000param:';

/** A named placeholder for a value supplied when the statement runs. Typed as the column's type. */
export function param<T = never>(name: string): T {
  return `${markerPrefix}${name}` as unknown as T;
}

type Args = Record<string, unknown>;

/** A statement defined once: its SQL text and how to bind named arguments to its positional parameters. */
export type Statement<A extends Args, R> = {
  readonly sql: string;
  all: (connection: Connection, args: A) => R[];
  get: (connection: Connection, args: A) => R | undefined;
  run: (connection: Connection, args: A) => BetterSqlite3.RunResult;
  /** Row by row, for a read of hundreds of thousands whose rows are used once (nothing kept alive to collect later). */
  iterate: (connection: Connection, args: A) => IterableIterator<R>;
  /** The first column of every row, with no row object made: for a query that builds its one value itself. */
  column: (connection: Connection, args: A) => R[keyof R][];
};

const preparedByConnection = new WeakMap<Connection, Map<string, BetterSqlite3.Statement>>();

function prepared(connection: Connection, sql: string): BetterSqlite3.Statement {
  let cache = preparedByConnection.get(connection);
  if (!cache) {
    cache = new Map();
    preparedByConnection.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** SQLite binds no booleans or undefined: make the mapping explicit here, once. */
function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function binder(parameters: readonly unknown[]): (args: Args) => unknown[] {
  const slots = parameters.map((value) =>
    typeof value === 'string' && value.startsWith(markerPrefix)
      ? { name: value.slice(markerPrefix.length), value }
      : { name: undefined, value },
  );
  return (args) =>
    slots.map((slot) => {
      if (slot.name !== undefined) {
        if (!(slot.name in args)) throw new Error(`missing statement argument ${slot.name}`);
        return toSqlite(args[slot.name]);
      }
      return toSqlite(slot.value);
    });
}

export function defineStatement<A extends Args = Record<string, never>, R = unknown>(
  build: (builder: QueryBuilder) => Compilable,
): Statement<A, R> {
  const compiled = build(queryBuilder).compile();
  const bind = binder(compiled.parameters);
  const sql = compiled.sql;
  return {
    sql,
    all: (connection, args) => prepared(connection, sql).all(...bind(args)) as R[],
    get: (connection, args) => prepared(connection, sql).get(...bind(args)) as R | undefined,
    run: (connection, args) => prepared(connection, sql).run(...bind(args)),
    iterate: (connection, args) => prepared(connection, sql).iterate(...bind(args)) as IterableIterator<R>,
    column: (connection, args) => {
      // The statement is shared through the cache: pluck only for this call.
      const statement = prepared(connection, sql).pluck(true);
      try {
        return statement.all(...bind(args)) as R[keyof R][];
      } finally {
        statement.pluck(false);
      }
    },
  };
}

/** For the few queries whose shape depends on the input (optional filters): compiled per call, prepared once per shape. */
export function runBuilt<R>(connection: Connection, query: Compilable): R[] {
  const compiled = query.compile();
  return prepared(connection, compiled.sql).all(...compiled.parameters.map(toSqlite)) as R[];
}

/**
 * One use case = one transaction (A7): BEGIN IMMEDIATE, synchronous body, no await inside. The body returns a
 * value; a thrown error or a returned failure rolls back, so nothing half-written survives.
 */
export function inTransaction<T>(connection: Connection, body: () => T, shouldCommit: (value: T) => boolean = () => true): T {
  const rollback = new Error('rollback');
  let outcome: T | undefined;
  try {
    return connection
      .transaction(() => {
        outcome = body();
        if (!shouldCommit(outcome)) throw rollback;
        return outcome;
      })
      .immediate();
  } catch (error) {
    if (error === rollback) return outcome as T;
    throw error;
  }
}

/** For a statement whose SQL Kysely's builder cannot express: still compiled by Kysely, with named markers. */
export function defineSqlStatement<A extends Args = Record<string, never>, R = unknown>(build: () => RawBuilder<unknown>): Statement<A, R> {
  return defineStatement<A, R>(() => ({ compile: () => build().compile(queryBuilder) }));
}

type TableName = keyof Database;

/**
 * Many rows of one table per statement, for posting a whole collection day: one prepared statement per chunk
 * size (all full chunks share one), parameters bound row by row in the column order given. The rows' values
 * are plain data already checked by the domain.
 */
export function defineBulkInsert<T extends TableName, R extends Record<string, unknown>>(
  table: T,
  columns: readonly (keyof R & string)[],
  rowsPerStatement = 100,
  /** For kept totals: a row whose key is already there adds these columns to it instead of failing. */
  addOnConflict?: { keys: readonly (keyof R & string)[]; sums: readonly (keyof R & string)[] },
) {
  const conflictClause = addOnConflict
    ? ` on conflict (${addOnConflict.keys.map((key) => `"${key}"`).join(', ')}) do update set ${addOnConflict.sums
        .map((column) => `"${column}" = "${column}" + excluded."${column}"`)
        .join(', ')}`
    : '';
  const sqlBySize = new Map<number, string>();
  function sqlFor(size: number): string {
    let sql = sqlBySize.get(size);
    if (!sql) {
      const rows = Array.from({ length: size }, () => Object.fromEntries(columns.map((column) => [column, null])));
      sql =
        queryBuilder
          .insertInto(table)
          .values(rows as never)
          .compile().sql + conflictClause;
      sqlBySize.set(size, sql);
    }
    return sql;
  }
  return (connection: Connection, rows: readonly R[]): void => {
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      const chunk = rows.slice(start, start + rowsPerStatement);
      const values: unknown[] = [];
      for (const row of chunk) for (const column of columns) values.push(toSqlite(row[column]));
      prepared(connection, sqlFor(chunk.length)).run(...values);
    }
  };
}
