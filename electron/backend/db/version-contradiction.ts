import type { Connection } from './execute';
import type { Migration } from './migrate';

const created = /\bCREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi;

const added = /\bALTER\s+TABLE\s+["`]?(\w+)["`]?\s+ADD\s+(?:COLUMN\s+)?["`]?(\w+)/gi;

function namesCreatedBy(migration: Migration): string[] {
  return [...migration.sql.matchAll(created)].map((match) => (match[1] ?? '').toLowerCase());
}

/**
 * Whether a file's schema contradicts the version its header states (issue 20's corruption corpus): a file that
 * says it is at version v but already holds a table, index, trigger or view that only a later migration makes has a
 * damaged header, not an old schema (so does a column only a later migration adds), and migrating it would write into a file that is not what it says. Names some
 * migration up to v also makes (a trigger dropped and made again) prove nothing and are left out. Answers the
 * finding, or undefined when the schema may well be version v's.
 */
export function versionContradiction(connection: Connection, userVersion: number, migrations: readonly Migration[]): string | undefined {
  const earlier = new Set(migrations.filter((migration) => migration.version <= userVersion).flatMap(namesCreatedBy));
  const laterOnly = new Map<string, string>();
  for (const migration of migrations.filter((each) => each.version > userVersion))
    for (const name of namesCreatedBy(migration)) if (!earlier.has(name) && !laterOnly.has(name)) laterOnly.set(name, migration.name);
  const present = connection.prepare('SELECT lower(name) AS name FROM sqlite_schema').pluck().all() as string[];
  const found = present.find((name) => laterOnly.has(name));
  if (found !== undefined) return `user_version ${userVersion}, but ${found} (made by migration ${laterOnly.get(found) ?? ''}) is present`;
  // A column a later migration adds cannot be there yet either (SQLite refuses to add a column twice).
  for (const migration of migrations.filter((each) => each.version > userVersion))
    for (const [, table = '', column = ''] of migration.sql.matchAll(added)) {
      const columns = connection.prepare('SELECT lower(name) FROM pragma_table_info(?)').pluck().all(table) as string[];
      if (columns.includes(column.toLowerCase()))
        return `user_version ${userVersion}, but ${table}.${column} (added by migration ${migration.name}) is present`;
    }
  return undefined;
}
