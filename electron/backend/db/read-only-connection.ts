import { openDatabase } from './open-database';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from './execute';

/** A connection that can only read, and the side files it made, removed again when it closes. */
export type ReadOnlyConnection = { path: string; connection: Connection; close: () => void };

const sideSuffixes = ['-shm', '-wal'] as const;

/** Side files SQLite made for this connection: a WAL index, and an empty WAL (never one holding anything). */
function removeMade(path: string, made: readonly string[]): void {
  for (const suffix of made) {
    const side = `${path}${suffix}`;
    try {
      if (suffix === '-wal' && statSync(side).size !== 0) continue;
      rmSync(side, { force: true });
    } catch {
      // Already gone.
    }
  }
}

/**
 * Opens a fund file for reading only: SQLite opens it read-only (SQLITE_OPEN_READONLY), so no page of it can be
 * written whatever runs on the connection. Reading a WAL-mode file makes SQLite create a WAL index (`-shm`) and an
 * empty `-wal` beside it; those it made are removed on close, so the folder is left as it was found.
 *
 * The first read takes the shared lock at once: a fund another process holds for writing answers SQLITE_BUSY
 * here, before anything else is read.
 */
export function openReadOnly(path: string): ReadOnlyConnection {
  const made = sideSuffixes.filter((suffix) => !existsSync(`${path}${suffix}`));
  let connection: Connection | undefined;
  try {
    connection = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 2000 });
    connection.pragma('trusted_schema = OFF');
    connection.pragma('cell_size_check = ON');
    connection.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    connection?.close();
    removeMade(path, made);
    throw error;
  }
  const opened = connection;
  return {
    path,
    connection: opened,
    close: () => {
      if (opened.open) opened.close();
      removeMade(path, made);
    },
  };
}

const copiesFolderName = '.read-only-copies';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A private folder under SWF_HOME for a copy that a read-only look reads instead of the fund file: a file from an
 * older version (migrated in the copy, never in the file), or a file in a folder that takes no side files. Copies
 * left by a process that has since died are removed here.
 */
export function privateCopyFolder(home: string): string {
  const root = join(home, copiesFolderName);
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(join(root, name), { recursive: true, force: true });
  }
  const folder = join(root, `${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(folder);
  return folder;
}
