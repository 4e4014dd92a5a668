import { openDatabase } from '../open-database';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionMigrationSteps } from '../../../../migrations/region/steps';
import type { Connection } from '../execute';
import { FundFileError } from '../fund-file-error';
import { latestVersion, loadMigrations, migrate } from '../migrate';
import { applySettings } from '../open-fund-file';
import { fundFileErrorOf } from '../sqlite-errors';

/** PRAGMA application_id of regional workspaces: "SWR1", so neither kind of file is ever opened as the other. */
export const regionApplicationId = 0x53575231;

/** migrations/region/ beside electron/: the workspace's own numbered SQL files, run by the fund's runner (A9). */
export function regionMigrationsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../migrations/region');
}

const sqliteMagic = Buffer.from('SQLite format 3\u0000', 'latin1');

/**
 * The read-only look of A8 at an existing file's header, before SQLite opens it: another kind of file (a fund
 * file among them), a file cut short, or one from a newer app is refused untouched.
 */
function inspectRegionFile(path: string, appVersion: number): void {
  if (!statSync(path).isFile()) throw new FundFileError('file-not-found', { location: path });
  const header = Buffer.alloc(100);
  const handle = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(handle, header, 0, 100, 0);
  } finally {
    closeSync(handle);
  }
  if (length < 100 || !header.subarray(0, 16).equals(sqliteMagic)) throw new FundFileError('not-a-region-file');
  if (header.readUInt32BE(68) !== regionApplicationId) throw new FundFileError('not-a-region-file');
  const userVersion = header.readUInt32BE(60);
  if (userVersion > appVersion) throw new FundFileError('fund-file-newer', { fileVersion: userVersion, appVersion });
}

/**
 * Opens a workspace, or creates it when `create` is set and no file is there. An existing workspace at the
 * current schema is not written by opening; closing checkpoints the WAL, so the file alone then holds everything
 * and a rejected import can be shown to have left it byte for byte as it was.
 */
export function openRegionFile(path: string, options: { create: boolean }): Connection {
  const migrations = loadMigrations(regionMigrationsFolder(), regionMigrationSteps);
  const exists = existsSync(path);
  if (exists) inspectRegionFile(path, latestVersion(migrations));
  else if (!options.create) throw new FundFileError('file-not-found', { location: path });
  let connection: Connection | undefined;
  try {
    connection = openDatabase(path, { fileMustExist: exists, timeout: 2000 });
    // The settings of reliability §(b), as for a fund: one exclusive writer, WAL, every commit flushed.
    applySettings(connection);
    connection.exec('BEGIN EXCLUSIVE; COMMIT');
    if (!exists) connection.pragma(`application_id = ${regionApplicationId}`);
    migrate(connection, migrations);
    return connection;
  } catch (error) {
    connection?.close();
    throw fundFileErrorOf(error) ?? error;
  }
}

export function closeRegionFile(connection: Connection): void {
  connection.pragma('wal_checkpoint(TRUNCATE)');
  connection.close();
}
