import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupStatus, BackupView } from '../../../shared/api/fund-types';
import type { BackupKind } from '../../../shared/domain/backups/rotation';
import { success, type Result } from '../../../shared/domain/result';
import { backupFolder, readBackupIndex, type BackupRecord } from '../backups/backup-index';
import { makeBackup } from '../backups/make-backup';
import { crashPoint } from '../crash-points';
import { lastVerifiedBackup, recentBackupAttempts, recordBackupAttempt } from '../db/repositories/backup-repository';
import { readFund } from '../db/repositories/fund-repository';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

export function backupView(record: BackupRecord): BackupView {
  return {
    fileName: record.fileName,
    kind: record.kind,
    madeAt: record.madeAt,
    bytes: record.bytes,
    sha256: record.sha256,
    schemaVersion: record.schemaVersion,
    figures: record.figures,
    verifiedLevel: record.verified.level,
  };
}

/**
 * A backup of the open fund, as a job (A4): the copy and its check take seconds on a large fund, and the screen
 * stays usable. Writes wait while it runs, so the copy and the live figures it is checked against are one
 * moment. Every attempt is written to the fund's backup log, a failed one with its reason, so the home screen can
 * say how old the last good backup is and raise the alarm after two failures in a row.
 */
export async function backupNow(context: JobUseCaseContext, input: { kind: BackupKind }): Promise<Result<BackupView>> {
  const { connection, job, fundFile } = context;
  const fund = readFund(connection);
  job.progress(0, 1, 'copying');
  const made = await makeBackup(connection, {
    folder: backupFolder(fundFile.home, fund.uuid),
    fundUuid: fund.uuid,
    fundName: fund.name,
    fundStem: basename(fundFile.path).replace(/\.swfund$/i, ''),
    kind: input.kind,
    now: context.call.at,
    appVersion: Number(connection.pragma('user_version', { simple: true })),
    fiscalYearStartMonth: fund.fiscalYearStartMonth,
    progress: (done, total) => job.progress(done, total, 'copying'),
  });
  if (made.ok) crashPoint('backup-step-4');
  job.progress(1, 1, 'recording');
  const logged = context.commit(() => {
    const attempt = made.ok
      ? { outcome: 'verified' as const, fileName: made.value.fileName, sha256: made.value.sha256, bytes: made.value.bytes, problem: null }
      : { outcome: 'failed' as const, fileName: null, sha256: null, bytes: null, problem: made.error.code };
    const id = recordBackupAttempt(connection, { madeAt: context.call.at, kind: input.kind, callId: context.call.id, ...attempt });
    context.audit({ entity: 'backup', entityId: id, after: { kind: input.kind, ...attempt } });
    return success(id);
  });
  if (!logged.ok) return logged;
  return made.ok ? success(backupView(made.value)) : made;
}

/** How many recent attempts the status reads: more failures than this in a row read as "many". */
const attemptsRead = 20;

export function backupStatus(context: UseCaseContext): Result<BackupStatus> {
  const attempts = recentBackupAttempts(context.connection, attemptsRead);
  const since = attempts.findIndex((attempt) => attempt.outcome === 'verified');
  const failures = since === -1 ? attempts : attempts.slice(0, since);
  const last = lastVerifiedBackup(context.connection);
  return success({ lastGood: last ?? null, failuresInARow: failures.length, lastProblem: failures[0]?.problem ?? null });
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
