import type { BackupKind } from '../../../shared/domain/backups/rotation';
import { success, type Result } from '../../../shared/domain/result';
import type { BackupRecord } from '../backups/backup-index';
import { backUpFund } from '../backups/back-up-fund';
import { crashPoint } from '../crash-points';
import { recordBackupAttempt } from '../db/repositories/backup-repository';
import type { JobUseCaseContext, UseCaseContext } from '../use-cases/use-case-context';

/**
 * Writes one backup attempt to the fund's backup log, inside the call's unit of work: a verified one with its file
 * and hash, a failed one with its reason and details (two failures in a row raise the home screen's red banner).
 */
export function logBackupAttempt(context: UseCaseContext, kind: BackupKind, made: Result<BackupRecord>): number {
  const attempt = made.ok
    ? {
        outcome: 'verified' as const,
        fileName: made.value.fileName,
        sha256: made.value.sha256,
        bytes: made.value.bytes,
        problem: null,
        problemParams: null,
      }
    : {
        outcome: 'failed' as const,
        fileName: null,
        sha256: null,
        bytes: null,
        problem: made.error.code,
        problemParams: made.error.params ?? null,
      };
  const id = recordBackupAttempt(context.connection, { madeAt: context.call.at, kind, callId: context.call.id, ...attempt });
  context.audit({ entity: 'backup', entityId: id, after: { kind, ...attempt } });
  return id;
}

/**
 * A backup made inside a job and logged in its own short transaction: what "Back up now", the schedule, and the
 * jobs that back up before they change anything (a copy to a USB drive; later an import or a year-end close) do.
 */
export async function backUpAndLog(context: JobUseCaseContext, kind: BackupKind, stage = 'copying'): Promise<Result<BackupRecord>> {
  const { connection, job } = context;
  job.progress(0, 1, stage);
  const made = await backUpFund(connection, context.fundFile, kind, context.call.at, (done, total) => job.progress(done, total, stage));
  if (made.ok) crashPoint('backup-step-4');
  const logged = context.commit(() => success(logBackupAttempt(context, kind, made)));
  if (!logged.ok) return logged;
  return made;
}
