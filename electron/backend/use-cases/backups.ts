import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCopyReport, BackupDownload, BackupStatus, BackupView } from '../../../shared/api/fund-types';
import { copyReminder } from '../../../shared/domain/backups/copy-reminder';
import type { BackupKind } from '../../../shared/domain/backups/rotation';
import { localDateOf } from '../../../shared/domain/local-time';
import { failure, success, type DomainError, type Result } from '../../../shared/domain/result';
import { backupFolder, backupView, readBackupIndex } from '../backups/backup-index';
import { copyToDevice } from '../backups/copy-to-device';
import {
  firstVerifiedBackupAt,
  lastBackupCopy,
  lastVerifiedBackup,
  recentBackupAttempts,
  recordBackupCopy,
  type BackupCopyRecord,
} from '../db/repositories/backup-repository';
import { readFund } from '../db/repositories/fund-repository';
import { newRecordId } from '../db/record-ids';
import { translateError } from '../messages';
import { backUpAndLog } from '../steps/backup-log';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

function problemOf(error: DomainError): { code: string; message: { th: string; en: string } } {
  return { code: error.code, message: translateError(error).message };
}

/**
 * A backup of the open fund, as a job (A4): the copy and its check take seconds on a large fund, and the screen
 * stays usable. Writes wait while it runs, so the copy and the live figures it is checked against are one
 * moment. Every attempt is written to the fund's backup log, a failed one with its reason, so the home screen can
 * say how old the last good backup is and raise the alarm after two failures in a row.
 */
export async function backupNow(context: JobUseCaseContext, input: { kind: BackupKind }): Promise<Result<BackupView>> {
  const made = await backUpAndLog(context, input.kind);
  context.job.progress(1, 1, 'recording');
  return made.ok ? success(backupView(made.value)) : made;
}

/** How many recent attempts the status reads: more failures than this in a row read as "many". */
const attemptsRead = 20;

export function backupStatus(context: UseCaseContext): Result<BackupStatus> {
  const attempts = recentBackupAttempts(context.connection, attemptsRead);
  const since = attempts.findIndex((attempt) => attempt.outcome === 'verified');
  const failures = since === -1 ? attempts : attempts.slice(0, since);
  const last = lastVerifiedBackup(context.connection);
  const now = context.clock.now();
  const latestFailure = failures[0];
  const copy = lastBackupCopy(context.connection);
  const firstBackup = firstVerifiedBackupAt(context.connection);
  return success({
    asOf: now,
    lastGood: last ? { ...last, ageMinutes: Math.max(0, Math.floor((Date.parse(now) - Date.parse(last.madeAt)) / 60_000)) } : null,
    failuresInARow: failures.length,
    lastProblem:
      latestFailure?.problem != null
        ? problemOf({ code: latestFailure.problem, ...(latestFailure.problemParams ? { params: latestFailure.problemParams } : {}) })
        : null,
    lastCopy: copy ? { copiedAt: copy.copiedAt, kind: copy.kind, destination: copy.destination, files: copy.files } : null,
    copyReminder: copyReminder({
      today: context.clock.today(),
      lastCopyOn: copy ? localDateOf(copy.copiedAt) : null,
      firstBackupOn: firstBackup ? localDateOf(firstBackup) : null,
    }),
  });
}

/** The fund's verified backups that are still where the index says, newest first. */
export function backupList(context: UseCaseContext): Result<BackupView[]> {
  const fund = readFund(context.connection);
  const folder = backupFolder(context.fundFile.home, fund.uuid);
  const index = readBackupIndex(folder, fund.uuid);
  return success(
    index.backups
      .filter((backup) => existsSync(join(folder, backup.fileName)))
      .sort((left, right) => (left.madeAt < right.madeAt ? 1 : -1))
      .map(backupView),
  );
}

/** The copy is recorded in the fund, so the reminder knows when the backups last left the laptop. */
function logCopy(context: JobUseCaseContext, copy: Omit<BackupCopyRecord, 'uuid' | 'copiedAt' | 'callId'>): Result<number> {
  return context.commit(() => {
    const made = { ...copy, uuid: newRecordId(), copiedAt: context.call.at };
    const id = recordBackupCopy(context.connection, { ...made, callId: context.call.id });
    context.audit({ entity: 'backup-copy', entityId: id, after: made });
    return success(id);
  });
}

/**
 * "Copy to…" a second device (reliability §(b)), as a job: first a backup, so the drive holds everything up to
 * now (should that fail, the backups already made still go, and the report says why), then the last 4 backups and
 * one per fiscal year, each verified on the device, rotated there by the device's own index and hash.
 */
export async function copyBackupsToDevice(context: JobUseCaseContext, input: { folderId: string }): Promise<Result<BackupCopyReport>> {
  const folder = context.files.chosenFolder(input.folderId);
  if (!folder) return failure('folder-not-found', 'folderId');
  const fresh = await backUpAndLog(context, 'manual', 'backing-up');
  const fund = readFund(context.connection);
  const copied = await copyToDevice({
    localFolder: backupFolder(context.fundFile.home, fund.uuid),
    fundUuid: fund.uuid,
    fundName: fund.name,
    fiscalYearStartMonth: fund.fiscalYearStartMonth,
    deviceRoot: folder.path,
    appVersion: Number(context.connection.pragma('user_version', { simple: true })),
    progress: (done, total, stage) => context.job.progress(done, total, stage),
    checkpoint: () => context.job.checkpoint(),
  });
  if (!copied.ok) return copied;
  const report = copied.value;
  const newest = report.held[0];
  if (!newest) return failure('no-backup-yet');
  const logged = logCopy(context, {
    kind: 'device',
    destination: report.folder,
    files: report.held.length,
    newestFile: newest.fileName,
    newestMadeAt: newest.madeAt,
  });
  if (!logged.ok) return logged;
  return success({
    ...report,
    held: report.held.map(backupView),
    fresh: fresh.ok ? backupView(fresh.value) : null,
    freshProblem: fresh.ok ? null : problemOf(fresh.error),
  });
}

/**
 * Web mode's "Copy to…": it cannot name a folder (A13), so the newest backup is handed over as a download through
 * the files-out path, after a fresh backup and a check of its hash against the index. The browser saves it where
 * the person chooses; the screen says to move it to a USB drive.
 */
export async function downloadNewestBackup(context: JobUseCaseContext): Promise<Result<BackupDownload>> {
  await backUpAndLog(context, 'manual', 'backing-up');
  const fund = readFund(context.connection);
  const folder = backupFolder(context.fundFile.home, fund.uuid);
  const newestFirst = readBackupIndex(folder, fund.uuid).backups.sort((left, right) => (left.madeAt < right.madeAt ? 1 : -1));
  context.job.progress(0, 1, 'verifying');
  for (const backup of newestFirst) {
    const path = join(folder, backup.fileName);
    if (!existsSync(path)) continue;
    // Served from where it is (never deleted after the download); its hash is read as it is registered.
    const stored = await context.files.refer(path);
    if (stored.sha256 !== backup.sha256) {
      context.files.take(stored.id);
      continue;
    }
    const logged = logCopy(context, {
      kind: 'download',
      destination: backup.fileName,
      files: 1,
      newestFile: backup.fileName,
      newestMadeAt: backup.madeAt,
    });
    if (!logged.ok) return logged;
    return success({ fileId: stored.id, fileName: backup.fileName, bytes: backup.bytes, madeAt: backup.madeAt, sha256: backup.sha256 });
  }
  return failure('no-backup-yet');
}
