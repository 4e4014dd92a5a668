import type { MigrationStep } from './step-types';

/**
 * A citizen ID is unique among members not voided (issue 14 §17): the partial index made by 0011's SQL says so,
 * but schema 1 wrote `citizen_id TEXT UNIQUE` into the table itself, and SQLite cannot drop a column's UNIQUE in
 * place. The table is rebuilt from its own stored definition with that one word gone (SQLite's documented
 * twelve steps; the runner has foreign keys off). The definition is read, not written out here, so columns
 * that other migrations added to members survive whatever order the migrations run in; its indexes and
 * triggers are read the same way and made again.
 */
export const freeCitizenIdsOfVoidedMembers: MigrationStep = (connection) => {
  const table = connection.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'members'").get() as
    { sql: string } | undefined;
  if (!table) throw new Error('members table missing');
  const columnUnique = /(\bcitizen_id\s+TEXT)\s+UNIQUE\b/i;
  if (!columnUnique.test(table.sql)) return;
  const rebuilt = table.sql.replace(columnUnique, '$1').replace(/^CREATE TABLE\s+"?members"?/i, 'CREATE TABLE members_rebuilt');
  const dependents = connection
    .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = 'members' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
    .all() as { sql: string }[];
  connection.exec(rebuilt);
  connection.exec('INSERT INTO members_rebuilt SELECT * FROM members');
  connection.exec('DROP TABLE members');
  connection.exec('ALTER TABLE members_rebuilt RENAME TO members');
  for (const { sql } of dependents) connection.exec(sql);
};
