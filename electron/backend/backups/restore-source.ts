import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RestoreChoice } from '../../../shared/api/restore-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readBackupIdentity, readFileHeader, type FundIdentity } from '../db/scratch-copy';
import { verifyCopy, type FundFigures } from '../db/verify-backup';
import { sha256OfFile } from '../files/file-hash';
import { backupFolder, backupView, indexFileName, readBackupIndex, type BackupIndex, type BackupRecord } from './backup-index';

/** The view of an indexed backup on the restore screen. */
export function restoreChoice(record: BackupRecord, appVersion: number): RestoreChoice {
  return { ...backupView(record), verifiedAt: record.verified.at, isNewer: record.schemaVersion > appVersion };
}

/** A fund file's name without `.swfund`: its backups are named after it (`<stem>_<time>_<kind>.swfbak`). */
export function fundStem(fileName: string): string {
  return fileName.replace(/\.swfund$/i, '');
}

/** One backups folder and its index. */
export type IndexedFolder = { folder: string; index: BackupIndex };

/**
 * The backups folders a fund's backups may be in: its own (by its identity) when the file can be read; otherwise
 * every folder whose index lists a backup named after the file — a damaged fund cannot say who it is, but its
 * backups carry its file name.
 */
export function foldersFor(home: string, identity: FundIdentity | undefined, stem: string): IndexedFolder[] {
  if (identity) {
    const folder = backupFolder(home, identity.uuid);
    return [{ folder, index: readBackupIndex(folder, identity.uuid) }];
  }
  const root = join(home, 'Backups');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((uuid) => existsSync(join(root, uuid, indexFileName)))
    .map((uuid) => ({ folder: join(root, uuid), index: readBackupIndex(join(root, uuid), uuid) }))
    .filter(({ index }) => index.backups.some((backup) => backup.fileName.startsWith(`${stem}_`)));
}

/** The indexed backups still where their index says, newest first. */
export function listedBackups(folders: readonly IndexedFolder[]): { folder: string; record: BackupRecord; fundUuid: string }[] {
  return folders
    .flatMap(({ folder, index }) => index.backups.map((record) => ({ folder, record, fundUuid: index.fundUuid })))
    .filter(({ folder, record }) => existsSync(join(folder, record.fileName)))
    .sort((left, right) => (left.record.madeAt < right.record.madeAt ? 1 : -1));
}

/** A backup chosen for a restore: its file, and what an index said of it when one lists it. */
export type BackupSource = { path: string; fileName: string; record: BackupRecord | undefined };

/** A backup that passed step 2: its hash, what it holds and whose it is. */
export type VerifiedBackup = {
  path: string;
  fileName: string;
  sha256: string;
  bytes: number;
  madeAt: string | null;
  schemaVersion: number;
  fundUuid: string;
  fundName: string;
  figures: FundFigures;
};

function sameFigures(left: FundFigures, right: FundFigures | null): boolean {
  return right !== null && JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Step 2 of reliability §(b) "Restore": the chosen backup is checked again before anything is touched. A file
 * from a newer app is refused by its header alone, never opened; a file whose SHA-256 or figures no longer
 * match its index was changed since it was made and is refused; then SQLite's full integrity check, foreign
 * keys, trial balance and receipt numbers run on it in a worker, read-only. Every refusal leaves every file as
 * it was.
 */
export async function verifyBackupSource(
  source: BackupSource,
  appVersion: number,
  /** For a picked file: what the index of its fund (found by its identity) says of a backup of that name. */
  recordOf: (fundUuid: string) => BackupRecord | undefined = () => undefined,
): Promise<Result<VerifiedBackup>> {
  const field = source.record ? 'backupFileName' : 'fileId';
  const header = readFileHeader(source.path);
  if (!header?.isFund || header.isWal) return failure('not-a-backup', field, { fileName: source.fileName });
  if (header.userVersion > appVersion)
    return failure('backup-newer', field, { fileName: source.fileName, fileVersion: header.userVersion, appVersion });
  const identity = readBackupIdentity(source.path);
  if (!identity) return failure('backup-damaged', field, { fileName: source.fileName, problem: 'fund' });
  const record = source.record ?? recordOf(identity.uuid);
  const sha256 = await sha256OfFile(source.path);
  if (record && record.sha256 !== sha256) return failure('backup-changed', field, { fileName: source.fileName });
  const verification = await verifyCopy(source.path, appVersion, 'integrity');
  if (verification.problems.length > 0 || !verification.figures)
    return failure('backup-damaged', field, { fileName: source.fileName, problem: verification.problems.join(', ') });
  if (record && !sameFigures(record.figures, verification.figures)) return failure('backup-changed', field, { fileName: source.fileName });
  return success({
    path: source.path,
    fileName: source.fileName,
    sha256,
    bytes: statSync(source.path).size,
    madeAt: record?.madeAt ?? null,
    schemaVersion: verification.userVersion,
    fundUuid: identity.uuid,
    fundName: identity.name,
    figures: verification.figures,
  });
}
