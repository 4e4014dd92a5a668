import { join } from 'node:path';
import type { RestoreGap, RestoreSafety, RestoreSummary } from '../../../shared/api/restore-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readSafetyGap } from '../db/restore-gap-reader';
import { findRestoreRecord, insertRestoreRecord, lastHistoryMark, type RestoreRecord } from '../db/repositories/restore-repository';
import type { UseCaseContext } from './use-case-context';

/** What the restore itself knows when it records itself in the restored file. */
export type RestoreFacts = {
  restoreId: string;
  backupFileName: string;
  backupSha256: string;
  backupMadeAt: string | null;
  safety: RestoreSafety;
  /** Who asked for it: the restore's own actor, even when a crash left it to be finished at the next start. */
  actor: string;
};

/**
 * "Restored from X by Y" (reliability §(b) "Restore", step 5), written into the restored file by the host's unit
 * of work: a row of the fund's restore log, which also marks where the backup's history ends (its last audit row,
 * read before this call writes its own), and the audit row. Finishing a restore twice records it once.
 */
export function recordRestore(context: UseCaseContext, facts: RestoreFacts): Result<RestoreRecord> {
  const earlier = findRestoreRecord(context.connection, facts.restoreId);
  if (earlier) return success(earlier);
  const record: RestoreRecord = {
    uuid: facts.restoreId,
    restoredAt: context.call.at,
    actor: facts.actor,
    backupFileName: facts.backupFileName,
    backupSha256: facts.backupSha256,
    backupMadeAt: facts.backupMadeAt,
    safety: facts.safety,
    mark: lastHistoryMark(context.connection),
  };
  const id = insertRestoreRecord(context.connection, record, context.call.id);
  context.audit({
    entity: 'restore',
    entityId: id,
    after: { restoredFrom: facts.backupFileName, madeAt: facts.backupMadeAt, by: facts.actor, safety: facts.safety },
  });
  return success(record);
}

/**
 * What the file a restore replaced held after the restored backup's last entry (step 6), for re-entry: read from
 * the safety copy each time it is asked, so it can be printed again later. Null when the fund was never restored.
 */
export function restoreGap(context: UseCaseContext, input: { restoreId?: string | undefined }): Result<RestoreGap | null> {
  const record = findRestoreRecord(context.connection, input.restoreId);
  if (!record) return input.restoreId === undefined ? success(null) : failure('restore-not-found', 'restoreId');
  return success(gapOf(record, context.fundFile.home));
}

export function gapOf(record: RestoreRecord, home: string): RestoreGap {
  const restore: RestoreSummary = {
    uuid: record.uuid,
    restoredAt: record.restoredAt,
    actor: record.actor,
    backupFileName: record.backupFileName,
    backupMadeAt: record.backupMadeAt,
    safety: record.safety,
  };
  return { restore, ...readSafetyGap(record.safety, record.mark, join(home, '.transfers')) };
}
