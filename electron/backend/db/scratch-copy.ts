import { openDatabase } from './open-database';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from './execute';
import { fundApplicationId } from './open-fund-file';

/** A private copy of a fund file that is not open: read and backed up freely, deleted when done. */
export type ScratchCopy = { connection: Connection; dispose: () => void };

/**
 * Copies a fund file that no process holds (no `-wal` beside it) into `folder` and opens the copy. Reading a
 * closed WAL-mode file in place would leave a new `-wal` and `-shm` beside it, and opening it for writing could
 * replay a `-wal` that is not its own; a copy leaves the file untouched and unlocked after the copy. With
 * `wal`, the file's leftover `-wal` is copied too, so the copy shows what the pair holds (SQLite replays it into
 * the copy, never into the original).
 */
export function openScratchCopy(path: string, folder: string, options: { wal?: boolean } = {}): ScratchCopy {
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, `scratch-${randomBytes(8).toString('hex')}.swfund`);
  const dispose = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${copy}${suffix}`, { force: true });
  };
  try {
    copyFileSync(path, copy);
    if (options.wal && existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const connection = openDatabase(copy, { fileMustExist: true });
    try {
      if (Number(connection.pragma('application_id', { simple: true })) !== fundApplicationId) throw new Error('not-a-fund-file');
      // Folded into one self-contained file: reads need no WAL, and a backup of it has none to inherit.
      connection.pragma('journal_mode = DELETE');
    } catch (error) {
      connection.close();
      throw error;
    }
    return {
      connection,
      dispose: () => {
        if (connection.open) connection.close();
        dispose();
      },
    };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** A fund's identity as its file records it. `demo`: a demo fund (trainer mode), which may never be written over a real one (issue 19 §3). */
export type FundIdentity = { uuid: string; name: string; userVersion: number; fiscalYearStartMonth: number; demo: boolean };

/** A file from before migration 0031 has no demo flag: it is a real fund. */
function demoFlagOf(connection: Connection): boolean {
  try {
    return (connection.prepare('SELECT demo FROM fund WHERE id = 1').get() as { demo: number } | undefined)?.demo === 1;
  } catch {
    return false;
  }
}

export function readIdentity(connection: Connection): FundIdentity | undefined {
  const row = connection.prepare('SELECT uuid, name, fiscal_year_start_month AS month FROM fund WHERE id = 1').get() as
    { uuid: string; name: string; month: number } | undefined;
  if (!row) return undefined;
  return {
    uuid: row.uuid,
    name: row.name,
    userVersion: Number(connection.pragma('user_version', { simple: true })),
    fiscalYearStartMonth: row.month,
    demo: demoFlagOf(connection),
  };
}

/**
 * The identity of a fund file that is not open, read from a scratch copy; undefined when the file cannot be read
 * as a fund (damaged, another kind of file, a half-made fund). The file itself is only read.
 */
export function readFundIdentity(path: string, folder: string): FundIdentity | undefined {
  let scratch: ScratchCopy | undefined;
  try {
    scratch = openScratchCopy(path, folder);
    return readIdentity(scratch.connection);
  } catch {
    return undefined;
  } finally {
    scratch?.dispose();
  }
}

/** What a file's 100-byte SQLite header says, read with a plain read: nothing is opened, locked or written. */
export type FileHeader = { isFund: boolean; userVersion: number; isWal: boolean };

export function readFileHeader(path: string): FileHeader | undefined {
  const header = Buffer.alloc(100);
  let handle: number | undefined;
  try {
    handle = openSync(path, 'r');
    if (readSync(handle, header, 0, 100, 0) < 100) return undefined;
  } catch {
    return undefined;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return undefined;
  return {
    isFund: header.readUInt32BE(68) === fundApplicationId,
    userVersion: header.readUInt32BE(60),
    isWal: header[18] === 2 || header[19] === 2,
  };
}

/**
 * The identity of a backup file, read in place: a backup is one self-contained file in rollback-journal mode
 * (make-backup.ts), so a read-only open writes nothing and leaves nothing beside it, even for a backup from a newer
 * app (shown, never restored). Anything else (a WAL-mode file, another kind of file, a half-made fund) answers
 * undefined, a WAL-mode file without being opened at all.
 */
export function readBackupIdentity(path: string): FundIdentity | undefined {
  const header = readFileHeader(path);
  if (!header?.isFund || header.isWal) return undefined;
  let connection: Connection | undefined;
  try {
    connection = openDatabase(path, { readonly: true, fileMustExist: true });
    return readIdentity(connection);
  } catch {
    return undefined;
  } finally {
    connection?.close();
  }
}

/**
 * Whether another process holds a fund file that has a `-wal` beside it (an open fund always does): a read-only
 * look answers SQLITE_BUSY under the holder's exclusive lock. The look writes nothing to the file; the `-shm` it
 * may make beside it (this app's own connections never use one) is removed again.
 */
export function isHeldElsewhere(path: string): boolean {
  const shm = `${path}-shm`;
  const hadShm = existsSync(shm);
  let connection: Connection | undefined;
  try {
    connection = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 0 });
    connection.prepare('SELECT COUNT(*) FROM sqlite_schema').get();
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
  } finally {
    connection?.close();
    if (!hadShm) rmSync(shm, { force: true });
  }
}
