import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupFileName, backupsToKeep, type BackupKind } from '../../../shared/domain/backups/rotation';
import { localDateTimeOf } from '../../../shared/domain/local-time';
import { failure, success, type Result } from '../../../shared/domain/result';
import { crashPoint } from '../crash-points';
import type { Connection } from '../db/execute';
import { liveFigures } from '../db/repositories/backup-repository';
import { makeSelfContained, verifyCopy, type FundFigures } from '../db/verify-backup';
import { flushFile, sha256OfFile } from '../files/file-hash';
import type { BackupChains } from '../../../shared/api/fund-types';
import { checkCopyChains } from './copy-chains';
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

/** A copy made, checked and in place: what its index or its caller records of it. */
export type VerifiedCopy = {
  sha256: string;
  bytes: number;
  userVersion: number;
  figures: FundFigures;
  level: 'quick' | 'integrity';
  /** The copy's hash chains, when the request asked for their full check (null: a copy without chains). */
  chains: BackupChains | null;
};

export type CopyRequest = {
  appVersion: number;
  level: 'quick' | 'integrity';
  /** Runs on the self-contained copy before it is checked (Save a copy writes the copy's origin into it). */
  prepare?: (path: string) => void;
  /** Check the copy's hash chains in full (a backup: it counts only if they hold); Save a copy does not. */
  checkChains?: boolean;
  progress?: (done: number, total: number) => void;
};

/**
 * The one way the app copies an open fund (A8, reliability §(b) "Backups"): SQLite's backup API into a temporary
 * file beside the destination, made self-contained (no `-wal`), verified in a worker (structure, foreign keys,
 * trial balance, gapless receipts, and the same figures as the live file at that moment), hashed, flushed and
 * renamed into place, never over an existing file. A failed copy leaves nothing behind but its reason. Backups,
 * "Save a copy" and everything later that needs a copy (restore, import, year-end close) come through here.
 */
export async function copyVerified(connection: Connection, path: string, request: CopyRequest): Promise<Result<VerifiedCopy>> {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    return failure('backup-not-written', undefined, { problem: (error as NodeJS.ErrnoException).code ?? 'folder' });
  }
  const needed = spaceNeeded(connection);
  const noSpace = () =>
    failure('backup-no-space', undefined, { neededMiB: Math.ceil(needed / 2 ** 20), freeMiB: Math.floor(freeSpace(folder) / 2 ** 20) });
  if (freeSpace(folder) < needed) return noSpace();
  if (existsSync(path)) return failure('file-exists', undefined, { location: path });
  // A name of its own, so a file someone else left beside the destination is never the one deleted.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const live = liveFigures(connection);
    await connection.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        request.progress?.(totalPages - remainingPages, totalPages);
        // Pages per step, each step holding the main thread: 500 (2 MiB at 4 KiB pages) keeps a search typed
        // meanwhile answered within tens of milliseconds on a slow disk, at little cost to the whole copy.
        return 500;
      },
    });
    crashPoint('backup-step-1');
    makeSelfContained(temporary);
    request.prepare?.(temporary);
    const verification = await verifyCopy(temporary, request.appVersion, request.level);
    const problems = [...verification.problems, ...(sameFigures(live, verification.figures) ? [] : ['figures-differ'])];
    if (problems.length > 0) {
      rmSync(temporary, { force: true });
      return failure('backup-failed', undefined, { problem: problems.join(', ') });
    }
    // A broken chain does not stop the copy: it is kept (the caller marks it), since it may still be the best left.
    const chains = request.checkChains ? await checkCopyChains(temporary, request.progress) : null;
    const sha256 = await sha256OfFile(temporary);
    await flushFile(temporary);
    if (existsSync(path)) throw Object.assign(new Error('destination appeared'), { code: 'EEXIST' });
    crashPoint('backup-step-2');
    renameSync(temporary, path);
    return success({
      sha256,
      bytes: statSync(path).size,
      userVersion: verification.userVersion,
      figures: live,
      level: request.level,
      chains,
    });
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_WRITE') return noSpace();
    // A disk or folder the copy cannot be written to is a failed backup with its reason, never "internal".
    if (code !== '') return failure('backup-not-written', undefined, { problem: code });
    throw error;
  }
}

/**
 * A backup as reliability §(b) describes it: a verified copy (copyVerified) named
 * `FUND_yyyy-mm-ddThhmm_kind.swfbak` in the fund's backups folder, added to the index. A failed one leaves nothing
 * behind but its reason; the previous backups stay. Rotation follows.
 */
export async function makeBackup(connection: Connection, request: BackupRequest): Promise<Result<BackupRecord>> {
  const local = localDateTimeOf(request.now);
  if (!local) throw new RangeError(`not an instant: ${request.now}`);
  const index = readBackupIndex(request.folder, request.fundUuid);
  let fileName = backupFileName(request.fundStem, `${local.date}T${local.time}`, request.kind);
  for (let serial = 2; existsSync(join(request.folder, fileName)); serial += 1)
    fileName = backupFileName(`${request.fundStem}_${serial}`, `${local.date}T${local.time}`, request.kind);
  sweepUnfinished(request.folder);
  const made = await copyVerified(connection, join(request.folder, fileName), {
    appVersion: request.appVersion,
    level: checkLevel(index, local.date),
    checkChains: true,
    ...(request.progress ? { progress: request.progress } : {}),
  });
  if (!made.ok) return made;
  const record: BackupRecord = {
    fileName,
    kind: request.kind,
    madeAt: request.now,
    madeOn: local.date,
    sha256: made.value.sha256,
    bytes: made.value.bytes,
    schemaVersion: made.value.userVersion,
    figures: made.value.figures,
    verified: { level: made.value.level, at: request.now },
    chains: made.value.chains,
  };
  crashPoint('backup-step-3');
  try {
    const updated = { ...index, fundName: request.fundName, backups: [...index.backups, record] };
    writeBackupIndex(request.folder, await rotate(request.folder, updated, request.fiscalYearStartMonth));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    // The copy is good but unlisted: it stays, and rotation (which deletes only listed files) never touches it.
    return failure('backup-not-written', undefined, { problem: `index: ${code}` });
  }
  // Listed and marked, but not a good backup: the attempt is logged as failed, so "last good backup" passes it by.
  const broken = record.chains?.broken;
  if (broken)
    return failure('backup-chain-broken', undefined, { fileName, chain: broken.chain, rowId: broken.rowId, problem: broken.problem });
  return success(record);
}

/**
 * What a backup killed half-way left behind: its `.tmp` copy (and a `-journal` of it), or the index's own `.tmp`.
 * Only this fund's backups go here and only the process holding the fund makes them, so none is still being
 * written; a renamed backup the index does not list yet is left alone (never ours to delete by name).
 */
export function sweepUnfinished(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // No folder yet, or one that cannot be read: the copy itself then fails with its reason.
  }
  for (const name of names)
    if (/\.swfbak(\.[0-9a-f]{12})?\.tmp(-journal|-wal|-shm)?$/.test(name) || name === 'index.json.tmp')
      rmSync(join(folder, name), { force: true });
}

/**
 * Drops the backups rotation no longer keeps: each is deleted only if the index lists it and its hash still
 * matches; a file that changed is left where it is and kept in the index (it is not ours to delete), a file that
 * is already gone is dropped from the index.
 */
export async function rotate(folder: string, index: BackupIndex, fiscalYearStartMonth: number): Promise<BackupIndex> {
  // A copy whose chain broke never takes the place of a good one: each kind is rotated among its own.
  const good = index.backups.filter((backup) => !backup.chains?.broken);
  const broken = index.backups.filter((backup) => backup.chains?.broken);
  const keep = new Set([...backupsToKeep(good, fiscalYearStartMonth), ...backupsToKeep(broken, fiscalYearStartMonth)]);
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
