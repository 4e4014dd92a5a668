import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName, backupsToKeep, type BackupKind } from '../../../shared/domain/backups/rotation';
import { localDateTimeOf } from '../../../shared/domain/local-time';
import { failure, success, type Result } from '../../../shared/domain/result';
import { crashPoint } from '../crash-points';
import type { Connection } from '../db/execute';
import { liveFigures } from '../db/repositories/backup-repository';
import { makeSelfContained, verifyCopy, type FundFigures } from '../db/verify-backup';
import { flushFile, sha256OfFile } from '../files/file-hash';
import { readBackupIndex, writeBackupIndex, type BackupIndex, type BackupRecord } from './backup-index';

export type BackupRequest = {
  folder: string;
  fundUuid: string;
  fundName: string;
  /** The fund file's own name without `.swfund`: backups are named after it. */
  fundStem: string;
  kind: BackupKind;
  now: string;
  appVersion: number;
  fiscalYearStartMonth: number;
  progress?: (done: number, total: number) => void;
};

/** A week without a full integrity check is too long: the weekly backup gets one, the others a quick check. */
const integrityEveryDays = 7;

/** Room for the copy, its check and the next one: reliability §(b), "≥ 2 × file size + 100 MB free". */
export function spaceNeeded(connection: Connection): number {
  const pages = Number(connection.pragma('page_count', { simple: true }));
  const pageSize = Number(connection.pragma('page_size', { simple: true }));
  return 2 * pages * pageSize + 100 * 1024 * 1024;
}

export function freeSpace(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

function sameFigures(live: FundFigures, copy: FundFigures | null): boolean {
  return copy !== null && JSON.stringify(live) === JSON.stringify(copy);
}

function checkLevel(index: BackupIndex, today: string): 'quick' | 'integrity' {
  const lastFull = index.backups
    .filter((backup) => backup.verified.level === 'integrity')
    .map((backup) => backup.madeOn)
    .sort()
    .at(-1);
  if (!lastFull) return 'integrity';
  const days = (Date.parse(today) - Date.parse(lastFull)) / 86_400_000;
  return days >= integrityEveryDays ? 'integrity' : 'quick';
}

/**
 * A backup as reliability §(b) describes it: SQLite's backup API into `<name>.tmp` beside the others, the copy made
 * self-contained (no `-wal`), verified in a worker (structure, foreign keys, trial balance, gapless receipts, and
 * the same figures as the live file at that moment), hashed, flushed and renamed into place, then added to the
 * index. A failed one leaves nothing behind but its reason; the previous backups stay. Rotation follows.
 */
export async function makeBackup(connection: Connection, request: BackupRequest): Promise<Result<BackupRecord>> {
  try {
    mkdirSync(request.folder, { recursive: true });
  } catch (error) {
    return failure('backup-failed', undefined, { problem: (error as NodeJS.ErrnoException).code ?? 'folder' });
  }
  const needed = spaceNeeded(connection);
  const free = freeSpace(request.folder);
  if (free < needed)
    return failure('backup-no-space', undefined, { neededMiB: Math.ceil(needed / 2 ** 20), freeMiB: Math.floor(free / 2 ** 20) });
  const local = localDateTimeOf(request.now);
  if (!local) throw new RangeError(`not an instant: ${request.now}`);
  const index = readBackupIndex(request.folder, request.fundUuid);
  let fileName = backupFileName(request.fundStem, `${local.date}T${local.time}`, request.kind);
  for (let serial = 2; existsSync(join(request.folder, fileName)); serial += 1)
    fileName = backupFileName(`${request.fundStem}_${serial}`, `${local.date}T${local.time}`, request.kind);
  const path = join(request.folder, fileName);
  const temporary = `${path}.tmp`;
  sweepUnfinished(request.folder);
  try {
    const live = liveFigures(connection);
    await connection.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        request.progress?.(totalPages - remainingPages, totalPages);
        return 2_000;
      },
    });
    crashPoint('backup-step-1');
    makeSelfContained(temporary);
    const level = checkLevel(index, local.date);
    const verification = await verifyCopy(temporary, request.appVersion, level);
    const problems = [...verification.problems, ...(sameFigures(live, verification.figures) ? [] : ['figures-differ'])];
    if (problems.length > 0) {
      rmSync(temporary, { force: true });
      return failure('backup-failed', undefined, { problem: problems.join(', ') });
    }
    const sha256 = await sha256OfFile(temporary);
    flushFile(temporary);
    crashPoint('backup-step-2');
    renameSync(temporary, path);
    crashPoint('backup-step-3');
    const record: BackupRecord = {
      fileName,
      kind: request.kind,
      madeAt: request.now,
      madeOn: local.date,
      sha256,
      bytes: statSync(path).size,
      schemaVersion: verification.userVersion,
      figures: live,
      verified: { level, at: request.now },
    };
    const updated = { ...index, fundName: request.fundName, backups: [...index.backups, record] };
    writeBackupIndex(request.folder, await rotate(request.folder, updated, request.fiscalYearStartMonth));
    return success(record);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_WRITE')
      return failure('backup-no-space', undefined, {
        neededMiB: Math.ceil(needed / 2 ** 20),
        freeMiB: Math.floor(freeSpace(request.folder) / 2 ** 20),
      });
    // A disk or folder the copy cannot be written to is a failed backup with its reason, never "internal".
    if (code !== '') return failure('backup-failed', undefined, { problem: code });
    throw error;
  }
}

/**
 * What a backup killed half-way left behind: its `.tmp` copy (and a `-journal` of it), or the index's own `.tmp`.
 * Only this fund's backups go here and only the process holding the fund makes them, so none is still being
 * written; a renamed backup the index does not list yet is left alone (never ours to delete by name).
 */
export function sweepUnfinished(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (/\.swfbak\.tmp(-journal|-wal|-shm)?$/.test(name) || name === 'index.json.tmp') rmSync(join(folder, name), { force: true });
}

/**
 * Drops the backups rotation no longer keeps: each is deleted only if the index lists it and its hash still
 * matches; a file that changed is left where it is and kept in the index (it is not ours to delete), a file that
 * is already gone is dropped from the index.
 */
export async function rotate(folder: string, index: BackupIndex, fiscalYearStartMonth: number): Promise<BackupIndex> {
  const keep = backupsToKeep(index.backups, fiscalYearStartMonth);
  const kept: BackupRecord[] = [];
  for (const backup of index.backups) {
    const path = join(folder, backup.fileName);
    if (keep.has(backup.fileName)) {
      kept.push(backup);
      continue;
    }
    if (!existsSync(path)) continue;
    if ((await sha256OfFile(path)) === backup.sha256) rmSync(path);
    else kept.push(backup);
  }
  return { ...index, backups: kept };
}
