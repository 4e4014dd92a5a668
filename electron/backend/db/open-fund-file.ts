import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { Connection } from './execute';
import { FundFileError } from './fund-file-error';
import { latestVersion, migrate, type Migration } from './migrate';

/** PRAGMA application_id of fund files and their backups: "SWF1" (Decision 1). */
export const fundApplicationId = 0x53574631;

const sqliteMagic = 'SQLite format 3\u0000';

/**
 * The read-only check of A8, done on the file's 100-byte header with a plain read so that nothing at all is
 * written: not a SQLite file, another kind of SQLite file, or a file from a newer app version is refused here.
 */
export function inspectFundFile(path: string, appVersion: number): { userVersion: number } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new FundFileError('file-not-found');
  const header = Buffer.alloc(100);
  const handle = openSync(path, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(handle, header, 0, 100, 0);
  } finally {
    closeSync(handle);
  }
  if (bytesRead < 100 || header.toString('latin1', 0, 16) !== sqliteMagic) throw new FundFileError('not-a-fund-file');
  if (header.readUInt32BE(68) !== fundApplicationId) throw new FundFileError('not-a-fund-file');
  const userVersion = header.readUInt32BE(60);
  if (userVersion > appVersion) throw new FundFileError('fund-file-newer', { fileVersion: userVersion, appVersion });
  return { userVersion };
}

/** Connection settings of reliability.md §(b), exclusive locking first. */
function applySettings(connection: Connection): void {
  connection.pragma('locking_mode = EXCLUSIVE');
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('trusted_schema = OFF');
  connection.pragma('cell_size_check = ON');
  connection.pragma('secure_delete = ON');
  connection.pragma('journal_size_limit = 67108864');
  // 32 MiB of page cache: a ten-year fund's member statements and reports touch many scattered pages.
  connection.pragma('cache_size = -32768');
  if (Number(connection.pragma('synchronous', { simple: true })) !== 2) {
    throw new Error('synchronous=FULL did not hold');
  }
}

function connect(path: string, mustExist: boolean): Connection {
  let connection: Connection | undefined;
  try {
    connection = new Database(path, { fileMustExist: mustExist, timeout: 2000 });
    applySettings(connection);
    // Take the exclusive lock now, so a second opener is told at once rather than at its first write.
    connection.exec('BEGIN EXCLUSIVE; COMMIT');
    return connection;
  } catch (error) {
    connection?.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new FundFileError('fund-open-elsewhere');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new FundFileError('file-damaged');
    if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) throw new FundFileError('file-read-only');
    throw error;
  }
}

/**
 * Runs before a migration changes an older fund file (issue 15: a backup before every migration). A refusal is
 * thrown (FundFileError): the migration does not run, the connection is closed, and nothing was written.
 */
export type BeforeMigrate = (connection: Connection, fromVersion: number) => Promise<void>;

/** A fund file opened read-write and checked to be ours, at the schema version it holds (not yet migrated). */
function connectFund(path: string, migrations: readonly Migration[]): { connection: Connection; version: number } {
  inspectFundFile(path, latestVersion(migrations));
  const connection = connect(path, true);
  if (Number(connection.pragma('application_id', { simple: true })) !== fundApplicationId) {
    connection.close();
    throw new FundFileError('not-a-fund-file');
  }
  return { connection, version: Number(connection.pragma('user_version', { simple: true })) };
}

function migrated(connection: Connection, migrations: readonly Migration[]): Connection {
  const { from, to } = migrate(connection, migrations);
  if (from !== to) connection.pragma('wal_checkpoint(TRUNCATE)');
  return connection;
}

/**
 * Opens an existing fund file read-write once, in the process that owns it, and brings its schema up to date;
 * a file at an older schema (not a half-made one, `user_version` 0) is handed to `beforeMigrate` first.
 */
export async function openFundFile(path: string, migrations: readonly Migration[], beforeMigrate?: BeforeMigrate): Promise<Connection> {
  const { connection, version } = connectFund(path, migrations);
  try {
    if (beforeMigrate && version > 0 && version < latestVersion(migrations)) await beforeMigrate(connection, version);
    return migrated(connection, migrations);
  } catch (error) {
    connection.close();
    throw error;
  }
}

/**
 * Opens a fund file a restore has just put in place. It needs no backup before its migration: it is byte for byte
 * a verified backup that stays in the backups folder, so that backup already is its pre-migration copy.
 */
export function openRestoredFundFile(path: string, migrations: readonly Migration[]): Connection {
  const { connection } = connectFund(path, migrations);
  try {
    return migrated(connection, migrations);
  } catch (error) {
    connection.close();
    throw error;
  }
}

/** Makes a new, empty fund file at the current schema; refuses to overwrite anything. */
export function createFundFile(path: string, migrations: readonly Migration[]): Connection {
  if (existsSync(path)) throw new FundFileError('file-exists');
  const connection = connect(path, false);
  try {
    connection.pragma(`application_id = ${fundApplicationId}`);
    migrate(connection, migrations);
    // Fold the new header into the main file at once: the read-only check of the next open reads it there.
    connection.pragma('wal_checkpoint(TRUNCATE)');
    return connection;
  } catch (error) {
    connection.close();
    throw error;
  }
}

/** On close the WAL is folded back so the .swfund file alone holds everything (A8). */
export function closeFundFile(connection: Connection): void {
  if (!connection.open) return;
  connection.pragma('wal_checkpoint(TRUNCATE)');
  connection.close();
}

/**
 * "Save a copy" (Decision 1): SQLite's backup API into a new file, then the copy is switched out of WAL so it
 * is one self-contained file with no -wal or -shm beside it (reliability.md §(b) Backups, step 2).
 */
export async function copyFundFile(connection: Connection, destination: string): Promise<void> {
  if (existsSync(destination)) throw new FundFileError('file-exists');
  await connection.backup(destination);
  const copy = new Database(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
