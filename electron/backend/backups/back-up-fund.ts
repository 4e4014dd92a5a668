import { basename } from 'node:path';
import type { BackupKind } from '../../../shared/domain/backups/rotation';
import { failure, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readFundIdentity } from '../db/repositories/backup-repository';
import { backupFolder, type BackupRecord } from './backup-index';
import { makeBackup } from './make-backup';

/** The open fund's file and SWF_HOME: which file is copied, and where its backups go. */
export type FundLocation = { readonly path: string; readonly home: string };

/** A fund file's name without `.swfund`: its backups are named after it. */
export function fundStemOf(path: string): string {
  return basename(path).replace(/\.swfund$/i, '');
}

/**
 * The one entry point for a backup of an open fund, whatever asks for it (reliability §(b) "When"): "Back up now",
 * the schedule at open and daily, before a migration (at any older schema: it reads the fund with the first
 * schema's columns), and later before a restore, an import or a year-end close. It makes the verified copy and
 * indexes it; the caller records the attempt in the fund's backup log once the fund has one
 * (steps/backup-log.ts), since a file before migration 0012 has no log to write to.
 */
export async function backUpFund(
  connection: Connection,
  fund: FundLocation,
  kind: BackupKind,
  now: string,
  progress?: (done: number, total: number) => void,
): Promise<Result<BackupRecord>> {
  const identity = readFundIdentity(connection);
  if (!identity) return failure('backup-failed', undefined, { problem: 'no-fund-row' });
  return makeBackup(connection, {
    folder: backupFolder(fund.home, identity.uuid),
    fundUuid: identity.uuid,
    fundName: identity.name,
    fundStem: fundStemOf(fund.path),
    kind,
    now,
    appVersion: Number(connection.pragma('user_version', { simple: true })),
    fiscalYearStartMonth: identity.fiscalYearStartMonth,
    ...(progress ? { progress } : {}),
  });
}
