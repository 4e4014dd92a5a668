import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RestoreSafety } from '../../../shared/api/restore-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { isHeldElsewhere, openScratchCopy, readIdentity } from '../db/scratch-copy';
import { flushFile } from '../files/file-hash';
import { backupFolder } from './backup-index';
import { makeBackup } from './make-backup';
import { flushFolder } from './restore-files';

/** What step 3 needs to know of the fund and the moment. */
export type SafetyRequest = {
  home: string;
  fundPath: string;
  /** The fund's connection when this host has it open (its writes held meanwhile); else the file is closed. */
  connection: Connection | undefined;
  now: string;
  appVersion: number;
  /** The folder under `damaged/` this restore uses, should the current file have to be kept as it is. */
  damagedFolder: string;
  scratchFolder: string;
};

/** Copies the fund file (and its `-wal`) untouched into the damaged folder: the pair as it is, bytes for bytes. */
async function keepAsItIs(request: SafetyRequest): Promise<RestoreSafety> {
  const { fundPath, damagedFolder } = request;
  mkdirSync(damagedFolder, { recursive: true });
  const kept = join(damagedFolder, basename(fundPath));
  for (const suffix of ['', '-wal']) {
    if (!existsSync(`${fundPath}${suffix}`)) continue;
    copyFileSync(`${fundPath}${suffix}`, `${kept}${suffix}`);
    await flushFile(`${kept}${suffix}`);
  }
  flushFolder(damagedFolder);
  return { kind: 'damaged', location: kept };
}

/** A verified 'pre-restore' backup through the backup core, into the fund's own backups folder. */
async function preRestoreBackup(connection: Connection, request: SafetyRequest): Promise<Result<RestoreSafety> | 'damaged'> {
  try {
    const identity = readIdentity(connection);
    if (!identity) return 'damaged';
    const folder = backupFolder(request.home, identity.uuid);
    const made = await makeBackup(connection, {
      folder,
      fundUuid: identity.uuid,
      fundName: identity.name,
      fundStem: basename(request.fundPath).replace(/\.swfund$/i, ''),
      kind: 'pre-restore',
      now: request.now,
      appVersion: request.appVersion,
      fiscalYearStartMonth: identity.fiscalYearStartMonth,
    });
    if (made.ok) return success({ kind: 'backup', location: join(folder, made.value.fileName) });
    // No room is no room: the restore waits until there is. A copy that fails its checks means the file is damaged.
    if (made.error.code === 'backup-no-space') return made;
    return 'damaged';
  } catch {
    // A file SQLite cannot read through (a damaged page) is kept as it is.
    return 'damaged';
  }
}

/**
 * Step 3 of reliability §(b) "Restore": the current file is kept before anything replaces it. A fund this host has
 * open is backed up through the backup core (its writes held, so nothing is saved after the copy); a closed one
 * from a scratch copy of the file, never opened in place. A file that cannot be backed up — damaged, or with a
 * leftover `-wal` whose origin cannot be told — is copied untouched, with its `-wal`, into `damaged/`. A file held
 * by another process is refused, with nothing touched.
 */
export async function keepCurrentFile(request: SafetyRequest): Promise<Result<RestoreSafety>> {
  const { fundPath, connection } = request;
  if (!existsSync(fundPath)) return success({ kind: 'none', location: null });
  if (connection) {
    const kept = await preRestoreBackup(connection, request);
    return kept === 'damaged' ? success(await keepAsItIs(request)) : kept;
  }
  if (existsSync(`${fundPath}-wal`)) {
    if (isHeldElsewhere(fundPath)) return failure('fund-open-elsewhere', 'location');
    return success(await keepAsItIs(request));
  }
  let scratch: ReturnType<typeof openScratchCopy> | undefined;
  try {
    scratch = openScratchCopy(fundPath, request.scratchFolder);
  } catch {
    return success(await keepAsItIs(request));
  }
  try {
    const kept = await preRestoreBackup(scratch.connection, request);
    return kept === 'damaged' ? success(await keepAsItIs(request)) : kept;
  } finally {
    scratch.dispose();
  }
}
