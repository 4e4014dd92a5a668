import type BetterSqlite3 from 'better-sqlite3';

/**
 * A migration step in TypeScript, for what SQL alone cannot do (keys, hashes, links parsed from free text). It
 * is pure over the connection it is given: it imports nothing of the app beyond shared/domain, opens no other
 * file, and runs inside the migration's transaction, so a throw rolls back the whole migration.
 */
export type MigrationStep = (connection: BetterSqlite3.Database) => void;
